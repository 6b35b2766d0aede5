// A record as read for editing, with the version an update must name (optimistic locking).
export interface Versioned<T> {
  record: T;
  version: number;
}

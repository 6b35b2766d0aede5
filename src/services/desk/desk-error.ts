// What a desk action answers when it cannot be done: a stable kind the route maps to a status,
// and a message for the person, naming the field when one is at fault.

export type DeskErrorKind = 'not_found' | 'forbidden' | 'invalid';

export class DeskError extends Error {
  constructor(
    readonly kind: DeskErrorKind,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DeskError';
  }
}

/** Someone saved the record since it was opened: both versions, so a person can choose. */
export interface Conflict<T> {
  mine: T;
  theirs: T;
  theirsVersion: number;
}

export type SaveResult<T> = { ok: true; version: number } | { ok: false; conflict: Conflict<T> };

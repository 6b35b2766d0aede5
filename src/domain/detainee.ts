// People detained or persecuted, and what has become of them: a status history read from the
// newest entry. A protected person is shown in public by a descriptor ("a worker, 34") only.
import type { Visibility } from './source.js';

export const PERSON_STATUSES = ['detained', 'charged', 'sentenced', 'released', 'missing'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** Statuses under which a person is held. */
const HELD: ReadonlySet<PersonStatus> = new Set(['detained', 'charged', 'sentenced']);

export interface StatusEntry {
  id: string;
  status: PersonStatus;
  /** The day of the change, "2011-12-16". */
  date: string;
  sourceId: string | null;
  note: string;
}

export interface Person {
  id: string;
  incidentId: string;
  /** Null when the desk does not know it. */
  name: string | null;
  protected: boolean;
  /** How the public sees a protected person, and a short line for anyone: "a worker, 34". */
  descriptor: string;
  role: string;
  detainedPlace: string | null;
  detainedAt: string | null;
  lawyer: string | null;
  notes: string;
  visibility: Visibility;
  /** Oldest first. */
  history: StatusEntry[];
}

/** The newest entry: by date, then by the order entries were added. */
export function latestStatus(history: readonly StatusEntry[]): StatusEntry | null {
  let latest: StatusEntry | null = null;
  for (const entry of history) if (!latest || entry.date >= latest.date) latest = entry;
  return latest;
}

export function isHeldNow(person: Pick<Person, 'history'>): boolean {
  const latest = latestStatus(person.history);
  return latest !== null && HELD.has(latest.status);
}

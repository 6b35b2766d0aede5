// Detained people in the store, each with a status history. The public road selects only public
// people; which of their fields may leave the server is the presenter's decision.
import type { Selectable } from 'kysely';
import type { Person, PersonStatus, StatusEntry } from '../domain/detainee.js';
import type { Visibility } from '../domain/source.js';
import type { Db } from './database.js';
import type { PersonStatusHistoryTable, PersonsTable } from './schema.js';
import type { Versioned } from './versioned.js';

function toEntry(row: Selectable<PersonStatusHistoryTable>): StatusEntry {
  return {
    id: row.id,
    status: row.status as PersonStatus,
    date: row.date,
    sourceId: row.source_id,
    note: row.note,
  };
}

function toPerson(row: Selectable<PersonsTable>, history: StatusEntry[]): Person {
  return {
    id: row.id,
    incidentId: row.incident_id,
    name: row.name,
    protected: Number(row.protected) === 1,
    descriptor: row.descriptor,
    role: row.role,
    detainedPlace: row.detained_place,
    detainedAt: row.detained_at,
    lawyer: row.lawyer,
    notes: row.notes,
    visibility: row.visibility as Visibility,
    history,
  };
}

function personRow(person: Person) {
  return {
    name: person.name,
    protected: person.protected ? 1 : 0,
    descriptor: person.descriptor,
    role: person.role,
    detained_place: person.detainedPlace,
    detained_at: person.detainedAt,
    lawyer: person.lawyer,
    notes: person.notes,
    visibility: person.visibility,
  };
}

/** Stores people with their histories; entries keep the order given (oldest first). */
export async function insertPersons(db: Db, persons: readonly Person[], createdAt: string): Promise<void> {
  if (persons.length === 0) return;
  await db
    .insertInto('persons')
    .values(
      persons.map((p, i) => ({
        id: p.id,
        incident_id: p.incidentId,
        ...personRow(p),
        // People recorded together keep the order they were given in.
        created_at: new Date(Date.parse(createdAt) + i).toISOString(),
      })),
    )
    .execute();
  for (const person of persons) await insertStatusEntries(db, person.id, person.history, createdAt);
}

export async function insertStatusEntries(
  db: Db,
  personId: string,
  entries: readonly StatusEntry[],
  createdAt: string,
): Promise<void> {
  if (entries.length === 0) return;
  const base = Date.parse(createdAt);
  await db
    .insertInto('person_status_history')
    .values(
      entries.map((e, i) => ({
        id: e.id,
        person_id: personId,
        status: e.status,
        date: e.date,
        source_id: e.sourceId,
        note: e.note,
        // Entries of one day keep the order they were told in.
        created_at: new Date(base + i).toISOString(),
      })),
    )
    .execute();
}

async function withHistory(db: Db, rows: Selectable<PersonsTable>[]): Promise<Person[]> {
  if (rows.length === 0) return [];
  const entries = await db
    .selectFrom('person_status_history')
    .selectAll()
    .where(
      'person_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('date')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const byPerson = new Map<string, StatusEntry[]>();
  for (const entry of entries) {
    const list = byPerson.get(entry.person_id) ?? [];
    list.push(toEntry(entry));
    byPerson.set(entry.person_id, list);
  }
  return rows.map((row) => toPerson(row, byPerson.get(row.id) ?? []));
}

export async function listPersonsForDesk(db: Db, incidentId: string): Promise<Versioned<Person>[]> {
  const rows = await db
    .selectFrom('persons')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const persons = await withHistory(db, rows);
  return persons.map((record, i) => ({ record, version: Number(rows[i]?.version) }));
}

export async function findPerson(db: Db, id: string): Promise<Versioned<Person> | null> {
  const row = await db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const [record] = await withHistory(db, [row]);
  return record ? { record, version: Number(row.version) } : null;
}

/** Saves a person's own fields (not the history) if still at `version`. */
export async function updatePersonAtVersion(db: Db, person: Person, version: number): Promise<boolean> {
  const result = await db
    .updateTable('persons')
    .set((eb) => ({ ...personRow(person), version: eb('version', '+', 1) }))
    .where('id', '=', person.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Public people, in the order they were recorded. */
export async function listPublicPersons(db: Db, incidentId: string): Promise<Person[]> {
  const rows = await db
    .selectFrom('persons')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('visibility', '=', 'public')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return withHistory(db, rows);
}

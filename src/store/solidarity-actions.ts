// Solidarity actions in the store: pending ones from readers, approved ones for the public.
import type { Selectable } from 'kysely';
import type { ModerationStatus, SolidarityAction } from '../domain/solidarity.js';
import type { Db } from './database.js';
import type { SolidarityActionsTable } from './schema.js';
import type { Versioned } from './versioned.js';

function toAction(row: Selectable<SolidarityActionsTable>): SolidarityAction {
  return {
    id: row.id,
    incidentId: row.incident_id,
    date: row.date,
    country: row.country,
    city: row.city,
    organisation: row.organisation,
    what: row.what,
    link: row.link,
    lat: row.lat === null ? null : Number(row.lat),
    lon: row.lon === null ? null : Number(row.lon),
    status: row.status as ModerationStatus,
  };
}

export interface StoredOrigin {
  /** Keyed hash of the sender's address; null for records made on the desk or imported. */
  submitterHash: string | null;
  contentHash: string;
  createdAt: string;
}

/** Stores an action unless one with the same content hash exists for the incident; says which. */
export async function insertActionOnce(
  db: Db,
  action: SolidarityAction,
  origin: StoredOrigin,
): Promise<{ inserted: boolean; id: string }> {
  const existing = await db
    .selectFrom('solidarity_actions')
    .select('id')
    .where('incident_id', '=', action.incidentId)
    .where('content_hash', '=', origin.contentHash)
    .executeTakeFirst();
  if (existing) return { inserted: false, id: existing.id };
  const result = await db
    .insertInto('solidarity_actions')
    .values({
      id: action.id,
      incident_id: action.incidentId,
      date: action.date,
      country: action.country,
      city: action.city,
      organisation: action.organisation,
      what: action.what,
      link: action.link,
      lat: action.lat,
      lon: action.lon,
      status: action.status,
      submitter_hash: origin.submitterHash,
      content_hash: origin.contentHash,
      created_at: origin.createdAt,
    })
    // A twin sent at the same moment through another server loses quietly to the unique index.
    .onConflict((oc) => oc.columns(['incident_id', 'content_hash']).doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0n) === 1) return { inserted: true, id: action.id };
  const twin = await db
    .selectFrom('solidarity_actions')
    .select('id')
    .where('incident_id', '=', action.incidentId)
    .where('content_hash', '=', origin.contentHash)
    .executeTakeFirstOrThrow();
  return { inserted: false, id: twin.id };
}

export async function listActionsForDesk(db: Db, incidentId: string): Promise<Versioned<SolidarityAction>[]> {
  const rows = await db
    .selectFrom('solidarity_actions')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ record: toAction(row), version: Number(row.version) }));
}

export async function findAction(db: Db, id: string): Promise<Versioned<SolidarityAction> | null> {
  const row = await db.selectFrom('solidarity_actions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { record: toAction(row), version: Number(row.version) } : null;
}

export async function updateActionAtVersion(db: Db, action: SolidarityAction, version: number): Promise<boolean> {
  const result = await db
    .updateTable('solidarity_actions')
    .set((eb) => ({
      date: action.date,
      country: action.country,
      city: action.city,
      organisation: action.organisation,
      what: action.what,
      link: action.link,
      lat: action.lat,
      lon: action.lon,
      status: action.status,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', action.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Approved actions, oldest first: the order they happened in. */
export async function listApprovedActions(db: Db, incidentId: string): Promise<SolidarityAction[]> {
  const rows = await db
    .selectFrom('solidarity_actions')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('status', '=', 'approved')
    .orderBy('date')
    .orderBy('country')
    .orderBy('city')
    .orderBy('id')
    .execute();
  return rows.map(toAction);
}

/** How many submissions (actions and messages) came from one address since `since`. */
export async function countRecentSubmissions(db: Db, submitterHash: string, since: string): Promise<number> {
  const [actions, messages] = await Promise.all([
    db
      .selectFrom('solidarity_actions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('submitter_hash', '=', submitterHash)
      .where('created_at', '>=', since)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('submitter_hash', '=', submitterHash)
      .where('created_at', '>=', since)
      .executeTakeFirstOrThrow(),
  ]);
  return Number(actions.n) + Number(messages.n);
}

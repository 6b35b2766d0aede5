// Timeline events in the store, with the sources that report each.
import type { Selectable } from 'kysely';
import type { TimePrecision } from '../domain/claim.js';
import type { TimelineEvent } from '../domain/incident.js';
import type { Visibility } from '../domain/source.js';
import type { Db } from './database.js';
import type { EventsTable } from './schema.js';
import type { Versioned } from './versioned.js';

function toEvent(row: Selectable<EventsTable>, sourceIds: string[]): TimelineEvent {
  return {
    id: row.id,
    incidentId: row.incident_id,
    at: {
      instant: row.at,
      precision: row.at_precision as TimePrecision,
      approx: Number(row.at_approx) === 1,
      by: Number(row.at_by) === 1,
    },
    placeId: row.place_id,
    title: row.title,
    description: row.description,
    sourceIds,
    visibility: row.visibility as Visibility,
  };
}

export async function insertEvents(db: Db, events: readonly TimelineEvent[], createdAt: string): Promise<void> {
  if (events.length === 0) return;
  await db
    .insertInto('events')
    .values(
      events.map((e) => ({
        id: e.id,
        incident_id: e.incidentId,
        at: e.at.instant,
        at_precision: e.at.precision,
        at_approx: e.at.approx ? 1 : 0,
        at_by: e.at.by ? 1 : 0,
        place_id: e.placeId,
        title: e.title,
        description: e.description,
        visibility: e.visibility,
        created_at: createdAt,
      })),
    )
    .execute();
  const links = events.flatMap((e) =>
    e.sourceIds.map((sourceId, position) => ({ event_id: e.id, source_id: sourceId, position })),
  );
  if (links.length > 0) await db.insertInto('event_sources').values(links).execute();
}

async function withSources(db: Db, rows: Selectable<EventsTable>[], publicOnly: boolean): Promise<TimelineEvent[]> {
  if (rows.length === 0) return [];
  let query = db
    .selectFrom('event_sources')
    .innerJoin('sources', 'sources.id', 'event_sources.source_id')
    .select(['event_sources.event_id', 'event_sources.source_id'])
    .where(
      'event_sources.event_id',
      'in',
      rows.map((r) => r.id),
    );
  if (publicOnly) query = query.where('sources.visibility', '=', 'public');
  const links = await query.orderBy('event_sources.position').execute();
  const sourcesByEvent = new Map<string, string[]>();
  for (const link of links) {
    const list = sourcesByEvent.get(link.event_id) ?? [];
    list.push(link.source_id);
    sourcesByEvent.set(link.event_id, list);
  }
  return rows.map((row) => toEvent(row, sourcesByEvent.get(row.id) ?? []));
}

/** Every event of an incident, internal ones included: for the desk. */
export async function listEventsForDesk(db: Db, incidentId: string): Promise<Versioned<TimelineEvent>[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  const events = await withSources(db, rows, false);
  return events.map((record, i) => ({ record, version: Number(rows[i]?.version) }));
}

export async function findEvent(db: Db, id: string): Promise<Versioned<TimelineEvent> | null> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const [record] = await withSources(db, [row], false);
  return record ? { record, version: Number(row.version) } : null;
}

export async function updateEventAtVersion(db: Db, event: TimelineEvent, version: number): Promise<boolean> {
  const result = await db
    .updateTable('events')
    .set((eb) => ({
      at: event.at.instant,
      at_precision: event.at.precision,
      at_approx: event.at.approx ? 1 : 0,
      at_by: event.at.by ? 1 : 0,
      place_id: event.placeId,
      title: event.title,
      description: event.description,
      visibility: event.visibility,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', event.id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await db.deleteFrom('event_sources').where('event_id', '=', event.id).execute();
  const links = event.sourceIds.map((sourceId, position) => ({ event_id: event.id, source_id: sourceId, position }));
  if (links.length > 0) await db.insertInto('event_sources').values(links).execute();
  return true;
}

/** Public events in time order; each lists only its public sources. */
export async function listPublicEvents(db: Db, incidentId: string): Promise<TimelineEvent[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('visibility', '=', 'public')
    .orderBy('at')
    .orderBy('id')
    .execute();
  return withSources(db, rows, true);
}

// Timeline events in the store, with the sources that report each.
import type { Selectable } from 'kysely';
import type { TimePrecision } from '../domain/claim.js';
import type { TimelineEvent } from '../domain/incident.js';
import type { Visibility } from '../domain/source.js';
import type { Db } from './database.js';
import type { EventsTable } from './schema.js';

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
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom('event_sources')
    .innerJoin('sources', 'sources.id', 'event_sources.source_id')
    .select(['event_sources.event_id', 'event_sources.source_id'])
    .where(
      'event_sources.event_id',
      'in',
      rows.map((r) => r.id),
    )
    .where('sources.visibility', '=', 'public')
    .orderBy('event_sources.position')
    .execute();
  const sourcesByEvent = new Map<string, string[]>();
  for (const link of links) {
    const list = sourcesByEvent.get(link.event_id) ?? [];
    list.push(link.source_id);
    sourcesByEvent.set(link.event_id, list);
  }
  return rows.map((row) => toEvent(row, sourcesByEvent.get(row.id) ?? []));
}

// Incidents in the store: rows in, domain records out.
import type { Selectable } from 'kysely';
import type { Incident } from '../domain/incident.js';
import type { Visibility } from '../domain/source.js';
import type { Db } from './database.js';
import type { IncidentsTable } from './schema.js';
import type { Versioned } from './versioned.js';

function toIncident(row: Selectable<IncidentsTable>): Incident {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    language: row.language,
    timezone: row.timezone,
    startedAt: row.started_at,
    placeId: row.place_id,
    visibility: row.visibility as Visibility,
  };
}

export async function insertIncident(db: Db, incident: Incident, createdAt: string): Promise<void> {
  await db
    .insertInto('incidents')
    .values({
      id: incident.id,
      slug: incident.slug,
      title: incident.title,
      summary: incident.summary,
      language: incident.language,
      timezone: incident.timezone,
      started_at: incident.startedAt,
      place_id: incident.placeId,
      visibility: incident.visibility,
      created_at: createdAt,
    })
    .execute();
}

export async function setIncidentPlace(db: Db, incidentId: string, placeId: string | null): Promise<void> {
  await db.updateTable('incidents').set({ place_id: placeId }).where('id', '=', incidentId).execute();
}

export async function findIncidentBySlug(db: Db, slug: string): Promise<Incident | null> {
  const row = await db.selectFrom('incidents').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? toIncident(row) : null;
}

export async function listIncidents(db: Db, options: { publicOnly: boolean }): Promise<Incident[]> {
  let query = db.selectFrom('incidents').selectAll();
  if (options.publicOnly) query = query.where('visibility', '=', 'public');
  const rows = await query.orderBy('started_at', 'desc').orderBy('slug').execute();
  return rows.map(toIncident);
}

export async function findIncidentById(db: Db, id: string): Promise<Incident | null> {
  const row = await db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toIncident(row) : null;
}

export async function findIncidentForDesk(db: Db, slug: string): Promise<Versioned<Incident> | null> {
  const row = await db.selectFrom('incidents').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? { record: toIncident(row), version: Number(row.version) } : null;
}

export async function updateIncidentAtVersion(db: Db, incident: Incident, version: number): Promise<boolean> {
  const result = await db
    .updateTable('incidents')
    .set((eb) => ({
      title: incident.title,
      summary: incident.summary,
      language: incident.language,
      timezone: incident.timezone,
      started_at: incident.startedAt,
      place_id: incident.placeId,
      visibility: incident.visibility,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', incident.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

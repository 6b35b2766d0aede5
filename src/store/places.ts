// Places in the store. Names in several languages are kept as one JSON object.
import type { Selectable } from 'kysely';
import type { Place } from '../domain/incident.js';
import type { Db } from './database.js';
import type { PlacesTable } from './schema.js';
import type { Versioned } from './versioned.js';

function toPlace(row: Selectable<PlacesTable>): Place {
  return {
    id: row.id,
    incidentId: row.incident_id,
    key: row.key,
    names: JSON.parse(row.names_json) as Record<string, string>,
    kind: row.kind,
    lat: Number(row.lat),
    lon: Number(row.lon),
  };
}

export async function insertPlaces(db: Db, places: readonly Place[]): Promise<void> {
  if (places.length === 0) return;
  await db
    .insertInto('places')
    .values(
      places.map((p) => ({
        id: p.id,
        incident_id: p.incidentId,
        key: p.key,
        names_json: JSON.stringify(p.names),
        kind: p.kind,
        lat: p.lat,
        lon: p.lon,
      })),
    )
    .execute();
}

export async function listPlaces(db: Db, incidentId: string): Promise<Place[]> {
  const rows = await db.selectFrom('places').selectAll().where('incident_id', '=', incidentId).orderBy('key').execute();
  return rows.map(toPlace);
}

export async function listPlacesForDesk(db: Db, incidentId: string): Promise<Versioned<Place>[]> {
  const rows = await db.selectFrom('places').selectAll().where('incident_id', '=', incidentId).orderBy('key').execute();
  return rows.map((row) => ({ record: toPlace(row), version: Number(row.version) }));
}

export async function findPlace(db: Db, id: string): Promise<Versioned<Place> | null> {
  const row = await db.selectFrom('places').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { record: toPlace(row), version: Number(row.version) } : null;
}

export async function updatePlaceAtVersion(db: Db, place: Place, version: number): Promise<boolean> {
  const result = await db
    .updateTable('places')
    .set((eb) => ({
      names_json: JSON.stringify(place.names),
      kind: place.kind,
      lat: place.lat,
      lon: place.lon,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', place.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

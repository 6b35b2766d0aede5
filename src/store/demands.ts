// A campaign's numbered demands in the store.
import type { Selectable } from 'kysely';
import type { Demand, DemandStatus } from '../domain/demand.js';
import type { Db } from './database.js';
import type { DemandsTable } from './schema.js';
import type { Versioned } from './versioned.js';

function toDemand(row: Selectable<DemandsTable>): Demand {
  return {
    id: row.id,
    incidentId: row.incident_id,
    number: Number(row.number),
    text: row.text,
    language: row.language,
    status: row.status as DemandStatus,
    statusDate: row.status_date,
  };
}

export async function insertDemands(db: Db, demands: readonly Demand[], createdAt: string): Promise<void> {
  if (demands.length === 0) return;
  await db
    .insertInto('demands')
    .values(
      demands.map((d) => ({
        id: d.id,
        incident_id: d.incidentId,
        number: d.number,
        text: d.text,
        language: d.language,
        status: d.status,
        status_date: d.statusDate,
        created_at: createdAt,
      })),
    )
    .execute();
}

/** Demands in their numbered order; every demand of a public incident is public. */
export async function listDemands(db: Db, incidentId: string): Promise<Versioned<Demand>[]> {
  const rows = await db
    .selectFrom('demands')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('number')
    .execute();
  return rows.map((row) => ({ record: toDemand(row), version: Number(row.version) }));
}

export async function findDemand(db: Db, id: string): Promise<Versioned<Demand> | null> {
  const row = await db.selectFrom('demands').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { record: toDemand(row), version: Number(row.version) } : null;
}

export async function findDemandByNumber(db: Db, incidentId: string, number: number): Promise<Demand | null> {
  const row = await db
    .selectFrom('demands')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('number', '=', number)
    .executeTakeFirst();
  return row ? toDemand(row) : null;
}

export async function updateDemandAtVersion(db: Db, demand: Demand, version: number): Promise<boolean> {
  const result = await db
    .updateTable('demands')
    .set((eb) => ({
      number: demand.number,
      text: demand.text,
      language: demand.language,
      status: demand.status,
      status_date: demand.statusDate,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', demand.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

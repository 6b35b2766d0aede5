// Claims in the store. A public read keeps only accepted claims whose source is itself public.
import type { Selectable } from 'kysely';
import type { Claim, ClaimStatus, Metric, TimePrecision } from '../domain/claim.js';
import type { Db } from './database.js';
import type { ClaimsTable } from './schema.js';
import type { Versioned } from './versioned.js';

export interface ClaimWithSource {
  claim: Claim;
  sourceLabel: string;
  sourceReceivedAt: string;
}

function toClaim(row: Selectable<ClaimsTable>): Claim {
  return {
    id: row.id,
    incidentId: row.incident_id,
    sourceId: row.source_id,
    metric: row.metric as Metric,
    min: Number(row.min),
    max: row.max === null ? null : Number(row.max),
    approx: Number(row.approx) === 1,
    hedged: Number(row.hedged) === 1,
    attribution: row.attribution,
    subject: row.subject,
    asOf:
      row.as_of === null
        ? null
        : {
            instant: row.as_of,
            precision: (row.as_of_precision ?? 'day') as TimePrecision,
            approx: Number(row.as_of_approx) === 1,
            by: Number(row.as_of_by) === 1,
          },
    placeId: row.place_id,
    quote: row.quote,
    quoteStart: Number(row.quote_start),
    quoteEnd: Number(row.quote_end),
    status: row.status as ClaimStatus,
  };
}

const flag = (value: boolean) => (value ? 1 : 0);

export async function insertClaims(db: Db, claims: readonly Claim[], createdAt: string): Promise<void> {
  if (claims.length === 0) return;
  await db
    .insertInto('claims')
    .values(
      claims.map((c) => ({
        id: c.id,
        incident_id: c.incidentId,
        source_id: c.sourceId,
        metric: c.metric,
        min: c.min,
        max: c.max,
        approx: flag(c.approx),
        hedged: flag(c.hedged),
        attribution: c.attribution,
        subject: c.subject,
        as_of: c.asOf?.instant ?? null,
        as_of_precision: c.asOf?.precision ?? null,
        as_of_approx: flag(c.asOf?.approx ?? false),
        as_of_by: flag(c.asOf?.by ?? false),
        place_id: c.placeId,
        quote: c.quote,
        quote_start: c.quoteStart,
        quote_end: c.quoteEnd,
        status: c.status,
        created_at: createdAt,
      })),
    )
    .execute();
}

/** Accepted claims from public sources, with what a tally needs of their source. */
export async function listPublicClaims(db: Db, incidentId: string): Promise<ClaimWithSource[]> {
  const rows = await db
    .selectFrom('claims')
    .innerJoin('sources', 'sources.id', 'claims.source_id')
    .selectAll('claims')
    .select(['sources.label as source_label', 'sources.received_at as source_received_at'])
    .where('claims.incident_id', '=', incidentId)
    .where('claims.status', '=', 'accepted')
    .where('sources.visibility', '=', 'public')
    .orderBy('claims.as_of')
    .orderBy('claims.id')
    .execute();
  return rows.map((row) => ({
    claim: toClaim(row),
    sourceLabel: row.source_label,
    sourceReceivedAt: row.source_received_at,
  }));
}

/** Every claim of an incident, whatever its status or source: for the desk. */
export async function listClaimsForDesk(db: Db, incidentId: string): Promise<Versioned<Claim>[]> {
  const rows = await db
    .selectFrom('claims')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('source_id')
    .orderBy('quote_start')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ record: toClaim(row), version: Number(row.version) }));
}

export async function findClaim(db: Db, id: string): Promise<Versioned<Claim> | null> {
  const row = await db.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { record: toClaim(row), version: Number(row.version) } : null;
}

/**
 * Writes a claim's changeable fields if it is still at `version`; returns false when someone
 * saved it in between (the caller shows both versions, nothing is overwritten).
 */
export async function updateClaimAtVersion(db: Db, claim: Claim, version: number): Promise<boolean> {
  const result = await db
    .updateTable('claims')
    .set((eb) => ({
      metric: claim.metric,
      min: claim.min,
      max: claim.max,
      approx: flag(claim.approx),
      hedged: flag(claim.hedged),
      attribution: claim.attribution,
      subject: claim.subject,
      as_of: claim.asOf?.instant ?? null,
      as_of_precision: claim.asOf?.precision ?? null,
      as_of_approx: flag(claim.asOf?.approx ?? false),
      as_of_by: flag(claim.asOf?.by ?? false),
      place_id: claim.placeId,
      status: claim.status,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', claim.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listClaimsOfSource(db: Db, sourceId: string): Promise<Claim[]> {
  const rows = await db
    .selectFrom('claims')
    .selectAll()
    .where('source_id', '=', sourceId)
    .orderBy('quote_start')
    .orderBy('id')
    .execute();
  return rows.map(toClaim);
}

// Deciding on claims: accept, reject or correct a proposed figure, or add one by hand from the
// words of a source. Accepting publishes at once; every decision is audited and versioned.
import { randomUUID } from 'node:crypto';
import { type Claim, type ClaimStatus, figureProblem, type Metric, type ReportedTime } from '../../domain/claim.js';
import { localToInstant } from '../../domain/zoned-time.js';
import { can } from '../../policy/permissions.js';
import { findClaim, insertClaims, updateClaimAtVersion } from '../../store/claims.js';
import type { Db } from '../../store/database.js';
import { findIncidentById } from '../../store/incidents.js';
import { findSourceForDesk } from '../../store/sources.js';
import { type Actor, requirePermission } from './actor.js';
import { recordChange } from './audit-trail.js';
import { DeskError, type SaveResult } from './desk-error.js';

/** A claim's fields as a person sets them; times are local to the incident. */
export interface ClaimFields {
  metric: Metric;
  min: number;
  max: number | null;
  approx: boolean;
  hedged: boolean;
  attribution: string | null;
  subject: string | null;
  asOf: { local: string; precision: ReportedTime['precision']; approx: boolean; by: boolean } | null;
  status: ClaimStatus;
}

async function incidentZone(db: Db, incidentId: string): Promise<string> {
  return (await findIncidentById(db, incidentId))?.timezone ?? 'UTC';
}

function applyFields(claim: Claim, fields: ClaimFields, timezone: string): Claim {
  const problem = figureProblem(fields);
  if (problem) throw new DeskError('invalid', problem, problem.startsWith('min') ? 'min' : 'max');
  let asOf: ReportedTime | null = null;
  if (fields.asOf) {
    try {
      asOf = {
        instant: localToInstant(fields.asOf.local, timezone),
        precision: fields.asOf.precision,
        approx: fields.asOf.approx,
        by: fields.asOf.by,
      };
    } catch (error) {
      throw new DeskError('invalid', (error as Error).message, 'asOf');
    }
  }
  return { ...claim, ...fields, asOf };
}

async function saveClaim(
  db: Db,
  actor: Actor,
  before: Claim,
  after: Claim,
  version: number,
): Promise<SaveResult<Claim>> {
  return db.transaction().execute(async (trx) => {
    if (!(await updateClaimAtVersion(trx, after, version))) {
      const current = await findClaim(trx, before.id);
      if (!current) throw new DeskError('not_found', 'This claim no longer exists.');
      return { ok: false, conflict: { mine: after, theirs: current.record, theirsVersion: current.version } } as const;
    }
    await recordChange(trx, actor, {
      action: 'update',
      entity: 'claim',
      entityId: after.id,
      incidentId: after.incidentId,
      before,
      after,
    });
    return { ok: true, version: version + 1 } as const;
  });
}

async function loadClaim(db: Db, id: string) {
  const found = await findClaim(db, id);
  if (!found) throw new DeskError('not_found', 'No such claim.');
  return found;
}

/** Accepts or rejects a claim as it stands (or sends it back to proposed). */
export async function decideClaim(
  db: Db,
  actor: Actor,
  claimId: string,
  status: ClaimStatus,
  version: number,
): Promise<SaveResult<Claim>> {
  requirePermission(actor, 'claim.review');
  const { record } = await loadClaim(db, claimId);
  return saveClaim(db, actor, record, { ...record, status }, version);
}

/** Corrects a claim's figure, attribution or time; the quote and its offsets stay as found. */
export async function correctClaim(
  db: Db,
  actor: Actor,
  claimId: string,
  fields: ClaimFields,
  version: number,
): Promise<SaveResult<Claim>> {
  requirePermission(actor, 'claim.review');
  const { record } = await loadClaim(db, claimId);
  const after = applyFields(record, fields, await incidentZone(db, record.incidentId));
  return saveClaim(db, actor, record, after, version);
}

/**
 * Adds a claim from words a person selected in a source. The quote must stand in the text at
 * the given offsets, or, without offsets, somewhere in it (the first place is taken).
 */
export async function addClaimByHand(
  db: Db,
  actor: Actor,
  sourceId: string,
  input: { quote: string; start: number | null } & ClaimFields,
): Promise<string> {
  requirePermission(actor, 'claim.propose');
  const source = await findSourceForDesk(db, sourceId);
  if (!source) throw new DeskError('not_found', 'No such source.');
  const text = source.record.text;
  const start = input.start ?? text.indexOf(input.quote);
  if (input.quote === '' || start < 0 || text.slice(start, start + input.quote.length) !== input.quote) {
    throw new DeskError('invalid', 'These words are not in the text of the source; select them in the text.', 'quote');
  }
  const blank: Claim = {
    id: randomUUID(),
    incidentId: source.record.incidentId,
    sourceId,
    metric: input.metric,
    min: 0,
    max: 0,
    approx: false,
    hedged: false,
    attribution: null,
    subject: null,
    asOf: null,
    placeId: null,
    quote: input.quote,
    quoteStart: start,
    quoteEnd: start + input.quote.length,
    status: 'proposed',
  };
  // Only those who may publish can add a claim straight as accepted.
  const status = can(actor.role, 'claim.review') ? input.status : 'proposed';
  const claim = applyFields(blank, { ...input, status }, await incidentZone(db, source.record.incidentId));
  await db.transaction().execute(async (trx) => {
    await insertClaims(trx, [claim], new Date().toISOString());
    await recordChange(trx, actor, {
      action: 'create',
      entity: 'claim',
      entityId: claim.id,
      incidentId: claim.incidentId,
      before: null,
      after: claim,
    });
  });
  return claim.id;
}

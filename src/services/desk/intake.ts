// Adding a report to the record: the text is kept verbatim with its SHA-256, extraction runs at
// once, and every figure it finds is stored as a proposed claim for a person to decide on.
import { randomUUID } from 'node:crypto';
import type { Claim } from '../../domain/claim.js';
import { sha256Hex } from '../../domain/hash.js';
import type { Source, SourceKind, Visibility } from '../../domain/source.js';
import { instantToLocal, localToInstant } from '../../domain/zoned-time.js';
import type { ExtractOptions, ExtractResult, Lang } from '../../extract/types.js';
import { can } from '../../policy/permissions.js';
import { insertClaims } from '../../store/claims.js';
import type { Db } from '../../store/database.js';
import { findIncidentById, findIncidentForDesk } from '../../store/incidents.js';
import { listPlaces } from '../../store/places.js';
import { findSourceForDesk, insertSources } from '../../store/sources.js';
import { type Actor, requirePermission } from './actor.js';
import { recordChange } from './audit-trail.js';
import { DeskError } from './desk-error.js';

export type Extractor = (text: string, options: ExtractOptions) => ExtractResult;

export interface ReportInput {
  kind: SourceKind;
  label: string;
  /** A language code, or null to take the one extraction detects. */
  language: string | null;
  /** Wall-clock time in the incident's zone: "2011-12-16T14:10". */
  receivedAtLocal: string;
  url: string | null;
  text: string;
  witness: { name: string; contact: string } | null;
  visibility: Visibility;
  intake: 'paste' | 'upload' | 'call-note';
}

const EXTRACTION_LANGS: readonly string[] = ['fr', 'en', 'ru'];

export async function addReport(
  db: Db,
  actor: Actor,
  incidentSlug: string,
  input: ReportInput,
  extract: Extractor,
  now = new Date(),
  supersedesId: string | null = null,
): Promise<{ sourceId: string; proposed: number; language: string }> {
  requirePermission(actor, 'source.create');
  const found = await findIncidentForDesk(db, incidentSlug);
  if (!found) throw new DeskError('not_found', `No incident "${incidentSlug}".`);
  const incident = found.record;
  if (input.text.trim() === '') throw new DeskError('invalid', 'The report is empty.', 'text');

  let receivedAt: string;
  try {
    receivedAt = localToInstant(input.receivedAtLocal, incident.timezone);
  } catch (error) {
    throw new DeskError('invalid', (error as Error).message, 'receivedAt');
  }

  const lang = input.language && EXTRACTION_LANGS.includes(input.language) ? (input.language as Lang) : undefined;
  const extracted = extract(input.text, {
    ...(lang ? { lang } : {}),
    reference: { date: instantToLocal(receivedAt, incident.timezone).slice(0, 10), timezone: incident.timezone },
  });

  const source: Source = {
    id: randomUUID(),
    incidentId: incident.id,
    kind: input.kind,
    label: input.label,
    language: input.language ?? extracted.lang,
    receivedAt,
    url: input.url,
    text: input.text,
    sha256: sha256Hex(input.text),
    // A contributor cannot publish: what they add stays internal until an editor opens it.
    visibility: can(actor.role, 'record.edit') ? input.visibility : 'internal',
    witness: input.witness,
  };

  const places = await listPlaces(db, incident.id);
  const placeIdByName = new Map<string, string>();
  for (const place of places) {
    for (const name of Object.values(place.names)) placeIdByName.set(name.toLocaleLowerCase(), place.id);
  }
  const claims: Claim[] = extracted.claims.map((proposed) => ({
    id: randomUUID(),
    incidentId: incident.id,
    sourceId: source.id,
    metric: proposed.metric,
    min: proposed.min,
    max: proposed.max,
    approx: proposed.approx,
    hedged: proposed.hedged,
    attribution: proposed.attribution,
    subject: null,
    asOf: proposed.asOf,
    placeId: proposed.place ? (placeIdByName.get(proposed.place.toLocaleLowerCase()) ?? null) : null,
    quote: proposed.quote,
    quoteStart: proposed.start,
    quoteEnd: proposed.end,
    status: 'proposed',
  }));

  await db.transaction().execute(async (trx) => {
    await insertSources(trx, [source], now.toISOString(), supersedesId ? 'correction' : input.intake, supersedesId);
    await insertClaims(trx, claims, now.toISOString());
    await recordChange(
      trx,
      actor,
      { action: 'create', entity: 'source', entityId: source.id, incidentId: incident.id, before: null, after: source },
      now,
    );
    for (const claim of claims) {
      await recordChange(
        trx,
        actor,
        { action: 'create', entity: 'claim', entityId: claim.id, incidentId: incident.id, before: null, after: claim },
        now,
      );
    }
  });
  return { sourceId: source.id, proposed: claims.length, language: source.language };
}

/**
 * Corrects a report's text without touching it: the corrected text becomes a new source that
 * points at the old one, extraction runs on it, and the old text and its claims stay as they were.
 */
export async function correctReport(
  db: Db,
  actor: Actor,
  sourceId: string,
  text: string,
  extract: Extractor,
  now = new Date(),
): Promise<{ sourceId: string; proposed: number; language: string }> {
  requirePermission(actor, 'source.create');
  const found = await findSourceForDesk(db, sourceId);
  const incident = found ? await findIncidentById(db, found.record.incidentId) : null;
  if (!found || !incident) throw new DeskError('not_found', 'No such report.');
  const old = found.record;
  if (text === old.text) throw new DeskError('invalid', 'The corrected text is the same as the current one.', 'text');
  return addReport(
    db,
    actor,
    incident.slug,
    {
      kind: old.kind,
      label: old.label,
      language: old.language,
      receivedAtLocal: instantToLocal(old.receivedAt, incident.timezone),
      url: old.url,
      text,
      // A contributor correcting a report must not copy an identity they may not see.
      witness: can(actor.role, 'witness.read') ? old.witness : null,
      visibility: old.visibility,
      intake: 'paste',
    },
    extract,
    now,
    old.id,
  );
}

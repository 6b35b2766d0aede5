// What the desk reads: every record of an incident, internal ones included, with the version
// each edit must name. A witness's identity is left out for roles that may not see it.
import type { Claim } from '../../domain/claim.js';
import type { Incident, Place, TimelineEvent } from '../../domain/incident.js';
import type { Source } from '../../domain/source.js';
import { can } from '../../policy/permissions.js';
import { type AuditEntry, type AuditedEntity, listAudit } from '../../store/audit.js';
import { findClaim, listClaimsForDesk } from '../../store/claims.js';
import type { Db } from '../../store/database.js';
import { findEvent, listEventsForDesk } from '../../store/events.js';
import { findIncidentById, findIncidentForDesk, listIncidents } from '../../store/incidents.js';
import { findPlace, listPlacesForDesk } from '../../store/places.js';
import { findSourceForDesk, findSourceVersions, listSourcesForDesk } from '../../store/sources.js';
import type { Versioned } from '../../store/versioned.js';
import { type Actor, requirePermission } from './actor.js';
import { DeskError } from './desk-error.js';

export interface DeskIncident {
  incident: Versioned<Incident>;
  sources: Versioned<Source>[];
  claims: Versioned<Claim>[];
  events: Versioned<TimelineEvent>[];
  places: Versioned<Place>[];
}

function protect(actor: Actor, source: Versioned<Source>): Versioned<Source> {
  return can(actor.role, 'witness.read') ? source : { ...source, record: { ...source.record, witness: null } };
}

export async function listDeskIncidents(db: Db, actor: Actor): Promise<Incident[]> {
  requirePermission(actor, 'desk.read');
  return listIncidents(db, { publicOnly: false });
}

export async function getDeskIncident(db: Db, actor: Actor, slug: string): Promise<DeskIncident> {
  requirePermission(actor, 'desk.read');
  const incident = await findIncidentForDesk(db, slug);
  if (!incident) throw new DeskError('not_found', `No incident "${slug}".`);
  const id = incident.record.id;
  const [sources, claims, events, places] = await Promise.all([
    listSourcesForDesk(db, id),
    listClaimsForDesk(db, id),
    listEventsForDesk(db, id),
    listPlacesForDesk(db, id),
  ]);
  return { incident, sources: sources.map((s) => protect(actor, s)), claims, events, places };
}

export interface DeskSource {
  incident: Incident;
  source: Versioned<Source>;
  claims: Versioned<Claim>[];
  /** Every attribution used in the incident, so that one side keeps one name. */
  parties: string[];
  /** The text this one corrects, and the texts that correct it. */
  versions: { supersedes: string | null; supersededBy: string[] };
}

export async function getDeskSource(db: Db, actor: Actor, sourceId: string): Promise<DeskSource> {
  requirePermission(actor, 'desk.read');
  const source = await findSourceForDesk(db, sourceId);
  const incident = source ? await findIncidentById(db, source.record.incidentId) : null;
  if (!source || !incident) throw new DeskError('not_found', 'No such source.');
  const all = await listClaimsForDesk(db, incident.id);
  const claims = all.filter((c) => c.record.sourceId === sourceId);
  const parties = [...new Set(all.flatMap((c) => (c.record.attribution ? [c.record.attribution] : [])))].sort();
  const versions = await findSourceVersions(db, sourceId);
  return { incident, source: protect(actor, source), claims, parties, versions };
}

export async function getDeskClaim(db: Db, actor: Actor, claimId: string): Promise<Versioned<Claim>> {
  requirePermission(actor, 'desk.read');
  const claim = await findClaim(db, claimId);
  if (!claim) throw new DeskError('not_found', 'No such claim.');
  return claim;
}

/** The history of one record, newest first. Witness identities are blanked for those who may not see them. */
export async function getHistory(db: Db, actor: Actor, entity: AuditedEntity, entityId: string): Promise<AuditEntry[]> {
  requirePermission(actor, 'desk.read');
  if (entity === 'user') requirePermission(actor, 'users.manage');
  // A person's history holds a protected name; a message's, a reader's words before moderation.
  if (entity === 'person') requirePermission(actor, 'detainees.edit');
  if (entity === 'solidarity_action' || entity === 'message') requirePermission(actor, 'solidarity.moderate');
  const entries = await listAudit(db, { entity, entityId });
  if (can(actor.role, 'witness.read')) return entries;
  const blank = (value: unknown) =>
    value && typeof value === 'object' && 'witness' in value && (value as { witness: unknown }).witness
      ? { ...value, witness: '(protected)' }
      : value;
  return entries.map((e) => ({ ...e, before: blank(e.before), after: blank(e.after) }));
}

async function deskIncidentById(db: Db, actor: Actor, incidentId: string): Promise<DeskIncident> {
  const incident = await findIncidentById(db, incidentId);
  if (!incident) throw new DeskError('not_found', 'No such incident.');
  return getDeskIncident(db, actor, incident.slug);
}

export async function getDeskEvent(
  db: Db,
  actor: Actor,
  eventId: string,
): Promise<{ event: Versioned<TimelineEvent>; context: DeskIncident }> {
  requirePermission(actor, 'desk.read');
  const event = await findEvent(db, eventId);
  if (!event) throw new DeskError('not_found', 'No such event.');
  return { event, context: await deskIncidentById(db, actor, event.record.incidentId) };
}

export async function getDeskPlace(
  db: Db,
  actor: Actor,
  placeId: string,
): Promise<{ place: Versioned<Place>; context: DeskIncident }> {
  requirePermission(actor, 'desk.read');
  const place = await findPlace(db, placeId);
  if (!place) throw new DeskError('not_found', 'No such place.');
  return { place, context: await deskIncidentById(db, actor, place.record.incidentId) };
}

// The public side's one road to the record: pages, the API, feeds and the mirror all read
// incidents through here, and only public records ever come back.
import { METRICS } from '../domain/claim.js';
import type { Demand } from '../domain/demand.js';
import type { Person } from '../domain/detainee.js';
import type { Incident, Place, TimelineEvent } from '../domain/incident.js';
import type { SolidarityAction, SolidarityMessage } from '../domain/solidarity.js';
import type { Source } from '../domain/source.js';
import { computeTally, type Tally, type TallyEntry } from '../domain/tally.js';
import { listPublicClaims } from '../store/claims.js';
import type { Db } from '../store/database.js';
import { listDemands } from '../store/demands.js';
import { listPublicEvents } from '../store/events.js';
import { findIncidentById, findIncidentBySlug, listIncidents } from '../store/incidents.js';
import { listApprovedMessages } from '../store/messages.js';
import { listPublicPersons } from '../store/persons.js';
import { listPlaces } from '../store/places.js';
import { listApprovedActions } from '../store/solidarity-actions.js';
import { findPublicSource, listPublicSources } from '../store/sources.js';

export interface PublicIncidentRecord {
  incident: Incident;
  places: Place[];
  sources: Source[];
  events: TimelineEvent[];
  tallies: Tally[];
  /** Approved only. */
  solidarity: SolidarityAction[];
  /** Approved only. */
  messages: SolidarityMessage[];
  /** Public people; the presenter decides which of their fields leave the server. */
  persons: Person[];
  demands: Demand[];
}

export async function listPublicIncidents(db: Db): Promise<Incident[]> {
  return listIncidents(db, { publicOnly: true });
}

export async function getPublicIncident(db: Db, slug: string): Promise<PublicIncidentRecord | null> {
  const incident = await findIncidentBySlug(db, slug);
  if (incident?.visibility !== 'public') return null;
  const [places, sources, events, claims, solidarity, messages, persons, demands] = await Promise.all([
    listPlaces(db, incident.id),
    listPublicSources(db, incident.id),
    listPublicEvents(db, incident.id),
    listPublicClaims(db, incident.id),
    listApprovedActions(db, incident.id),
    listApprovedMessages(db, incident.id),
    listPublicPersons(db, incident.id),
    listDemands(db, incident.id),
  ]);
  const entries: TallyEntry[] = claims.map(({ claim, sourceLabel, sourceReceivedAt }) => ({
    claim,
    party: claim.attribution ?? sourceLabel,
    receivedAt: sourceReceivedAt,
  }));
  const tallies = METRICS.map((metric) => computeTally(metric, entries)).filter((t) => t.claimCount > 0);
  return {
    incident,
    places,
    sources,
    events,
    tallies,
    solidarity,
    messages,
    persons,
    demands: demands.map((d) => d.record),
  };
}

export interface PublicSourceRecord {
  source: Source;
  incident: Incident;
}

export async function getPublicSource(db: Db, id: string): Promise<PublicSourceRecord | null> {
  const source = await findPublicSource(db, id);
  if (!source) return null;
  const incident = await findIncidentById(db, source.incidentId);
  return incident?.visibility === 'public' ? { source, incident } : null;
}

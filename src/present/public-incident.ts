// Public shapes: the only fields of the record that may leave the server for readers. The API
// sends them as JSON and the pages render them; nothing else reaches the public.
import type { Claim, Metric, ReportedTime, TimePrecision } from '../domain/claim.js';
import type { DemandStatus } from '../domain/demand.js';
import { isHeldNow, latestStatus, type Person, type PersonStatus } from '../domain/detainee.js';
import type { Incident, Place, TimelineEvent } from '../domain/incident.js';
import type { Source, SourceKind } from '../domain/source.js';
import type { Span, Tally, TallyEntry } from '../domain/tally.js';
import { instantToLocal } from '../domain/zoned-time.js';
import type { PublicIncidentRecord } from '../services/public-record.js';

export interface PublicTime {
  instant: string;
  /** Wall-clock time in the incident's zone, "2011-12-16T12:45". */
  local: string;
  precision: TimePrecision;
  approx: boolean;
  by: boolean;
}

export interface PublicPlace {
  key: string;
  names: Record<string, string>;
  kind: string;
  lat: number;
  lon: number;
}

export interface PublicSourceRef {
  id: string;
  label: string;
  kind: SourceKind;
  /** The language of the source's words, so a quote from it is tagged right. */
  language: string;
}

export interface PublicClaim {
  id: string;
  metric: Metric;
  min: number;
  max: number | null;
  approx: boolean;
  hedged: boolean;
  party: string;
  attribution: string | null;
  subject: string | null;
  asOf: PublicTime | null;
  place: string | null;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  source: PublicSourceRef;
}

export interface PublicTally {
  metric: Metric;
  span: Span | null;
  latestSpan: Span | null;
  parties: { party: string; latestClaimId: string | null; claims: PublicClaim[] }[];
  breakdowns: PublicClaim[];
}

export interface PublicEvent {
  id: string;
  at: PublicTime;
  place: string | null;
  title: string;
  description: string;
  sources: PublicSourceRef[];
}

export interface PublicSource {
  id: string;
  kind: SourceKind;
  label: string;
  language: string;
  receivedAt: PublicTime;
  url: string | null;
  text: string;
  sha256: string;
}

export interface PublicSolidarityAction {
  id: string;
  date: string;
  country: string;
  city: string | null;
  organisation: string | null;
  what: string;
  link: string | null;
  lat: number | null;
  lon: number | null;
}

export interface PublicMessage {
  id: string;
  author: string;
  country: string | null;
  text: string;
  /** The day it was received. */
  date: string;
}

export interface PublicStatus {
  status: PersonStatus;
  date: string;
  note: string;
  source: PublicSourceRef | null;
}

/**
 * A detained person as the public sees them. A protected person is their descriptor and latest
 * status only: no name, role, place, history, lawyer or notes.
 */
export interface PublicPerson {
  id: string;
  protected: boolean;
  name: string | null;
  descriptor: string;
  role: string | null;
  detainedPlace: string | null;
  detainedAt: string | null;
  latest: { status: PersonStatus; date: string } | null;
  history: PublicStatus[];
}

export interface PublicDetainees {
  /** People on record whose latest status holds them (detained, charged, sentenced). */
  heldNow: number;
  /** People on record at all. */
  onRecord: number;
  persons: PublicPerson[];
}

export interface PublicDemand {
  number: number;
  text: string;
  language: string;
  status: DemandStatus;
  statusDate: string | null;
}

export interface PublicIncidentSummary {
  slug: string;
  title: string;
  summary: string;
  language: string;
  timezone: string;
  startedAt: PublicTime;
}

export interface PublicIncident extends PublicIncidentSummary {
  place: string | null;
  places: PublicPlace[];
  tallies: PublicTally[];
  events: PublicEvent[];
  sources: PublicSource[];
  solidarity: PublicSolidarityAction[];
  messages: PublicMessage[];
  detainees: PublicDetainees;
  demands: PublicDemand[];
}

function presentTime(time: ReportedTime, timezone: string): PublicTime {
  return {
    instant: time.instant,
    local: instantToLocal(time.instant, timezone),
    precision: time.precision,
    approx: time.approx,
    by: time.by,
  };
}

const exactTime = (instant: string): ReportedTime => ({ instant, precision: 'minute', approx: false, by: false });

export function presentIncidentSummary(incident: Incident): PublicIncidentSummary {
  return {
    slug: incident.slug,
    title: incident.title,
    summary: incident.summary,
    language: incident.language,
    timezone: incident.timezone,
    startedAt: presentTime(exactTime(incident.startedAt), incident.timezone),
  };
}

export function presentPlace(place: Place): PublicPlace {
  return { key: place.key, names: { ...place.names }, kind: place.kind, lat: place.lat, lon: place.lon };
}

export function presentSource(source: Source, timezone: string): PublicSource {
  return {
    id: source.id,
    kind: source.kind,
    label: source.label,
    language: source.language,
    receivedAt: presentTime(exactTime(source.receivedAt), timezone),
    url: source.url,
    text: source.text,
    sha256: source.sha256,
  };
}

export function presentPerson(person: Person, sourceRefs: ReadonlyMap<string, PublicSourceRef>): PublicPerson {
  const latest = latestStatus(person.history);
  const base = {
    id: person.id,
    protected: person.protected,
    descriptor: person.descriptor,
    latest: latest ? { status: latest.status, date: latest.date } : null,
  };
  if (person.protected) {
    return { ...base, name: null, role: null, detainedPlace: null, detainedAt: null, history: [] };
  }
  return {
    ...base,
    name: person.name,
    role: person.role,
    detainedPlace: person.detainedPlace,
    detainedAt: person.detainedAt,
    history: person.history.map((entry) => ({
      status: entry.status,
      date: entry.date,
      note: entry.note,
      // Only a public source is named; an internal one is left out, not hinted at.
      source: entry.sourceId ? (sourceRefs.get(entry.sourceId) ?? null) : null,
    })),
  };
}

export function presentIncident(record: PublicIncidentRecord): PublicIncident {
  const { incident } = record;
  const tz = incident.timezone;
  const placeKeys = new Map(record.places.map((p) => [p.id, p.key]));
  const sourceRefs = new Map<string, PublicSourceRef>(
    record.sources.map((s) => [s.id, { id: s.id, label: s.label, kind: s.kind, language: s.language }]),
  );
  const placeKey = (id: string | null) => (id === null ? null : (placeKeys.get(id) ?? null));

  const presentClaim = (claim: Claim, party: string): PublicClaim => ({
    id: claim.id,
    metric: claim.metric,
    min: claim.min,
    max: claim.max,
    approx: claim.approx,
    hedged: claim.hedged,
    party,
    attribution: claim.attribution,
    subject: claim.subject,
    asOf: claim.asOf ? presentTime(claim.asOf, tz) : null,
    place: placeKey(claim.placeId),
    quote: claim.quote,
    quoteStart: claim.quoteStart,
    quoteEnd: claim.quoteEnd,
    // Tallies are built only from claims of public sources, so the reference always exists.
    source: sourceRefs.get(claim.sourceId) as PublicSourceRef,
  });
  const presentEntry = (entry: TallyEntry) => presentClaim(entry.claim, entry.party);

  const tallies: PublicTally[] = record.tallies.map((tally: Tally) => ({
    metric: tally.metric,
    span: tally.span,
    latestSpan: tally.latestSpan,
    parties: tally.parties.map((line) => ({
      party: line.party,
      latestClaimId: line.latest?.claim.id ?? null,
      claims: line.entries.map(presentEntry),
    })),
    breakdowns: tally.breakdowns.map(presentEntry),
  }));

  const events: PublicEvent[] = record.events.map((event: TimelineEvent) => ({
    id: event.id,
    at: presentTime(event.at, tz),
    place: placeKey(event.placeId),
    title: event.title,
    description: event.description,
    sources: event.sourceIds.flatMap((id) => {
      const ref = sourceRefs.get(id);
      return ref ? [ref] : [];
    }),
  }));

  return {
    ...presentIncidentSummary(incident),
    place: placeKey(incident.placeId),
    places: record.places.map(presentPlace),
    tallies,
    events,
    sources: record.sources.map((s) => presentSource(s, tz)),
    solidarity: record.solidarity.map((a) => ({
      id: a.id,
      date: a.date,
      country: a.country,
      city: a.city,
      organisation: a.organisation,
      what: a.what,
      link: a.link,
      lat: a.lat,
      lon: a.lon,
    })),
    messages: record.messages.map((m) => ({
      id: m.id,
      author: m.author,
      country: m.country,
      text: m.text,
      date: m.receivedAt.slice(0, 10),
    })),
    detainees: {
      heldNow: record.persons.filter(isHeldNow).length,
      onRecord: record.persons.length,
      persons: record.persons.map((p) => presentPerson(p, sourceRefs)),
    },
    demands: record.demands.map((d) => ({
      number: d.number,
      text: d.text,
      language: d.language,
      status: d.status,
      statusDate: d.statusDate,
    })),
  };
}

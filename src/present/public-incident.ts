// Public shapes: the only fields of the record that may leave the server for readers. The API
// sends them as JSON and the pages render them; nothing else reaches the public.
import type { Claim, Metric, ReportedTime, TimePrecision } from '../domain/claim.js';
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
  };
}

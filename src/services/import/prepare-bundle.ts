// Turns a validated bundle and its source texts into records ready to store: local times become
// instants in the incident's zone, keys become ids, quotes get their offsets. Every reference is
// checked before anything is written, so a bad bundle writes nothing.
import { randomUUID } from 'node:crypto';
import type { Claim, ReportedTime } from '../../domain/claim.js';
import type { Demand } from '../../domain/demand.js';
import type { Person } from '../../domain/detainee.js';
import { sha256Hex } from '../../domain/hash.js';
import type { Incident, Place, TimelineEvent } from '../../domain/incident.js';
import type { SolidarityAction, SolidarityMessage } from '../../domain/solidarity.js';
import type { Source } from '../../domain/source.js';
import { contentHash } from '../../domain/submission.js';
import type { Update } from '../../domain/update.js';
import { isKnownTimezone, localToInstant } from '../../domain/zoned-time.js';
import { BundleError } from './bundle-error.js';
import type { Bundle, BundleReportedTime } from './bundle-schema.js';

export interface PreparedBundle {
  incident: Incident;
  places: Place[];
  sources: Source[];
  claims: Claim[];
  events: TimelineEvent[];
  updates: Update[];
  solidarity: { action: SolidarityAction; contentHash: string }[];
  messages: { message: SolidarityMessage; contentHash: string }[];
  persons: Person[];
  demands: Demand[];
}

/** Where `quote` stands in `text` the n-th time (1-based), or -1. */
function nthIndexOf(text: string, quote: string, occurrence: number): number {
  let index = -1;
  for (let n = 0; n < occurrence; n += 1) {
    index = text.indexOf(quote, index + 1);
    if (index === -1) return -1;
  }
  return index;
}

export function prepareBundle(bundle: Bundle, texts: ReadonlyMap<string, string>, where: string): PreparedBundle {
  const problems: string[] = [];
  const { timezone } = bundle.incident;
  if (!isKnownTimezone(timezone)) problems.push(`incident.timezone: unknown time zone "${timezone}"`);

  const toInstant = (local: string, field: string): string => {
    try {
      return localToInstant(local, isKnownTimezone(timezone) ? timezone : 'UTC');
    } catch (error) {
      problems.push(`${field}: ${(error as Error).message}`);
      return new Date(0).toISOString();
    }
  };
  const toReported = (time: BundleReportedTime, field: string): ReportedTime => ({
    instant: toInstant(time.local, field),
    precision: time.precision,
    approx: time.approx,
    by: time.by,
  });

  const incidentId = randomUUID();
  const placeIds = new Map<string, string>();
  const places: Place[] = bundle.places.map((p, i) => {
    if (placeIds.has(p.key)) problems.push(`places[${i}].key: "${p.key}" is used twice`);
    const id = randomUUID();
    placeIds.set(p.key, id);
    return { id, incidentId, key: p.key, names: p.names, kind: p.kind, lat: p.lat, lon: p.lon };
  });
  const placeRef = (key: string | null, field: string): string | null => {
    if (key === null) return null;
    const id = placeIds.get(key);
    if (!id) problems.push(`${field}: no place with key "${key}"`);
    return id ?? null;
  };

  const incident: Incident = {
    id: incidentId,
    slug: bundle.incident.slug,
    title: bundle.incident.title,
    summary: bundle.incident.summary,
    language: bundle.incident.language,
    timezone,
    startedAt: toInstant(bundle.incident.startedAt, 'incident.startedAt'),
    placeId: placeRef(bundle.incident.place, 'incident.place'),
    visibility: bundle.incident.visibility,
  };

  const sourcesByKey = new Map<string, Source>();
  const sources: Source[] = bundle.sources.map((s, i) => {
    const field = `sources[${i}]`;
    if (sourcesByKey.has(s.key)) problems.push(`${field}.key: "${s.key}" is used twice`);
    const text = texts.get(s.textFile);
    if (text === undefined) problems.push(`${field}.textFile: "${s.textFile}" was not found`);
    else if (text.trim() === '') problems.push(`${field}.textFile: "${s.textFile}" is empty`);
    const source: Source = {
      id: randomUUID(),
      incidentId,
      kind: s.kind,
      label: s.label,
      language: s.language,
      receivedAt: toInstant(s.receivedAt, `${field}.receivedAt`),
      url: s.url,
      text: text ?? '',
      sha256: sha256Hex(text ?? ''),
      visibility: s.visibility,
      witness: s.witness,
    };
    sourcesByKey.set(s.key, source);
    return source;
  });

  const claims: Claim[] = bundle.claims.map((c, i) => {
    const field = `claims[${i}]`;
    const source = sourcesByKey.get(c.source);
    if (!source) problems.push(`${field}.source: no source with key "${c.source}"`);
    const start = source ? nthIndexOf(source.text, c.quote, c.occurrence) : -1;
    if (source && start === -1) {
      problems.push(
        `${field}.quote: "${c.quote}" is not in the text of source "${c.source}" (occurrence ${c.occurrence})`,
      );
    }
    return {
      id: randomUUID(),
      incidentId,
      sourceId: source?.id ?? '',
      metric: c.metric,
      min: c.min,
      max: c.max,
      approx: c.approx,
      hedged: c.hedged,
      attribution: c.attribution,
      subject: c.subject,
      asOf: c.asOf ? toReported(c.asOf, `${field}.asOf.local`) : null,
      placeId: placeRef(c.place, `${field}.place`),
      quote: c.quote,
      quoteStart: start,
      quoteEnd: start + c.quote.length,
      status: c.status,
    };
  });

  const events: TimelineEvent[] = bundle.events.map((e, i) => {
    const field = `events[${i}]`;
    const sourceIds = e.sources.flatMap((key, j) => {
      const source = sourcesByKey.get(key);
      if (!source) problems.push(`${field}.sources[${j}]: no source with key "${key}"`);
      return source ? [source.id] : [];
    });
    return {
      id: randomUUID(),
      incidentId,
      at: toReported(e.at, `${field}.at.local`),
      placeId: placeRef(e.place, `${field}.place`),
      title: e.title,
      description: e.description,
      sourceIds: [...new Set(sourceIds)],
      visibility: e.visibility,
    };
  });

  const updateSlugs = new Set<string>();
  const updates: Update[] = bundle.updates.map((u, i) => {
    const field = `updates[${i}]`;
    if (updateSlugs.has(u.slug)) problems.push(`${field}.slug: "${u.slug}" is used twice`);
    updateSlugs.add(u.slug);
    const body = texts.get(u.bodyFile);
    if (body === undefined) problems.push(`${field}.bodyFile: "${u.bodyFile}" was not found`);
    return {
      id: randomUUID(),
      slug: u.slug,
      title: u.title,
      byline: u.byline,
      language: u.language,
      body: body ?? '',
      publishedAt: toInstant(u.publishedAt, `${field}.publishedAt`),
      incidentId,
      translationGroup: u.translationGroup,
      related: u.related,
      visibility: u.visibility,
    };
  });

  const solidarity = bundle.solidarity.map((a, i) => {
    const action: SolidarityAction = { id: randomUUID(), incidentId, ...a };
    const hash = contentHash(incidentId, {
      date: a.date,
      country: a.country,
      city: a.city,
      organisation: a.organisation,
      what: a.what,
      link: a.link,
    });
    if (bundle.solidarity.slice(0, i).some((b) => JSON.stringify(b) === JSON.stringify(a)))
      problems.push(`solidarity[${i}]: the same action is listed twice`);
    return { action, contentHash: hash };
  });

  const messages = bundle.messages.map((m, i) => {
    const message: SolidarityMessage = {
      id: randomUUID(),
      incidentId,
      author: m.author,
      country: m.country,
      text: m.text,
      status: m.status,
      receivedAt: toInstant(m.receivedAt, `messages[${i}].receivedAt`),
    };
    return { message, contentHash: contentHash(incidentId, { author: m.author, country: m.country, text: m.text }) };
  });

  const persons: Person[] = bundle.persons.map((p, i) => ({
    id: randomUUID(),
    incidentId,
    name: p.name,
    protected: p.protected,
    descriptor: p.descriptor,
    role: p.role,
    detainedPlace: p.detainedPlace,
    detainedAt: p.detainedAt,
    lawyer: p.lawyer,
    notes: p.notes,
    visibility: p.visibility,
    history: p.history.map((h, j) => {
      const source = h.source === null ? null : sourcesByKey.get(h.source);
      if (source === undefined) problems.push(`persons[${i}].history[${j}].source: no source with key "${h.source}"`);
      return { id: randomUUID(), status: h.status, date: h.date, sourceId: source?.id ?? null, note: h.note };
    }),
  }));

  const demandNumbers = new Set<number>();
  const demands: Demand[] = bundle.demands.map((d, i) => {
    if (demandNumbers.has(d.number)) problems.push(`demands[${i}].number: ${d.number} is used twice`);
    demandNumbers.add(d.number);
    return { id: randomUUID(), incidentId, ...d };
  });

  if (problems.length > 0) throw new BundleError(where, problems);
  return { incident, places, sources, claims, events, updates, solidarity, messages, persons, demands };
}

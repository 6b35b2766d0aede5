// Editing the record beyond claims: incidents, timeline events, places, and a source's label and
// visibility (never its text). Each save names the version it started from.
import { randomUUID } from 'node:crypto';
import type { ReportedTime } from '../../domain/claim.js';
import type { Incident, Place, TimelineEvent } from '../../domain/incident.js';
import type { Source, SourceKind, Visibility } from '../../domain/source.js';
import { isKnownTimezone, localToInstant } from '../../domain/zoned-time.js';
import type { AuditedEntity } from '../../store/audit.js';
import type { Db } from '../../store/database.js';
import { findEvent, insertEvents, updateEventAtVersion } from '../../store/events.js';
import {
  findIncidentById,
  findIncidentBySlug,
  findIncidentForDesk,
  insertIncident,
  updateIncidentAtVersion,
} from '../../store/incidents.js';
import { findPlace, insertPlaces, updatePlaceAtVersion } from '../../store/places.js';
import { findSourceForDesk, updateSourceAtVersion } from '../../store/sources.js';
import type { Versioned } from '../../store/versioned.js';
import { type Actor, requirePermission } from './actor.js';
import { recordChange } from './audit-trail.js';
import { DeskError, type SaveResult } from './desk-error.js';

export interface LocalTimeInput {
  local: string;
  precision: ReportedTime['precision'];
  approx: boolean;
  by: boolean;
}

function toReported(time: LocalTimeInput, timezone: string, field: string): ReportedTime {
  try {
    return {
      instant: localToInstant(time.local, timezone),
      precision: time.precision,
      approx: time.approx,
      by: time.by,
    };
  } catch (error) {
    throw new DeskError('invalid', (error as Error).message, field);
  }
}

/** Saves `after` if the record is still at `version`, auditing the change in the same transaction. */
export async function saveVersioned<T extends { id: string }>(
  db: Db,
  actor: Actor,
  entity: AuditedEntity,
  incidentId: string | null,
  before: T,
  after: T,
  version: number,
  write: (trx: Db) => Promise<boolean>,
  reread: (trx: Db) => Promise<Versioned<T> | null>,
): Promise<SaveResult<T>> {
  return db.transaction().execute(async (trx) => {
    if (!(await write(trx))) {
      const current = await reread(trx);
      if (!current) throw new DeskError('not_found', `This ${entity} no longer exists.`);
      return { ok: false, conflict: { mine: after, theirs: current.record, theirsVersion: current.version } } as const;
    }
    await recordChange(trx, actor, { action: 'update', entity, entityId: after.id, incidentId, before, after });
    return { ok: true, version: version + 1 } as const;
  });
}

export async function incidentFor(db: Db, slug: string): Promise<Versioned<Incident>> {
  const found = await findIncidentForDesk(db, slug);
  if (!found) throw new DeskError('not_found', `No incident "${slug}".`);
  return found;
}

export interface IncidentInput {
  slug: string;
  title: string;
  summary: string;
  language: string;
  timezone: string;
  startedAtLocal: string;
  visibility: Visibility;
}

export async function createIncident(db: Db, actor: Actor, input: IncidentInput): Promise<Incident> {
  requirePermission(actor, 'record.edit');
  if (!isKnownTimezone(input.timezone))
    throw new DeskError('invalid', `Unknown time zone "${input.timezone}".`, 'timezone');
  if (await findIncidentBySlug(db, input.slug))
    throw new DeskError('invalid', `The address "${input.slug}" is taken.`, 'slug');
  const incident: Incident = {
    id: randomUUID(),
    slug: input.slug,
    title: input.title,
    summary: input.summary,
    language: input.language,
    timezone: input.timezone,
    startedAt: toReported(
      { local: input.startedAtLocal, precision: 'minute', approx: false, by: false },
      input.timezone,
      'startedAt',
    ).instant,
    placeId: null,
    visibility: input.visibility,
  };
  await db.transaction().execute(async (trx) => {
    await insertIncident(trx, incident, new Date().toISOString());
    await recordChange(trx, actor, {
      action: 'create',
      entity: 'incident',
      entityId: incident.id,
      incidentId: incident.id,
      before: null,
      after: incident,
    });
  });
  return incident;
}

export async function editIncident(
  db: Db,
  actor: Actor,
  slug: string,
  input: Omit<IncidentInput, 'slug'> & { placeId: string | null },
  version: number,
): Promise<SaveResult<Incident>> {
  requirePermission(actor, 'record.edit');
  const { record } = await incidentFor(db, slug);
  if (!isKnownTimezone(input.timezone))
    throw new DeskError('invalid', `Unknown time zone "${input.timezone}".`, 'timezone');
  const after: Incident = {
    ...record,
    title: input.title,
    summary: input.summary,
    language: input.language,
    timezone: input.timezone,
    startedAt: toReported(
      { local: input.startedAtLocal, precision: 'minute', approx: false, by: false },
      input.timezone,
      'startedAt',
    ).instant,
    placeId: input.placeId,
    visibility: input.visibility,
  };
  return saveVersioned(
    db,
    actor,
    'incident',
    record.id,
    record,
    after,
    version,
    (trx) => updateIncidentAtVersion(trx, after, version),
    async (trx) => findIncidentForDesk(trx, slug),
  );
}

export interface EventInput {
  at: LocalTimeInput;
  placeId: string | null;
  title: string;
  description: string;
  sourceIds: string[];
  visibility: Visibility;
}

export async function createEvent(db: Db, actor: Actor, slug: string, input: EventInput): Promise<TimelineEvent> {
  requirePermission(actor, 'record.edit');
  const { record: incident } = await incidentFor(db, slug);
  const event: TimelineEvent = {
    id: randomUUID(),
    incidentId: incident.id,
    at: toReported(input.at, incident.timezone, 'at'),
    placeId: input.placeId,
    title: input.title,
    description: input.description,
    sourceIds: input.sourceIds,
    visibility: input.visibility,
  };
  await db.transaction().execute(async (trx) => {
    await insertEvents(trx, [event], new Date().toISOString());
    await recordChange(trx, actor, {
      action: 'create',
      entity: 'event',
      entityId: event.id,
      incidentId: incident.id,
      before: null,
      after: event,
    });
  });
  return event;
}

export async function editEvent(
  db: Db,
  actor: Actor,
  eventId: string,
  input: EventInput,
  version: number,
): Promise<SaveResult<TimelineEvent>> {
  requirePermission(actor, 'record.edit');
  const found = await findEvent(db, eventId);
  if (!found) throw new DeskError('not_found', 'No such event.');
  const incident = await findIncidentForDeskById(db, found.record.incidentId);
  const after: TimelineEvent = { ...found.record, ...input, at: toReported(input.at, incident.timezone, 'at') };
  return saveVersioned(
    db,
    actor,
    'event',
    incident.id,
    found.record,
    after,
    version,
    (trx) => updateEventAtVersion(trx, after, version),
    (trx) => findEvent(trx, eventId),
  );
}

async function findIncidentForDeskById(db: Db, id: string): Promise<Incident> {
  const incident = await findIncidentById(db, id);
  if (!incident) throw new DeskError('not_found', 'No such incident.');
  return incident;
}

export interface PlaceInput {
  key: string;
  names: Record<string, string>;
  kind: string;
  lat: number;
  lon: number;
}

export async function createPlace(db: Db, actor: Actor, slug: string, input: PlaceInput): Promise<Place> {
  requirePermission(actor, 'record.edit');
  const { record: incident } = await incidentFor(db, slug);
  const place: Place = { id: randomUUID(), incidentId: incident.id, ...input };
  await db.transaction().execute(async (trx) => {
    await insertPlaces(trx, [place]);
    await recordChange(trx, actor, {
      action: 'create',
      entity: 'place',
      entityId: place.id,
      incidentId: incident.id,
      before: null,
      after: place,
    });
  });
  return place;
}

export async function editPlace(
  db: Db,
  actor: Actor,
  placeId: string,
  input: Omit<PlaceInput, 'key'>,
  version: number,
): Promise<SaveResult<Place>> {
  requirePermission(actor, 'record.edit');
  const found = await findPlace(db, placeId);
  if (!found) throw new DeskError('not_found', 'No such place.');
  const after: Place = { ...found.record, ...input };
  return saveVersioned(
    db,
    actor,
    'place',
    found.record.incidentId,
    found.record,
    after,
    version,
    (trx) => updatePlaceAtVersion(trx, after, version),
    (trx) => findPlace(trx, placeId),
  );
}

export async function editSource(
  db: Db,
  actor: Actor,
  sourceId: string,
  input: { label: string; kind: SourceKind; url: string | null; visibility: Visibility },
  version: number,
): Promise<SaveResult<Source>> {
  requirePermission(actor, 'record.edit');
  const found = await findSourceForDesk(db, sourceId);
  if (!found) throw new DeskError('not_found', 'No such source.');
  const after: Source = { ...found.record, ...input };
  return saveVersioned(
    db,
    actor,
    'source',
    found.record.incidentId,
    found.record,
    after,
    version,
    (trx) => updateSourceAtVersion(trx, sourceId, input, version),
    (trx) => findSourceForDesk(trx, sourceId),
  );
}

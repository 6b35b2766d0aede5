// Updates written on the desk: an editor drafts one as internal, publishes it by making it
// public, and corrects it later. Every save is checked against the version it was opened at and
// written with its audit entry; a public one shows on the site at once.
import { randomUUID } from 'node:crypto';
import type { Incident } from '../../domain/incident.js';
import type { RelatedLink, Update } from '../../domain/update.js';
import type { Db } from '../../store/database.js';
import { findIncidentById, findIncidentBySlug, listIncidents } from '../../store/incidents.js';
import {
  findUpdate,
  findUpdateBySlug,
  insertUpdates,
  listUpdatesForDesk,
  updateUpdateAtVersion,
} from '../../store/updates.js';
import type { Versioned } from '../../store/versioned.js';
import { type Actor, requirePermission } from './actor.js';
import { recordChange } from './audit-trail.js';
import { DeskError, type SaveResult } from './desk-error.js';
import { saveVersioned } from './records.js';

/** An update as an editor writes it: the incident by its address, the rest as stored. */
export interface UpdateInput {
  slug: string;
  title: string;
  byline: string;
  language: string;
  body: string;
  publishedAt: string;
  /** The incident's slug, or null for an update about the whole site. */
  incident: string | null;
  translationGroup: string | null;
  related: RelatedLink[];
  visibility: Update['visibility'];
}

export interface DeskUpdates {
  updates: Versioned<Update>[];
  /** Incidents an update may be about, and each update's incident by id. */
  incidents: Incident[];
}

export async function listDeskUpdates(db: Db, actor: Actor): Promise<DeskUpdates> {
  requirePermission(actor, 'record.edit');
  const [updates, incidents] = await Promise.all([listUpdatesForDesk(db), listIncidents(db, { publicOnly: false })]);
  return { updates, incidents };
}

export async function getDeskUpdate(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ update: Versioned<Update>; incident: Incident | null }> {
  requirePermission(actor, 'record.edit');
  const update = await findUpdate(db, id);
  if (!update) throw new DeskError('not_found', 'No such update.');
  const incident = update.record.incidentId ? await findIncidentById(db, update.record.incidentId) : null;
  return { update, incident };
}

async function incidentIdOf(db: Db, slug: string | null): Promise<string | null> {
  if (slug === null) return null;
  const incident = await findIncidentBySlug(db, slug);
  if (!incident) throw new DeskError('invalid', `No incident "${slug}".`, 'incident');
  return incident.id;
}

async function checkSlugFree(db: Db, slug: string, ownId: string | null): Promise<void> {
  const taken = await findUpdateBySlug(db, slug);
  if (taken && taken.id !== ownId) throw new DeskError('invalid', `The address "${slug}" is taken.`, 'slug');
}

export async function createUpdate(db: Db, actor: Actor, input: UpdateInput): Promise<Update> {
  requirePermission(actor, 'record.edit');
  await checkSlugFree(db, input.slug, null);
  const { incident, ...fields } = input;
  const update: Update = { id: randomUUID(), ...fields, incidentId: await incidentIdOf(db, incident) };
  await db.transaction().execute(async (trx) => {
    await insertUpdates(trx, [update], new Date().toISOString());
    await recordChange(trx, actor, {
      action: 'create',
      entity: 'update',
      entityId: update.id,
      incidentId: update.incidentId,
      before: null,
      after: update,
    });
  });
  return update;
}

export async function editUpdate(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateInput,
  version: number,
): Promise<SaveResult<Update>> {
  const { update: found } = await getDeskUpdate(db, actor, id);
  await checkSlugFree(db, input.slug, id);
  const { incident, ...fields } = input;
  const after: Update = { ...found.record, ...fields, incidentId: await incidentIdOf(db, incident) };
  return saveVersioned(
    db,
    actor,
    'update',
    after.incidentId,
    found.record,
    after,
    version,
    (trx) => updateUpdateAtVersion(trx, after, version),
    (trx) => findUpdate(trx, id),
  );
}

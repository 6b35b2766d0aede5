// The public road to updates: pages, feeds and the mirror read them through here. Only public
// updates come back, and only a public incident is named as what an update is about.
import type { Incident } from '../domain/incident.js';
import type { Update } from '../domain/update.js';
import { type PublicUpdate, type PublicUpdateRef, presentUpdate, presentUpdateRef } from '../present/public-update.js';
import type { Db } from '../store/database.js';
import { listIncidents } from '../store/incidents.js';
import { findPublicUpdateBySlug, listPublicTranslations, listPublicUpdates } from '../store/updates.js';

function incidentRef(incident: Incident | undefined) {
  return incident ? { slug: incident.slug, title: incident.title, language: incident.language } : null;
}

async function publicIncidentsById(db: Db): Promise<Map<string, Incident>> {
  return new Map((await listIncidents(db, { publicOnly: true })).map((i) => [i.id, i]));
}

export async function getPublicUpdate(db: Db, slug: string): Promise<PublicUpdate | null> {
  const update = await findPublicUpdateBySlug(db, slug);
  if (!update) return null;
  const [incidents, group] = await Promise.all([
    publicIncidentsById(db),
    update.translationGroup ? listPublicTranslations(db, update.translationGroup) : Promise.resolve([update]),
  ]);
  return presentUpdate(update, incidentRef(update.incidentId ? incidents.get(update.incidentId) : undefined), group);
}

/** The latest public updates, newest first, of one incident when `incidentId` is given. */
export async function listLatestUpdates(
  db: Db,
  options: { incidentId?: string; limit?: number } = {},
): Promise<PublicUpdateRef[]> {
  return (await listPublicUpdates(db, options)).map(presentUpdateRef);
}

/** Every public update in full, newest first: for feeds and the mirror, read in one pass. */
export async function listAllPublicUpdates(db: Db, options: { incidentId?: string; limit?: number } = {}) {
  const [updates, incidents] = await Promise.all([listPublicUpdates(db, options), publicIncidentsById(db)]);
  const groups = new Map<string, Update[]>();
  // Translations may fall outside a filtered list, so groups come from every public update.
  const everyUpdate = options.incidentId || options.limit ? await listPublicUpdates(db) : updates;
  for (const update of everyUpdate) {
    if (!update.translationGroup) continue;
    groups.set(update.translationGroup, [...(groups.get(update.translationGroup) ?? []), update]);
  }
  return updates.map((update) =>
    presentUpdate(
      update,
      incidentRef(update.incidentId ? incidents.get(update.incidentId) : undefined),
      [...(update.translationGroup ? (groups.get(update.translationGroup) ?? [update]) : [update])].sort((a, b) =>
        a.language.localeCompare(b.language),
      ),
    ),
  );
}

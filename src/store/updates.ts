// Updates in the store: rows in, domain records out. Public reads return only public updates.
import type { Selectable } from 'kysely';
import type { Visibility } from '../domain/source.js';
import type { RelatedLink, Update } from '../domain/update.js';
import type { Db } from './database.js';
import type { UpdatesTable } from './schema.js';
import type { Versioned } from './versioned.js';

function toUpdate(row: Selectable<UpdatesTable>): Update {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    byline: row.byline,
    language: row.language,
    body: row.body,
    publishedAt: row.published_at,
    incidentId: row.incident_id,
    translationGroup: row.translation_group,
    related: JSON.parse(row.related_json) as RelatedLink[],
    visibility: row.visibility as Visibility,
  };
}

export async function insertUpdates(db: Db, updates: readonly Update[], createdAt: string): Promise<void> {
  // Batches keep each statement under SQLite's limit on bound parameters.
  for (let i = 0; i < updates.length; i += 500) {
    await db
      .insertInto('updates')
      .values(
        updates.slice(i, i + 500).map((u) => ({
          id: u.id,
          slug: u.slug,
          title: u.title,
          byline: u.byline,
          language: u.language,
          body: u.body,
          published_at: u.publishedAt,
          incident_id: u.incidentId,
          translation_group: u.translationGroup,
          related_json: JSON.stringify(u.related),
          visibility: u.visibility,
          created_at: createdAt,
        })),
      )
      .execute();
  }
}

export interface UpdateFilter {
  incidentId?: string;
  limit?: number;
}

/** Public updates, newest first; of one incident when asked. */
export async function listPublicUpdates(db: Db, filter: UpdateFilter = {}): Promise<Update[]> {
  let query = db.selectFrom('updates').selectAll().where('visibility', '=', 'public');
  if (filter.incidentId) query = query.where('incident_id', '=', filter.incidentId);
  query = query.orderBy('published_at', 'desc').orderBy('slug');
  if (filter.limit) query = query.limit(filter.limit);
  return (await query.execute()).map(toUpdate);
}

export async function findPublicUpdateBySlug(db: Db, slug: string): Promise<Update | null> {
  const row = await db
    .selectFrom('updates')
    .selectAll()
    .where('slug', '=', slug)
    .where('visibility', '=', 'public')
    .executeTakeFirst();
  return row ? toUpdate(row) : null;
}

/** The public updates of a translation group, in language order. */
export async function listPublicTranslations(db: Db, group: string): Promise<Update[]> {
  const rows = await db
    .selectFrom('updates')
    .selectAll()
    .where('translation_group', '=', group)
    .where('visibility', '=', 'public')
    .orderBy('language')
    .execute();
  return rows.map(toUpdate);
}

/** Every update, internal ones too, newest first, for the desk. */
export async function listUpdatesForDesk(db: Db): Promise<Versioned<Update>[]> {
  const rows = await db.selectFrom('updates').selectAll().orderBy('published_at', 'desc').orderBy('slug').execute();
  return rows.map((row) => ({ record: toUpdate(row), version: Number(row.version) }));
}

export async function findUpdate(db: Db, id: string): Promise<Versioned<Update> | null> {
  const row = await db.selectFrom('updates').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { record: toUpdate(row), version: Number(row.version) } : null;
}

/** The update at an address, whatever its visibility: an address is never given twice. */
export async function findUpdateBySlug(db: Db, slug: string): Promise<Update | null> {
  const row = await db.selectFrom('updates').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? toUpdate(row) : null;
}

export async function updateUpdateAtVersion(db: Db, update: Update, version: number): Promise<boolean> {
  const result = await db
    .updateTable('updates')
    .set((eb) => ({
      slug: update.slug,
      title: update.title,
      byline: update.byline,
      language: update.language,
      body: update.body,
      published_at: update.publishedAt,
      incident_id: update.incidentId,
      translation_group: update.translationGroup,
      related_json: JSON.stringify(update.related),
      visibility: update.visibility,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', update.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

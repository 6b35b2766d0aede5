// Sources in the store. Public reads never select the witness columns at all, so a protected
// identity cannot reach a public page even through a presenter's mistake.
import type { Selectable } from 'kysely';
import type { Source, SourceKind, Visibility } from '../domain/source.js';
import type { Db } from './database.js';
import type { SourcesTable } from './schema.js';
import type { Versioned } from './versioned.js';

const PUBLIC_COLUMNS = [
  'id',
  'incident_id',
  'kind',
  'label',
  'language',
  'received_at',
  'url',
  'text',
  'sha256',
  'visibility',
] as const;

type PublicRow = Pick<Selectable<SourcesTable>, (typeof PUBLIC_COLUMNS)[number]>;

function toSource(row: PublicRow & Partial<Pick<SourcesTable, 'witness_name' | 'witness_contact'>>): Source {
  return {
    id: row.id,
    incidentId: row.incident_id,
    kind: row.kind as SourceKind,
    label: row.label,
    language: row.language,
    receivedAt: row.received_at,
    url: row.url,
    text: row.text,
    sha256: row.sha256,
    visibility: row.visibility as Visibility,
    witness: row.witness_name ? { name: row.witness_name, contact: row.witness_contact ?? '' } : null,
  };
}

export async function insertSources(
  db: Db,
  sources: readonly Source[],
  createdAt: string,
  intake: 'import' | 'paste' | 'upload' | 'call-note' | 'correction' = 'import',
  supersedesId: string | null = null,
): Promise<void> {
  if (sources.length === 0) return;
  await db
    .insertInto('sources')
    .values(
      sources.map((s) => ({
        id: s.id,
        incident_id: s.incidentId,
        kind: s.kind,
        label: s.label,
        language: s.language,
        received_at: s.receivedAt,
        url: s.url,
        text: s.text,
        sha256: s.sha256,
        visibility: s.visibility,
        witness_name: s.witness?.name ?? null,
        witness_contact: s.witness?.contact ?? null,
        created_at: createdAt,
        intake,
        supersedes_id: supersedesId,
      })),
    )
    .execute();
}

/** Public sources of an incident, without witness identity, in the order they were received. */
export async function listPublicSources(db: Db, incidentId: string): Promise<Source[]> {
  const rows = await db
    .selectFrom('sources')
    .select(PUBLIC_COLUMNS)
    .where('incident_id', '=', incidentId)
    .where('visibility', '=', 'public')
    .orderBy('received_at')
    .orderBy('id')
    .execute();
  return rows.map(toSource);
}

export async function findPublicSource(db: Db, id: string): Promise<Source | null> {
  const row = await db
    .selectFrom('sources')
    .select(PUBLIC_COLUMNS)
    .where('id', '=', id)
    .where('visibility', '=', 'public')
    .executeTakeFirst();
  return row ? toSource(row) : null;
}

/** One source with its protected identity: for the desk only. */
export async function findSourceForDesk(db: Db, id: string): Promise<Versioned<Source> | null> {
  const row = await db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { record: toSource(row), version: Number(row.version) } : null;
}

/** Changes who may see a source and how it is named; its text never changes. */
export async function updateSourceAtVersion(
  db: Db,
  id: string,
  fields: Pick<Source, 'label' | 'visibility' | 'kind' | 'url'>,
  version: number,
): Promise<boolean> {
  const result = await db
    .updateTable('sources')
    .set((eb) => ({ ...fields, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Every source of an incident with protected identities and versions: for the desk only. */
export async function listSourcesForDesk(db: Db, incidentId: string): Promise<Versioned<Source>[]> {
  const rows = await db
    .selectFrom('sources')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('received_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ record: toSource(row), version: Number(row.version) }));
}

/** The versions around a source's text: the one it corrects, and those that correct it. */
export async function findSourceVersions(
  db: Db,
  id: string,
): Promise<{ supersedes: string | null; supersededBy: string[] }> {
  const own = await db.selectFrom('sources').select('supersedes_id').where('id', '=', id).executeTakeFirst();
  const later = await db
    .selectFrom('sources')
    .select('id')
    .where('supersedes_id', '=', id)
    .orderBy('created_at')
    .execute();
  return { supersedes: own?.supersedes_id ?? null, supersededBy: later.map((row) => row.id) };
}

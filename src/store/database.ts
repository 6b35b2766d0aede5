// Opens the store on SQLite (embedded default: one file) or PostgreSQL (several servers), and
// brings its schema up to date. The rest of the code sees one typed Kysely handle either way.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations/index.js';
import type { StoreSchema } from './schema.js';

export type Db = Kysely<StoreSchema>;
export type Engine = 'sqlite' | 'postgres';

export type StoreLocation = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string; schema?: string };

export interface Store {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
}

export function openStore(location: StoreLocation): Store {
  if (location.engine === 'sqlite') {
    if (location.file !== ':memory:') mkdirSync(dirname(location.file), { recursive: true });
    const database = new SQLite(location.file);
    // WAL lets readers go on while the desk writes; foreign keys are off by default in SQLite.
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    const db = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database }) });
    return { db, engine: 'sqlite', close: () => db.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: location.url,
    max: 10,
    ...(location.schema ? { options: `-c search_path=${location.schema}` } : {}),
  });
  const db = new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', close: () => db.destroy() };
}

/** Applies every pending migration; returns how many ran (0 when the schema was current). */
export async function migrateToLatest(db: Db): Promise<number> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return results?.filter((r) => r.status === 'Success').length ?? 0;
}

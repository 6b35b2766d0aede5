// Runs a store test suite on every engine: SQLite always, PostgreSQL when
// TEMOIN_TEST_DATABASE_URL is set. Each suite gets a fresh database (a new schema on PostgreSQL).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { type Engine, migrateToLatest, openStore, type Store } from '../src/store/database.js';

const postgresUrl = process.env.TEMOIN_TEST_DATABASE_URL;

async function createSchema(url: string): Promise<string> {
  const schema = `temoin_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  return schema;
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
}

/** Opens a fresh, migrated store on one engine, and a function that removes it. */
export async function openTestStore(engine: Engine): Promise<{ store: Store; dispose: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const store = openStore({ engine: 'sqlite', file: ':memory:' });
    await migrateToLatest(store.db);
    return { store, dispose: () => store.close() };
  }
  if (!postgresUrl) throw new Error('TEMOIN_TEST_DATABASE_URL is not set');
  const schema = await createSchema(postgresUrl);
  const store = openStore({ engine: 'postgres', url: postgresUrl, schema });
  await migrateToLatest(store.db);
  return {
    store,
    dispose: async () => {
      await store.close();
      await dropSchema(postgresUrl, schema);
    },
  };
}

/**
 * Declares `suite` once per engine. The suite reads its store through `current()`, which is
 * fresh for the suite and shared by its tests.
 */
export function describeOnEachEngine(title: string, suite: (current: () => Store, engine: Engine) => void): void {
  for (const engine of ['sqlite', 'postgres'] as const) {
    const unavailable = engine === 'postgres' && !postgresUrl;
    const name = unavailable
      ? `${title} [postgres] (skipped: set TEMOIN_TEST_DATABASE_URL=postgres://... to run it)`
      : `${title} [${engine}]`;
    describe.skipIf(unavailable)(name, () => {
      let opened: Awaited<ReturnType<typeof openTestStore>> | undefined;
      beforeAll(async () => {
        opened = await openTestStore(engine);
      });
      afterAll(async () => {
        await opened?.dispose();
      });
      suite(() => {
        if (!opened) throw new Error('store not open yet');
        return opened.store;
      }, engine);
    });
  }
}

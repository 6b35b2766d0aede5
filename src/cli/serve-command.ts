// `temoin serve`: opens the store, brings its schema up to date, loads the bundled example on a
// new data folder, and serves the site until stopped.
import type { Command } from 'commander';
import { readConfig } from '../config.js';
import { loadBundledExampleOnce } from '../services/bundled-example.js';
import { ensureFirstAdmin } from '../services/desk/accounts.js';
import { migrateToLatest, openStore } from '../store/database.js';
import { buildApp } from '../web/app.js';

export function registerServeCommand(program: Command): void {
  program
    .command('serve', { isDefault: true })
    .description('serve the desk and the public site (settings from PORT, HOST, TEMOIN_DATA, DATABASE_URL)')
    .action(async () => {
      const config = readConfig();
      const store = openStore(config.store);
      const migrated = await migrateToLatest(store.db);
      const where = config.store.engine === 'sqlite' ? config.store.file : 'PostgreSQL (DATABASE_URL)';
      if (migrated > 0) console.log(`temoin: store ready at ${where} (${migrated} migration(s) applied)`);
      const example = await loadBundledExampleOnce(store.db);
      if (example?.status === 'imported') console.log(`temoin: loaded the bundled example "${example.slug}"`);
      const admin = await ensureFirstAdmin(store.db);
      if (admin) {
        // Shown once, on the terminal of whoever started the first server; never logged again.
        console.log(`temoin: created the first desk account. Log in at /desk/login as ${admin.email}`);
        console.log(`temoin: password (shown only now): ${admin.password}`);
        console.log('temoin: change it with: npm run temoin -- user passwd admin@localhost');
      }

      const app = await buildApp({
        db: store.db,
        logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel,
        trustProxyHops: config.trustProxyHops,
      });
      const shutdown = async () => {
        await app.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      await app.listen({ port: config.port, host: config.host });
      console.log(`temoin: serving on http://${config.host}:${config.port}/`);
    });
}

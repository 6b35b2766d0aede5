// `temoin import DIR`: loads an incident bundle (incident.json and its source texts) into the store.
import type { Command } from 'commander';
import { readConfig } from '../config.js';
import { importBundle } from '../services/import/import-bundle.js';
import { readBundleDir } from '../services/import/read-bundle.js';
import { migrateToLatest, openStore } from '../store/database.js';

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .argument('<dir>', 'a bundle folder holding incident.json')
    .description('import an incident bundle; an incident whose slug exists is left as it is')
    .action(async (dir: string) => {
      const onDisk = await readBundleDir(dir);
      const config = readConfig();
      const store = openStore(config.store);
      try {
        await migrateToLatest(store.db);
        const outcome = await importBundle(store.db, onDisk);
        if (outcome.status === 'already-present') {
          console.log(`temoin: "${outcome.slug}" is already in the store; nothing imported`);
        } else {
          const { places, sources, claims, events, updates } = outcome.counts;
          console.log(
            `temoin: imported "${outcome.slug}": ${sources} sources, ${claims} claims, ${events} events, ${places} places, ${updates} updates`,
          );
        }
      } finally {
        await store.close();
      }
    });
}

// The bundled example (Janaözen, 16 December 2011) is loaded on a new data folder, once: a flag in
// the store remembers it, so an editor who deletes it does not see it come back.
import { fileURLToPath } from 'node:url';
import type { Db } from '../store/database.js';
import { getSetting, setSetting } from '../store/settings.js';
import { type ImportOutcome, importBundle } from './import/import-bundle.js';
import { readBundleDir } from './import/read-bundle.js';

export const BUNDLED_EXAMPLE_DIR = fileURLToPath(new URL('../../examples/janaozen-2011/', import.meta.url));
const FLAG = 'bundled_example_loaded';

export async function loadBundledExampleOnce(db: Db): Promise<ImportOutcome | null> {
  if (await getSetting(db, FLAG)) return null;
  const outcome = await importBundle(db, await readBundleDir(BUNDLED_EXAMPLE_DIR));
  await setSetting(db, FLAG, new Date().toISOString());
  return outcome;
}

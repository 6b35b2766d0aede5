// Every migration, in order. Kept in code (not read from a folder) so a bundled or compiled
// Témoin carries its schema with it.
import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';
import * as updates from './0002-updates.js';
import * as desk from './0003-desk.js';
import * as solidarity from './0004-solidarity.js';
import * as updateVersions from './0005-update-versions.js';

const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-updates': updates,
  '0003-desk': desk,
  '0004-solidarity': solidarity,
  '0005-update-versions': updateVersions,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};

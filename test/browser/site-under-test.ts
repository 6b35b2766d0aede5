// What every browser test starts from: the bundled example in a fresh store, the app listening
// on a free port, and Chromium; and the checks they share. Screenshots go to screenshots/ (not
// committed) to be looked at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { loadBundledExampleOnce } from '../../src/services/bundled-example.js';
import type { Db } from '../../src/store/database.js';
import { buildApp } from '../../src/web/app.js';
import { openTestStore } from '../engines.js';
import { launchChromium } from './chromium.js';

export const SHOTS = join(import.meta.dirname, '..', '..', 'screenshots');

export interface SiteUnderTest {
  browser: Browser;
  /** The app's address, "http://127.0.0.1:PORT". */
  base: string;
  db: Db;
  close: () => Promise<void>;
}

/** Starts the example site; `prepare` runs on its store before the app listens. */
export async function startExampleSite(prepare?: (db: Db) => Promise<void>): Promise<SiteUnderTest> {
  mkdirSync(SHOTS, { recursive: true });
  const { store, dispose } = await openTestStore('sqlite');
  await loadBundledExampleOnce(store.db);
  await prepare?.(store.db);
  const app = await buildApp({ db: store.db });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  return {
    browser,
    base,
    db: store.db,
    close: async () => {
      await browser.close();
      await app.close();
      await dispose();
    },
  };
}

/** Accessibility faults axe rates serious or critical, each with where it is. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

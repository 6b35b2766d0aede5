// npm run bench:publish — `temoin publish` of a store holding 10,000 updates (four languages of
// pages each), timed end to end: reading, rendering, writing, hashing. Goal: under 20 seconds.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Update } from '../src/domain/update.js';
import { publishSite } from '../src/publish/publish-site.js';
import { loadBundledExampleOnce } from '../src/services/bundled-example.js';
import { migrateToLatest, openStore } from '../src/store/database.js';
import { findIncidentBySlug } from '../src/store/incidents.js';
import { insertUpdates } from '../src/store/updates.js';

const COUNT = Number(process.env.BENCH_UPDATES ?? 10_000);
const work = mkdtempSync(join(tmpdir(), 'temoin-bench-publish-'));
const store = openStore({ engine: 'sqlite', file: join(work, 'temoin.db') });
await migrateToLatest(store.db);
await loadBundledExampleOnce(store.db);
const incident = await findIncidentBySlug(store.db, 'janaozen-2011');

const body = (n: number) =>
  `Update number ${n} on the record.\n\n## What changed\n\n- A **new figure** was checked against a second source.\n- The timeline gained an entry.\n\nRead the [incident page](https://example.org/incidents/${n}) for every side of the count.\n`;
const updates: Update[] = Array.from({ length: COUNT }, (_, n) => ({
  id: randomUUID(),
  slug: `bench-update-${n}`,
  title: `Bench update ${n}: what the sources say`,
  byline: 'The bench desk',
  language: n % 2 === 0 ? 'en' : 'fr',
  body: body(n),
  publishedAt: new Date(Date.UTC(2012, 0, 1) + n * 60_000).toISOString(),
  incidentId: n % 3 === 0 ? (incident?.id ?? null) : null,
  // Pairs of updates are translations of each other.
  translationGroup: `bench-group-${Math.floor(n / 2)}`,
  related: [{ title: 'Related reading', url: 'https://example.org/related' }],
  visibility: 'public',
}));
await insertUpdates(store.db, updates, new Date().toISOString());

const outDir = join(work, 'mirror');
const timed = async () => {
  const started = performance.now();
  const result = await publishSite(store.db, { outDir, baseUrl: 'https://mirror.example/' });
  return { result, seconds: (performance.now() - started) / 1000 };
};

const cold = await timed();
const megabytes = cold.result.files.reduce((n, f) => n + f.bytes, 0) / 1024 / 1024;
console.log(
  `bench:publish: ${COUNT} updates -> ${cold.result.files.length} files (${cold.result.pages} pages, ${megabytes.toFixed(0)} MB) in ${cold.seconds.toFixed(1)} s (goal: under 20 s)`,
);

// The common case while events unfold: one more update, published over the previous mirror.
const [last] = updates.slice(-1);
if (last) {
  await insertUpdates(
    store.db,
    [{ ...last, id: randomUUID(), slug: 'bench-update-new', translationGroup: 'bench-group-new' }],
    new Date().toISOString(),
  );
}
const again = await timed();
console.log(
  `  again after one new update: ${again.result.written} files written, ${again.result.removed} removed, in ${again.seconds.toFixed(1)} s (${(again.seconds / cold.seconds).toFixed(2)}x the first run)`,
);
await store.close();
rmSync(work, { recursive: true, force: true });

// Protected identities and internal records of the bundled example must appear in no public
// response: not in a page, not in the API. Markers are taken from the example's own data.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { publishSite } from '../src/publish/publish-site.js';
import { BUNDLED_EXAMPLE_DIR, loadBundledExampleOnce } from '../src/services/bundled-example.js';
import { buildApp } from '../src/web/app.js';
import { describeOnEachEngine } from './engines.js';

interface ExampleManifest {
  sources: { textFile: string; visibility: string; witness: { name: string; contact: string } | null }[];
  events: { title: string; visibility: string }[];
  updates: { slug: string }[];
}

const manifest = JSON.parse(readFileSync(join(BUNDLED_EXAMPLE_DIR, 'incident.json'), 'utf8')) as ExampleManifest;

/** Strings that only the desk may see: witness names and contacts, internal texts and events. */
const markers = [
  ...manifest.sources.flatMap((s) => (s.witness ? [s.witness.name, s.witness.contact].filter(Boolean) : [])),
  ...manifest.sources
    .filter((s) => s.visibility === 'internal')
    .map((s) => readFileSync(join(BUNDLED_EXAMPLE_DIR, s.textFile), 'utf8').trim().split('\n')[0] as string),
  ...manifest.events.filter((e) => e.visibility === 'internal').map((e) => e.title),
];

describeOnEachEngine('nothing protected leaves the desk', (current) => {
  it('has markers to look for', () => {
    expect(markers.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps every marker out of every public page and API answer', async () => {
    await loadBundledExampleOnce(current().db);
    const app = await buildApp({ db: current().db });
    const api = (await app.inject('/api/incidents/janaozen-2011')).json();
    const urls = [
      '/api/incidents',
      '/api/incidents/janaozen-2011',
      '/feeds/updates.atom',
      '/feeds/updates.json',
      '/feeds/incidents/janaozen-2011.atom',
      '/feeds/incidents/janaozen-2011.json',
      ...['fr', 'en', 'ru', 'kk'].flatMap((lang) => [
        `/${lang}/`,
        `/${lang}/incidents/janaozen-2011`,
        ...api.incident.sources.map((s: { id: string }) => `/${lang}/sources/${s.id}`),
        ...manifest.updates.map((u) => `/${lang}/updates/${u.slug}`),
      ]),
    ];
    for (const url of urls) {
      const body = (await app.inject(url)).body;
      for (const marker of markers) expect(body.includes(marker), `${marker} in ${url}`).toBe(false);
    }
    await app.close();
  });

  it('keeps every marker out of every file of the static mirror', async () => {
    await loadBundledExampleOnce(current().db);
    const outDir = mkdtempSync(join(tmpdir(), 'temoin-mirror-'));
    const { files } = await publishSite(current().db, { outDir, baseUrl: null });
    expect(files.length).toBeGreaterThan(40);
    const written = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    for (const entry of written) {
      const body = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      for (const marker of markers) expect(body.includes(marker), `${marker} in ${entry.name}`).toBe(false);
    }
    rmSync(outDir, { recursive: true, force: true });
  });
});

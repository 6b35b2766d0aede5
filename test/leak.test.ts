// Protected identities and internal records of the bundled example must appear in no public
// response: not in a page, not in the API. Markers are taken from the example's own data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BUNDLED_EXAMPLE_DIR, loadBundledExampleOnce } from '../src/services/bundled-example.js';
import { buildApp } from '../src/web/app.js';
import { describeOnEachEngine } from './engines.js';

interface ExampleManifest {
  sources: { textFile: string; visibility: string; witness: { name: string; contact: string } | null }[];
  events: { title: string; visibility: string }[];
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
      '/',
      '/incidents/janaozen-2011',
      '/api/incidents',
      '/api/incidents/janaozen-2011',
      ...api.incident.sources.map((s: { id: string }) => `/sources/${s.id}`),
    ];
    for (const url of urls) {
      const body = (await app.inject(url)).body;
      for (const marker of markers) expect(body.includes(marker), `${marker} in ${url}`).toBe(false);
    }
    await app.close();
  });
});

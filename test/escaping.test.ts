// Every text a report or an editor brings is shown as text, never run as markup.
import { expect, it } from 'vitest';
import { importBundle } from '../src/services/import/import-bundle.js';
import { readBundleDir } from '../src/services/import/read-bundle.js';
import { buildApp } from '../src/web/app.js';
import { writeBundle } from './bundles.js';
import { describeOnEachEngine } from './engines.js';

const EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>';

const hostileBundle = {
  manifest: {
    format: 'temoin-bundle/1',
    incident: {
      slug: 'hostile',
      title: `Title ${EVIL}`,
      summary: `Summary ${EVIL}`,
      language: 'en',
      timezone: 'UTC',
      startedAt: '2020-01-01T10:00',
      place: 'p',
    },
    places: [{ key: 'p', names: { en: `Place ${EVIL}`, ru: `Место ${EVIL}` }, kind: '<b>x</b>', lat: 1, lon: 2 }],
    sources: [
      {
        key: 's',
        kind: 'press',
        label: `Label ${EVIL}`,
        language: 'en',
        receivedAt: '2020-01-01T11:00',
        url: 'https://example.org/?q="><script>alert(1)</script>',
        textFile: 's.txt',
      },
    ],
    claims: [
      {
        source: 's',
        metric: 'killed',
        min: 3,
        max: 3,
        attribution: `Attribution ${EVIL}`,
        subject: `Subject ${EVIL}`,
        quote: `3 ${EVIL}`,
      },
    ],
    events: [
      {
        at: { local: '2020-01-01T10:30', precision: 'minute' },
        title: `Event ${EVIL}`,
        description: `Description ${EVIL}`,
        sources: ['s'],
        place: 'p',
      },
    ],
    updates: [
      {
        slug: 'hostile-update',
        title: `Update ${EVIL}`,
        byline: `Byline ${EVIL}`,
        language: 'en',
        publishedAt: '2020-01-02T10:00',
        bodyFile: 'u.md',
        related: [{ title: `Related ${EVIL}`, url: 'https://example.org/?q="><script>alert(1)</script>' }],
      },
    ],
  },
  texts: {
    's.txt': `Text ${EVIL} and then 3 ${EVIL} were killed.`,
    'u.md': `Body ${EVIL} [click](javascript:alert(1)) <a href="javascript:alert(2)">x</a>`,
  },
};

describeOnEachEngine('escaping', (current) => {
  it('shows planted markup in every field as text on every page', async () => {
    await importBundle(current().db, await readBundleDir(writeBundle(hostileBundle)));
    const app = await buildApp({ db: current().db });
    const source = (await app.inject('/api/incidents/hostile')).json().incident.sources[0];
    const pages = ['/en/', '/en/incidents/hostile', `/en/sources/${source.id}`, '/ru/incidents/hostile'];
    for (const url of [...pages, '/en/updates/hostile-update']) {
      const html = (await app.inject(url)).body;
      expect(html, url).not.toMatch(/<script|<img|<b>x|<a href="javascript:/i);
      expect(html, url).toMatch(/&lt;script(>|&gt;)alert\((&quot;|")x(&quot;|")\)&lt;\/script/);
    }
    for (const url of ['/feeds/updates.atom', '/feeds/incidents/hostile.atom']) {
      expect((await app.inject(url)).body, url).not.toMatch(/<script|<img|<a href="javascript:/i);
    }
    // JSON Feed titles are plain text by definition; only content_html is HTML.
    const [item] = (await app.inject('/feeds/updates.json')).json().items;
    expect(item.title).toBe(`Update ${EVIL}`);
    expect(item.content_html).not.toMatch(/<script|<img|<a href="javascript:/i);
    await app.close();
  });
});

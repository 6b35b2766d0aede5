import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { minimalBundle, writeBundle } from '../../test/bundles.js';
import { describeOnEachEngine } from '../../test/engines.js';
import { loadBundledExampleOnce } from '../services/bundled-example.js';
import { importBundle } from '../services/import/import-bundle.js';
import { readBundleDir } from '../services/import/read-bundle.js';
import { buildApp } from './app.js';

const UPDATE_EN = '/en/updates/janaozen-what-we-know-17-december';

describeOnEachEngine('the public site in four languages', (current) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    await loadBundledExampleOnce(current().db);
    app = await buildApp({ db: current().db });
  });
  afterAll(async () => {
    await app.close();
  });
  const get = (url: string) => app.inject({ method: 'GET', url });

  it('reads the incident in French: figures, times and kinds in French, content tagged', async () => {
    const html = (await get('/fr/incidents/janaozen-2011')).body;
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Chiffres donnés : <strong>0 – ≈150</strong>');
    expect(html).toContain('<strong class="figure">environ 150</strong>');
    expect(html).toContain('17 déc. 2011, d’ici le matin');
    expect(html).toContain('Témoin · langue ru');
    expect(html).toMatch(/<h1 lang="en">Janaözen/);
    expect(html).toContain('<strong class="figure">4\u202f000</strong>');
  });

  it('reads the incident in Russian, with Russian plural forms', async () => {
    const html = (await get('/ru/incidents/janaozen-2011')).body;
    expect(html).toContain('<strong class="figure">около 10</strong>');
    expect(html).toContain('16 дек. 2011 г., около 14:00');
    expect(html).toContain('Карта района, на ней отмечено 6 мест');
  });

  it('draws a chart per metric and a map of the places, as inline SVG with a text alternative', async () => {
    const html = (await get('/en/incidents/janaozen-2011')).body;
    expect(html.match(/<figure class="chart"><svg/g)).toHaveLength(4);
    expect(html).toContain('<title id="chart-killed-title">Killed: figures over time, by who gives them</title>');
    expect(html).toMatch(
      /<g class="mark p1"><title>the Ministry of Foreign Affairs: none, 16 Dec 2011, afternoon<\/title>/,
    );
    expect(html).toMatch(
      /<figure class="map"><svg viewBox="0 0 600 340" role="img" aria-labelledby="map-title map-desc"/,
    );
    expect(html).toContain('lang="ru"'); // Russian verbatim sources keep their language
    expect(html).not.toMatch(/<script|style="/);
  });

  // The solidarity map and every action and message have a page of their own so that the
  // incident page keeps to its budget with detainees and the twelve demands on it.
  it('keeps the incident page and its stylesheet under 60 KB, and the solidarity page too, in every language', async () => {
    const css = (await get('/assets/site.css')).rawPayload.length;
    for (const lang of ['fr', 'en', 'ru', 'kk']) {
      const page = (await get(`/${lang}/incidents/janaozen-2011`)).rawPayload.length;
      expect(page + css, lang).toBeLessThan(60 * 1024);
      const solidarity = (await get(`/${lang}/incidents/janaozen-2011/solidarity`)).rawPayload.length;
      expect(solidarity + css, `${lang} solidarity`).toBeLessThan(60 * 1024);
    }
  });

  it('links to the same page in every other language', async () => {
    const html = (await get('/kk/incidents/janaozen-2011')).body;
    expect(html).toContain('<a lang="fr" hreflang="fr" href="/fr/incidents/janaozen-2011">Français</a>');
    expect(html).toContain('<strong lang="kk" aria-current="page">Қазақша</strong>');
  });

  it('shows an update with byline, translations, related reading, share links and a print hint', async () => {
    const html = (await get(UPDATE_EN)).body;
    expect(html).toContain(
      '<article class="update" lang="en"><h1>Janaözen: what the sources say the morning after</h1>',
    );
    expect(html).toContain('By The Témoin example desk');
    expect(html).toContain('href="/en/updates/janaozen-ce-que-l-on-sait-17-decembre" hreflang="fr"');
    expect(html).toContain('<h2>The dead: a range, not a number</h2>');
    expect(html).toContain('href="https://www.hrw.org/europe/central-asia/kazakhstan"');
    for (const share of [
      'mailto:?subject=',
      'https://t.me/share/url?url=http%3A%2F%2Flocalhost%3A80%2Fen%2Fupdates',
      'https://wa.me/?text=',
      'https://vk.com/share.php?url=',
      'https://www.facebook.com/sharer/sharer.php?u=',
      'https://x.com/intent/post?url=',
    ]) {
      expect(html).toContain(share);
    }
    expect(html).toContain(`To print, use your browser’s Print command`);
  });

  it('lists updates on the home page and the incident page', async () => {
    expect((await get('/en/')).body).toContain('href="/en/updates/janaozen-what-we-know-17-december"');
    expect((await get('/ru/incidents/janaozen-2011')).body).toContain(
      'href="/ru/updates/janaozen-ce-que-l-on-sait-17-decembre" lang="fr"',
    );
  });

  it('serves Atom and JSON Feed, site-wide and per incident', async () => {
    const atom = await get('/feeds/updates.atom');
    expect(atom.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(atom.body).toContain('<link href="http://localhost/en/updates/janaozen-what-we-know-17-december"/>');
    const json = (await get('/feeds/incidents/janaozen-2011.json')).json();
    const titles: string[] = json.items.map((i: { title: string }) => i.title);
    expect(titles.slice(0, 2)).toEqual([
      'Janaözen : ce que disent les sources au lendemain',
      'Janaözen: what the sources say the morning after',
    ]);
    // The incident's feed also follows solidarity: the example's eleven actions.
    expect(titles.slice(2)).toHaveLength(11);
    expect(titles).toContain(
      "Solidarity: Flowers and a funeral address in front of Kazakhstan's mission (Odesa, Ukraine)",
    );
    expect((await get('/feeds/incidents/nowhere.json')).statusCode).toBe(404);
  });

  it('shows a change to the record at once, though pages are kept in memory', async () => {
    expect((await get('/en/')).body).not.toContain('A test strike');
    await importBundle(current().db, await readBundleDir(writeBundle(minimalBundle({ slug: 'fresh-strike' }))));
    expect((await get('/en/')).body).toContain('A test strike');
  });
});

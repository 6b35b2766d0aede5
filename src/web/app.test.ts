import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEachEngine } from '../../test/engines.js';
import { loadBundledExampleOnce } from '../services/bundled-example.js';
import { buildApp } from './app.js';

describeOnEachEngine('public site and API over HTTP', (current) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    await loadBundledExampleOnce(current().db);
    app = await buildApp({ db: current().db });
  });
  afterAll(async () => {
    await app.close();
  });

  const get = (url: string) => app.inject({ method: 'GET', url });

  it('lists the incidents on the home page', async () => {
    const response = await get('/en/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('href="/en/incidents/janaozen-2011"');
  });

  it('sends a reader from / to their language, and old addresses to the English pages', async () => {
    const russian = await app.inject({ url: '/', headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' } });
    expect(russian.statusCode).toBe(302);
    expect(russian.headers.location).toBe('/ru/');
    expect((await get('/')).headers.location).toBe('/en/');
    const old = await get('/incidents/janaozen-2011');
    expect(old.statusCode).toBe(301);
    expect(old.headers.location).toBe('/en/incidents/janaozen-2011');
    expect((await get('/sources/abc')).headers.location).toBe('/en/sources/abc');
  });

  it('shows every side of the killed tally on the incident page, with time and words', async () => {
    const html = (await get('/en/incidents/janaozen-2011')).body;
    const killed = html.slice(html.indexOf('id="tally-killed"'), html.indexOf('id="tally-injured"'));
    expect(killed).toContain('Figures given: <strong>0 – ≈150</strong>');
    expect(killed).toContain('According to the striking workers');
    expect(killed).toContain('According to the Ministry of Foreign Affairs');
    expect(killed).toMatch(/<strong class="figure">none<\/strong>/);
    expect(killed).toMatch(/<strong class="figure">about 10<\/strong>/);
    expect(killed).toMatch(/<strong class="figure">70<\/strong>/);
    expect(killed).toMatch(/<strong class="figure">about 150<\/strong><span class="badge hedged">put as possible/);
    expect(killed).toContain('16 Dec 2011, about 14:00');
    expect(killed).toContain('17 Dec 2011, by the morning');
  });

  it('shows arrests with the named members apart, and the Kalamkas strikers', async () => {
    const html = (await get('/en/incidents/janaozen-2011')).body;
    expect(html).toMatch(/<strong class="figure">about 150<\/strong>.{0,200}put as possible/s);
    expect(html).toContain('<span class="subject"> members of the Socialist Movement of Kazakhstan</span>');
    expect(html).toMatch(/<strong class="figure">4,000<\/strong><span class="subject"> Kalamkas/);
  });

  it('gives the timeline in local time, approximate times marked', async () => {
    const html = (await get('/en/incidents/janaozen-2011')).body;
    expect(html).toContain('Times are local (Asia/Aqtau)');
    expect(html).toMatch(/<time datetime="2011-12-16T07:45:00.000Z" class="approx">16 Dec 2011, about 12:45<\/time>/);
  });

  it('shows public sources verbatim and never an internal one or a witness name', async () => {
    const html = (await get('/en/incidents/janaozen-2011')).body;
    expect(html).toContain('Sources, verbatim');
    expect(html).toContain('Witness · language ru');
    expect(html).not.toMatch(/unverified/i);
    expect(html).not.toContain('+7 700');
  });

  it('shows a source with its SHA-256 and its quotes marked', async () => {
    const api = (await get('/api/incidents/janaozen-2011')).json();
    const source = api.incident.sources.find((s: { kind: string }) => s.kind === 'official');
    const response = await get(`/en/sources/${source.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(`<code>${source.sha256}</code>`);
    expect(response.body).toMatch(/<mark id="q-[0-9a-f-]+">/);
  });

  it('answers an unknown incident or source with a 404 page', async () => {
    for (const url of [
      '/en/incidents/nowhere',
      '/en/incidents/BAD%20SLUG',
      '/en/sources/not-a-uuid',
      `/en/sources/${crypto.randomUUID()}`,
      '/de/incidents/janaozen-2011',
      '/en/updates/nowhere',
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.body).toContain('Page not found');
    }
  });

  it('serves the stylesheet and forbids scripts', async () => {
    const response = await get('/assets/site.css');
    expect(response.statusCode).toBe(200);
    expect((await get('/en/')).headers['content-security-policy']).toContain("script-src 'none'");
  });

  it('lists incidents in the API, and names a bad query parameter', async () => {
    expect((await get('/api/incidents')).json().incidents[0].slug).toBe('janaozen-2011');
    const tooMany = await get('/api/incidents?limit=1000');
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error).toMatchObject({ code: 'invalid_query', field: 'limit' });
    const unknown = await get('/api/incidents?colour=red');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.field).toBe('colour');
  });

  it('gives an incident in the API with tallies, claims, events and sources', async () => {
    const { incident } = (await get('/api/incidents/janaozen-2011')).json();
    expect(incident.tallies.map((t: { metric: string }) => t.metric)).toEqual([
      'killed',
      'injured',
      'arrested',
      'participants',
    ]);
    const ministry = incident.tallies[0].parties.find((p: { party: string }) => p.party.includes('Ministry'));
    expect(ministry.claims.map((c: { min: number }) => c.min)).toEqual([0, 10]);
    expect(ministry.claims[0].source).toMatchObject({ kind: 'official' });
    expect(incident.events[0].at).toMatchObject({ local: '2011-12-16T10:00', approx: true });
    expect(JSON.stringify(incident)).not.toMatch(/"witness":|\+7 700/);
  });

  it('filters the API tallies by metric, and refuses an unknown metric', async () => {
    const { incident } = (await get('/api/incidents/janaozen-2011?metric=killed,arrested')).json();
    expect(incident.tallies.map((t: { metric: string }) => t.metric)).toEqual(['killed', 'arrested']);
    const bad = await get('/api/incidents/janaozen-2011?metric=happy');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('metric.0');
  });

  it('answers an unknown incident in the API with a JSON 404', async () => {
    const response = await get('/api/incidents/nowhere');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'not_found', message: 'There is no published incident with this slug.' },
    });
  });
});

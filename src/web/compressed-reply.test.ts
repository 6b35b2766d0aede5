import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEachEngine } from '../../test/engines.js';
import { loadBundledExampleOnce } from '../services/bundled-example.js';
import { findIncidentForDesk, updateIncidentAtVersion } from '../store/incidents.js';
import { bumpRecordVersion } from '../store/record-version.js';
import { buildApp } from './app.js';

const PAGE = '/en/incidents/janaozen-2011';

describeOnEachEngine('compressed pages', (current) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    await loadBundledExampleOnce(current().db);
    app = await buildApp({ db: current().db });
  });
  afterAll(async () => {
    await app.close();
  });
  const get = (url: string, acceptEncoding?: string) =>
    app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it('sends the incident page in Brotli or gzip as the browser prefers, the same page either way', async () => {
    const plain = await get(PAGE);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toContain('Accept-Encoding');

    const br = await get(PAGE, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
    // About a quarter of the bytes: the page is prose and markup that repeats.
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);

    const gzip = await get(PAGE, 'br;q=0, gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(plain.body);

    expect((await get(PAGE, 'identity')).headers['content-encoding']).toBeUndefined();
  });

  it('compresses the stylesheet and the feeds too, and serves a changed page compressed anew', async () => {
    const css = await get('/assets/site.css', 'br');
    expect(css.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(css.rawPayload).toString('utf8')).toBe((await get('/assets/site.css')).body);
    const feed = await get('/feeds/incidents/janaozen-2011.atom', 'gzip');
    expect(gunzipSync(feed.rawPayload).toString('utf8')).toContain('<feed');

    const before = brotliDecompressSync((await get('/fr/incidents/janaozen-2011', 'br')).rawPayload).toString('utf8');
    const found = await findIncidentForDesk(current().db, 'janaozen-2011');
    if (!found) throw new Error('the example is not loaded');
    const retitled = { ...found.record, title: 'Janaözen, un titre corrigé' };
    expect(await updateIncidentAtVersion(current().db, retitled, found.version)).toBe(true);
    await bumpRecordVersion(current().db);
    const after = brotliDecompressSync((await get('/fr/incidents/janaozen-2011', 'br')).rawPayload).toString('utf8');
    expect(before).not.toContain('un titre corrigé');
    expect(after).toContain('un titre corrigé');
  });
});

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEachEngine } from '../../test/engines.js';
import { loadBundledExampleOnce } from '../services/bundled-example.js';
import { checkMirrorLinks } from './check-links.js';
import { type ManifestEntry, PublishError, publishSite } from './publish-site.js';

describeOnEachEngine('publishing the static mirror', (current) => {
  const outDir = join(mkdtempSync(join(tmpdir(), 'temoin-publish-')), 'mirror');
  let files: ManifestEntry[] = [];
  const read = (path: string) => readFileSync(join(outDir, path), 'utf8');

  beforeAll(async () => {
    await loadBundledExampleOnce(current().db);
    ({ files } = await publishSite(current().db, { outDir, baseUrl: 'https://mirror.example/temoin/' }));
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('writes every page in four languages, the stylesheet, feeds and a sitemap', () => {
    const paths = files.map((f) => f.path);
    for (const lang of ['fr', 'en', 'ru', 'kk']) {
      expect(paths).toContain(`${lang}/index.html`);
      expect(paths).toContain(`${lang}/incidents/janaozen-2011.html`);
      expect(paths).toContain(`${lang}/updates/janaozen-what-we-know-17-december.html`);
    }
    expect(paths).toEqual(
      expect.arrayContaining([
        'index.html',
        'assets/site.css',
        'feeds/updates.atom',
        'feeds/updates.json',
        'feeds/incidents/janaozen-2011.atom',
        'sitemap.xml',
      ]),
    );
    expect(read('ru/incidents/janaozen-2011.html')).toContain('<html lang="ru">');
  });

  it('lists every file in the manifest with a SHA-256 anyone can check', () => {
    const manifest = JSON.parse(read('manifest.json'));
    expect(manifest.files).toEqual(files);
    for (const file of files) {
      const bytes = readFileSync(join(outDir, file.path));
      expect(createHash('sha256').update(bytes).digest('hex'), file.path).toBe(file.sha256);
      expect(bytes.length).toBe(file.bytes);
    }
  });

  it('links only relatively inside the mirror, and every link leads somewhere', () => {
    expect(read('en/incidents/janaozen-2011.html')).not.toMatch(/(href|src)="\/[^/]/);
    const sourcePage = files.find((f) => f.path.startsWith('fr/sources/'))?.path ?? '';
    expect(read(sourcePage)).toContain('href="../../assets/site.css"');
    expect(checkMirrorLinks(outDir)).toEqual([]);
  });

  it('gives full addresses in feeds, sitemap and share links when the mirror’s address is known', () => {
    expect(read('sitemap.xml')).toContain('<loc>https://mirror.example/temoin/kk/incidents/janaozen-2011.html</loc>');
    expect(read('feeds/updates.atom')).toContain(
      'href="https://mirror.example/temoin/fr/updates/janaozen-ce-que-l-on-sait-17-decembre.html"',
    );
    expect(read('en/updates/janaozen-what-we-know-17-december.html')).toContain(
      'https://t.me/share/url?url=https%3A%2F%2Fmirror.example%2Ftemoin%2Fen%2Fupdates%2Fjanaozen-what-we-know-17-december.html',
    );
  });

  it('finds a broken link when there is one', () => {
    const page = join(outDir, 'en/index.html');
    const original = readFileSync(page, 'utf8');
    writeFileSync(page, original.replace('</main>', '<a href="incidents/gone.html">x</a><a href="/abs">y</a></main>'));
    expect(checkMirrorLinks(outDir).map((b) => [b.href, b.problem.split(':')[0]])).toEqual([
      ['incidents/gone.html', 'no such file'],
      ['/abs', 'not a relative link'],
    ]);
    writeFileSync(page, original);
  });

  it('rewrites a previous mirror but refuses a folder that is not one', async () => {
    const other = mkdtempSync(join(tmpdir(), 'temoin-not-a-mirror-'));
    writeFileSync(join(other, 'notes.txt'), 'mine');
    await expect(publishSite(current().db, { outDir: other, baseUrl: null })).rejects.toThrow(PublishError);
    expect(readFileSync(join(other, 'notes.txt'), 'utf8')).toBe('mine');
    rmSync(other, { recursive: true, force: true });
    const again = await publishSite(current().db, { outDir, baseUrl: null });
    expect(again.files.length).toBe(files.length);
  });
});

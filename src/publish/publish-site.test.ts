import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEachEngine } from '../../test/engines.js';
import { loadBundledExampleOnce } from '../services/bundled-example.js';
import { checkMirrorLinks } from './check-links.js';
import { type ManifestEntry, PublishError } from './mirror-manifest.js';
import { publishSite } from './publish-site.js';

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

  it('refuses a manifest that names a file outside the mirror, and touches nothing', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'temoin-tampered-'));
    const mirror = join(parent, 'mirror');
    mkdirSync(mirror);
    writeFileSync(join(parent, 'precious.txt'), 'keep me');
    const files = [{ path: '../precious.txt', bytes: 7, sha256: 'x' }];
    writeFileSync(join(mirror, 'manifest.json'), JSON.stringify({ format: 'temoin-mirror/1', baseUrl: null, files }));
    await expect(publishSite(current().db, { outDir: mirror, baseUrl: null })).rejects.toThrow(
      /files\.0\.path: a path outside the mirror/,
    );
    expect(readFileSync(join(parent, 'precious.txt'), 'utf8')).toBe('keep me');
    rmSync(parent, { recursive: true, force: true });
  });

  it('refuses a folder whose manifest is not a mirror’s, and deletes nothing in it', async () => {
    const other = mkdtempSync(join(tmpdir(), 'temoin-odd-manifest-'));
    writeFileSync(join(other, 'manifest.json'), '{"name": "some other project"}');
    writeFileSync(join(other, 'index.html'), 'theirs');
    await expect(publishSite(current().db, { outDir: other, baseUrl: null })).rejects.toThrow(/not a Témoin mirror/);
    expect(readFileSync(join(other, 'index.html'), 'utf8')).toBe('theirs');
    rmSync(other, { recursive: true, force: true });
  });
});

describeOnEachEngine('publishing again over a mirror', (current) => {
  const outDir = join(mkdtempSync(join(tmpdir(), 'temoin-republish-')), 'mirror');
  const publish = () => publishSite(current().db, { outDir, baseUrl: null });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('writes only what changed, keeps the rest untouched, and removes what left the site', async () => {
    await loadBundledExampleOnce(current().db);
    const first = await publish();
    expect(first.written).toBe(first.files.length);

    // A file the previous run wrote, and an old file of the site that is no longer in it.
    const source = first.files.find((f) => /^en\/sources\/.+\.html$/.test(f.path))?.path as string;
    const sourceFile = join(outDir, source);
    const touched = new Date('2001-01-01T00:00:00Z');
    utimesSync(sourceFile, touched, touched);
    mkdirSync(join(outDir, 'en', 'updates', 'withdrawn'), { recursive: true });
    writeFileSync(join(outDir, 'en', 'updates', 'withdrawn', 'index.html'), 'old');
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
    manifest.files.push({ path: 'en/updates/withdrawn/index.html', bytes: 3, sha256: 'x' });
    writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest));

    const second = await publish();
    expect(second.written).toBe(0);
    expect(second.removed).toBe(1);
    expect(existsSync(join(outDir, 'en', 'updates', 'withdrawn'))).toBe(false);
    expect(statSync(sourceFile).mtime.toISOString()).toBe(touched.toISOString());
    expect(second.files).toEqual(first.files);

    // A file damaged on disk is written again even though the manifest still lists it.
    writeFileSync(sourceFile, 'truncated');
    expect((await publish()).written).toBe(1);
    expect(createHash('sha256').update(readFileSync(sourceFile)).digest('hex')).toBe(
      first.files.find((f) => f.path === source)?.sha256,
    );
  });
});

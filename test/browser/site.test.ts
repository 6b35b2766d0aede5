// The public site in a real browser (Debian's Chromium through playwright-core): pages in French
// and Russian, an update, print, a phone; axe-core on each; the static mirror opened from disk
// with its links followed. Screenshots go to screenshots/ (not committed) to be looked at.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMirrorLinks } from '../../src/publish/check-links.js';
import { publishSite } from '../../src/publish/publish-site.js';
import { HAS_CHROMIUM, SKIP_REASON } from './chromium.js';
import { SHOTS, type SiteUnderTest, seriousViolations, startExampleSite } from './site-under-test.js';

const UPDATE = 'en/updates/janaozen-what-we-know-17-december';

describe.skipIf(!HAS_CHROMIUM)(`the public site in a browser${SKIP_REASON}`, () => {
  let site: SiteUnderTest;
  const mirror = join(mkdtempSync(join(tmpdir(), 'temoin-browser-')), 'mirror');

  beforeAll(async () => {
    site = await startExampleSite((db) => publishSite(db, { outDir: mirror, baseUrl: null }).then(() => undefined));
  });
  afterAll(async () => {
    await site?.close();
    rmSync(mirror, { recursive: true, force: true });
  });

  async function open(path: string, options: { width?: number; height?: number } = {}) {
    const context = await site.browser.newContext({
      viewport: { width: options.width ?? 1000, height: options.height ?? 900 },
    });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && failed.push(m.text()));
    const response = await page.goto(`${site.base}/${path}`);
    expect(response?.status()).toBe(200);
    return { page, failed, close: () => context.close() };
  }

  it('shows the incident in French, readable and accessible', async () => {
    const { page, failed, close } = await open('fr/incidents/janaozen-2011');
    await expect(page.locator('#tally-killed .span').textContent()).resolves.toContain('Chiffres donnés');
    expect(await page.locator('figure.chart svg').count()).toBe(4);
    expect(await page.locator('figure.map svg .marker').count()).toBeGreaterThan(2);
    await page.screenshot({ path: join(SHOTS, 'incident-fr.png'), fullPage: true });
    await page.screenshot({ path: join(SHOTS, 'incident-fr-top.png') });
    await page.locator('#tally-arrested').screenshot({ path: join(SHOTS, 'incident-fr-arrested.png') });
    expect(await seriousViolations(page)).toEqual([]);
    expect(failed).toEqual([]);
    await close();
  });

  it('shows the incident in Russian, Cyrillic rendered', async () => {
    const { page, failed, close } = await open('ru/incidents/janaozen-2011');
    await expect(page.locator('h2#tallies-h').textContent()).resolves.toBe('Цифры и кто их называет');
    await page.locator('#tally-killed').screenshot({ path: join(SHOTS, 'incident-ru-killed.png') });
    await page.locator('figure.map').screenshot({ path: join(SHOTS, 'incident-ru-map.png') });
    expect(await seriousViolations(page)).toEqual([]);
    expect(failed).toEqual([]);
    await close();
  });

  it('shows an update, and prints it cleanly without the share links', async () => {
    const { page, close } = await open(UPDATE);
    await page.screenshot({ path: join(SHOTS, 'update-en.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.share-links').isVisible()).toBe(false);
    expect(await page.locator('.languages').isVisible()).toBe(false);
    const related = await page
      .locator('.related a')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(related).toContain('https://www.hrw.org/');
    await page.screenshot({ path: join(SHOTS, 'update-en-print.png'), fullPage: true });
    await close();
  });

  it('fits a phone: no sideways scrolling on the incident page', async () => {
    const { page, close } = await open('ru/incidents/janaozen-2011', { width: 375, height: 740 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'incident-ru-phone.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await close();
  });

  it('reads the static mirror from disk, links followed, none broken', async () => {
    expect(checkMirrorLinks(mirror)).toEqual([]);
    const context = await site.browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(mirror, 'index.html')).href);
    await page.getByRole('link', { name: 'Français' }).click();
    expect(page.url()).toMatch(/\/fr\/index\.html$/);
    await page.locator('.incident-list a').first().click();
    expect(page.url()).toMatch(/\/fr\/incidents\/janaozen-2011\.html$/);
    // The stylesheet loaded from disk: the tally box has its coloured edge.
    const edge = await page
      .locator('.tally')
      .first()
      .evaluate((e) => getComputedStyle(e).borderLeftWidth);
    expect(edge).toBe('4px');
    await page.locator('.sources-list, #sources-h ~ article h3 a').first().click();
    expect(page.url()).toMatch(/\/fr\/sources\/[0-9a-f-]+\.html$/);
    await page.getByRole('link', { name: 'Русский' }).click();
    expect(page.url()).toMatch(/\/ru\/sources\/[0-9a-f-]+\.html$/);
    await page.screenshot({ path: join(SHOTS, 'mirror-source-ru.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

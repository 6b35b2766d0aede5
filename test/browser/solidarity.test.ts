import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccounts, TEST_PASSWORD } from '../desk.js';
import { HAS_CHROMIUM, SKIP_REASON } from './chromium.js';
import { SHOTS, type SiteUnderTest, seriousViolations, startExampleSite } from './site-under-test.js';

describe.skipIf(!HAS_CHROMIUM)(`solidarity in a browser${SKIP_REASON}`, () => {
  let site: SiteUnderTest;
  let editorEmail: string;

  beforeAll(async () => {
    site = await startExampleSite(async (db) => {
      editorEmail = (await createAccounts(db)).editor;
    });
  });
  afterAll(async () => {
    await site?.close();
  });

  it('takes a reader’s action through moderation to the public map', async () => {
    // The reader, in French. The public site sends no script (its CSP allows none).
    const readerContext = await site.browser.newContext({ viewport: { width: 1100, height: 1000 } });
    const reader = await readerContext.newPage();
    reader.setDefaultTimeout(5000);
    await reader.goto(`${site.base}/fr/incidents/janaozen-2011`);
    await reader
      .getByRole('link', { name: 'Toutes les actions de solidarité sur une carte, et tous les messages' })
      .click();
    await reader.waitForURL('**/fr/incidents/janaozen-2011/solidarity');
    await expect(reader.locator('figure.world-map text', { hasText: 'Lisbonne' }).count()).resolves.toBe(0);
    await reader.getByRole('link', { name: 'Signaler une action de solidarité' }).click();
    await reader.waitForURL('**/solidarity/new');
    await reader.getByLabel('Date de l’action').fill('2011-12-19');
    await reader.locator('select[name="country"]').selectOption('PT');
    await reader.getByLabel('Ville (facultatif)').fill('Lisbonne');
    await reader.getByLabel('Organisation (facultatif)').fill('Dockers de Lisbonne');
    await reader.getByLabel('Ce qui a été fait').fill('Rassemblement devant l’ambassade du Kazakhstan');
    await reader.screenshot({ path: join(SHOTS, 'solidarity-form-fr.png'), fullPage: true });
    expect(await seriousViolations(reader)).toEqual([]);
    await reader.getByRole('button', { name: 'Envoyer' }).click();
    await expect(reader.getByRole('heading', { name: 'Merci' }).isVisible()).resolves.toBe(true);
    await expect(reader.getByText('apparaîtra sur la page après vérification').isVisible()).resolves.toBe(true);
    await reader.screenshot({ path: join(SHOTS, 'solidarity-thanks-fr.png') });

    // The editor approves it and places the city.
    const editorContext = await site.browser.newContext({ viewport: { width: 1300, height: 1000 } });
    const desk = await editorContext.newPage();
    desk.setDefaultTimeout(5000);
    await desk.goto(`${site.base}/desk/incidents/janaozen-2011/solidarity`);
    await desk.getByLabel('E-mail').fill(editorEmail);
    await desk.getByLabel('Password').fill(TEST_PASSWORD);
    await desk.getByRole('button', { name: 'Log in' }).click();
    await desk.waitForURL('**/desk/incidents/janaozen-2011/solidarity');
    const row = desk.locator('tr', { hasText: 'Rassemblement devant l’ambassade du Kazakhstan' });
    await expect(row.getByText('pending').isVisible()).resolves.toBe(true);
    await desk.screenshot({ path: join(SHOTS, 'solidarity-desk-pending.png'), fullPage: true });
    await row.getByRole('button', { name: 'Approve' }).click();
    await desk.waitForLoadState();
    await expect(row.getByText('approved').isVisible()).resolves.toBe(true);
    await row.getByRole('link', { name: 'Rassemblement devant l’ambassade du Kazakhstan' }).click();
    await desk.getByLabel('Latitude').fill('38.7223');
    await desk.getByLabel('Longitude').fill('-9.1393');
    await desk.getByRole('button', { name: 'Save action' }).click();
    await desk.waitForURL('**/desk/incidents/janaozen-2011/solidarity#action-*');
    await desk.screenshot({ path: join(SHOTS, 'solidarity-desk-approved.png'), fullPage: true });

    // The reader finds it on the map and in the list, in French.
    await reader.goto(`${site.base}/fr/incidents/janaozen-2011/solidarity`);
    const marker = reader.locator('figure.world-map g.marker', { hasText: 'Lisbonne' });
    await expect(marker.count()).resolves.toBe(1);
    await expect(reader.locator('table.by-country tr', { hasText: 'Portugal' }).isVisible()).resolves.toBe(true);
    await expect(
      reader
        .getByText('Rassemblement devant l’ambassade du Kazakhstan (par Dockers de Lisbonne)', { exact: false })
        .isVisible(),
    ).resolves.toBe(true);
    await reader.locator('figure.world-map').screenshot({ path: join(SHOTS, 'solidarity-map-fr.png') });
    await reader.screenshot({ path: join(SHOTS, 'solidarity-page-fr.png'), fullPage: true });
    expect(await seriousViolations(reader)).toEqual([]);

    // The incident page: detainees beside the arrest figures, and the demands.
    await reader.goto(`${site.base}/en/incidents/janaozen-2011`);
    await expect(reader.getByText('5 people known to be held now.').isVisible()).resolves.toBe(true);
    await reader
      .locator('section[aria-labelledby="detainees-h"]')
      .screenshot({ path: join(SHOTS, 'incident-detainees-en.png') });
    await reader
      .locator('section[aria-labelledby="demands-h"]')
      .screenshot({ path: join(SHOTS, 'incident-demands-en.png') });
    await readerContext.close();
    await editorContext.close();
  });
});

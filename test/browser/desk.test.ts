import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccounts, TEST_PASSWORD } from '../desk.js';
import { HAS_CHROMIUM, SKIP_REASON } from './chromium.js';
import { SHOTS, type SiteUnderTest, startExampleSite } from './site-under-test.js';

const REPORT =
  'Call at 18:20. The workers say at least 12 people were killed near the square. ' +
  'According to hospital staff, about 40 people were wounded. Police said 30 people were detained.';

describe.skipIf(!HAS_CHROMIUM)(`the desk in a browser${SKIP_REASON}`, () => {
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

  it('takes a report from paste to the public tally', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1300, height: 1000 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

    await page.goto(`${site.base}/desk/incidents/janaozen-2011`);
    await expect(page.getByRole('heading', { name: 'Log in to the desk' }).isVisible()).resolves.toBe(true);
    await page.getByLabel('E-mail').fill(editorEmail);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL('**/desk/incidents/janaozen-2011');

    await page.getByRole('link', { name: 'Add a report' }).click();
    await page.getByLabel('Text, verbatim').fill(REPORT);
    await page.getByLabel('Public label').fill('Workers, by phone (18:20 call)');
    await page.getByLabel('Received').fill('2011-12-16T18:25');
    await page.getByLabel('Visibility').selectOption('public');
    await page.screenshot({ path: join(SHOTS, 'desk-intake.png'), fullPage: true });
    await page.getByRole('button', { name: 'Add and extract figures' }).click();
    await page.waitForURL('**/desk/sources/**');
    await expect(page.getByText('3 figure(s) proposed for review').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SHOTS, 'desk-review-proposed.png'), fullPage: true });

    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    // First figure with the keyboard (j to it, a to accept), the others with the buttons.
    await page.keyboard.press('j');
    await Promise.all([page.waitForURL(/#claim-/), page.keyboard.press('a')]);
    const cards = page.locator('.claim-card');
    await cards.nth(1).getByRole('button', { name: 'Accept' }).click();
    await page.waitForLoadState();
    await cards.nth(2).getByRole('button', { name: 'Reject' }).click();
    await page.waitForLoadState();
    await expect(page.getByText('0 proposed · 2 accepted · 1 rejected').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SHOTS, 'desk-review-decided.png'), fullPage: true });

    await page.goto(`${site.base}/en/incidents/janaozen-2011`);
    const killed = page.locator('#tally-killed');
    await expect(
      killed.getByText('The workers say at least 12 people were killed near the square.').isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.locator('#tally-injured').getByText('about 40 people were wounded', { exact: false }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.locator('#tally-arrested').getByText('Police said 30 people were detained.').count(),
    ).resolves.toBe(0);
    await killed.screenshot({ path: join(SHOTS, 'desk-public-tally-after.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});

// Writing updates on the desk over HTTP: a draft stays internal, publishing puts it on the site
// and in the feed with its Markdown made safe, a refused save keeps what was typed, and two
// editors saving the same update see both versions.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Browser, browser, createAccounts, logInAs } from '../../../../test/desk.js';
import { describeOnEachEngine } from '../../../../test/engines.js';
import { loadBundledExampleOnce } from '../../../services/bundled-example.js';
import { listAudit } from '../../../store/audit.js';
import { buildApp } from '../../app.js';

const DRAFT = {
  slug: 'janaozen-lawyer-still-held',
  title: 'L’avocate des grévistes toujours détenue',
  byline: 'La rédaction',
  language: 'fr',
  publishedAt: '2011-12-18T08:00',
  incident: 'janaozen-2011',
  translationGroup: '',
  related: 'Le rapport du 16 décembre | https://example.org/rapport',
  body: 'Natalia Sokolova est **toujours détenue**.\n\n<script>alert(1)</script> [piège](javascript:alert(1))',
  visibility: 'internal',
};

describeOnEachEngine('updates written on the desk', (current) => {
  let app: FastifyInstance;
  let editor: Browser;
  let contributor: Browser;
  let otherEditor: Browser;
  const reader = () => browser(app);

  beforeAll(async () => {
    await loadBundledExampleOnce(current().db);
    const emails = await createAccounts(current().db);
    app = await buildApp({ db: current().db });
    editor = await logInAs(app, emails.editor);
    otherEditor = await logInAs(app, emails.admin);
    contributor = await logInAs(app, emails.contributor);
  });
  afterAll(async () => {
    await app.close();
  });

  async function write(fields: Record<string, string>) {
    return editor.post('/desk/updates', { ...fields, _csrf: await editor.csrf('/desk/updates/new') });
  }

  it('keeps a draft off the site, then publishes it with its Markdown made safe', async () => {
    const created = await write(DRAFT);
    expect(created.status).toBe(303);
    const id = /#update-([0-9a-f-]{36})/.exec(created.location ?? '')?.[1] as string;
    expect((await editor.get('/desk/updates')).body).toContain('L’avocate des grévistes toujours détenue');
    expect((await reader().get(`/fr/updates/${DRAFT.slug}`)).status).toBe(404);

    const page = await editor.get(`/desk/updates/${id}`);
    expect(page.body).toContain('Le rapport du 16 décembre | https://example.org/rapport');
    const token = await editor.csrf(`/desk/updates/${id}`);
    const published = await editor.post(`/desk/updates/${id}`, {
      ...DRAFT,
      visibility: 'public',
      version: '1',
      _csrf: token,
    });
    expect(published.status).toBe(303);

    const html = (await reader().get(`/fr/updates/${DRAFT.slug}`)).body;
    expect(html).toContain('<strong>toujours détenue</strong>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
    // The link is refused: its words stay as text, never as an address.
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('[piège](javascript:alert(1))');
    expect(html).toContain('https://example.org/rapport');
    const feed = (await reader().get('/feeds/incidents/janaozen-2011.json')).body;
    expect(feed).toContain('L’avocate des grévistes toujours détenue');

    const audit = await listAudit(current().db, { entity: 'update', entityId: id });
    expect(audit.map((e) => e.action)).toEqual(['update', 'create']);
  });

  it('shows the form again with what was typed and why, when a save is refused', async () => {
    const taken = await write({ ...DRAFT, title: 'Another piece' });
    expect(taken.status).toBe(400);
    expect(taken.body).toContain('slug: The address &quot;janaozen-lawyer-still-held&quot; is taken.');
    expect(taken.body).toContain('Another piece');
    expect(taken.body).toContain('toujours détenue');

    const badLink = await write({ ...DRAFT, slug: 'with-bad-link', related: 'A link | ftp://example.org' });
    expect(badLink.status).toBe(400);
    expect(badLink.body).toContain('related: line 1: an http(s) address after &quot;|&quot;');

    const badIncident = await write({ ...DRAFT, slug: 'nowhere', incident: 'no-such-incident' });
    expect(badIncident.status).toBe(400);
    expect(badIncident.body).toContain('incident: No incident');
    expect((await editor.get('/desk/updates')).body).not.toContain('/desk/updates/nowhere');
  });

  it('shows both versions when two editors save the same update', async () => {
    const created = await write({ ...DRAFT, slug: 'two-editors', title: 'First title' });
    const id = /#update-([0-9a-f-]{36})/.exec(created.location ?? '')?.[1] as string;
    const mine = await editor.csrf(`/desk/updates/${id}`);
    const theirs = await otherEditor.csrf(`/desk/updates/${id}`);
    const fields = { ...DRAFT, slug: 'two-editors', version: '1' };
    expect(
      (await otherEditor.post(`/desk/updates/${id}`, { ...fields, title: 'Their title', _csrf: theirs })).status,
    ).toBe(303);
    const clash = await editor.post(`/desk/updates/${id}`, { ...fields, title: 'My title', _csrf: mine });
    expect(clash.status).toBe(409);
    expect(clash.body).toContain('My title');
    expect(clash.body).toContain('Their title');
  });

  it('keeps updates from contributors', async () => {
    expect((await contributor.get('/desk/updates')).status).toBe(403);
    const token = await contributor.csrf('/desk');
    expect((await contributor.post('/desk/updates', { ...DRAFT, slug: 'by-contributor', _csrf: token })).status).toBe(
      403,
    );
  });
});

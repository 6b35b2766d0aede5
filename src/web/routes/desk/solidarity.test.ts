// Moderation over HTTP: a reader's action and message wait as pending; an editor approves,
// corrects or rejects them with the audit trail and versions; the public page, its map and the
// incident feed follow. Contributors may not moderate.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Browser, browser, createAccounts, logInAs } from '../../../../test/desk.js';
import { describeOnEachEngine } from '../../../../test/engines.js';
import type { Role } from '../../../domain/user.js';
import { loadBundledExampleOnce } from '../../../services/bundled-example.js';
import { listAudit } from '../../../store/audit.js';
import { buildApp } from '../../app.js';

describeOnEachEngine('moderating solidarity', (current) => {
  let app: FastifyInstance;
  const as: Partial<Record<Role, Browser>> = {};
  const editor = () => as.editor as Browser;
  let actionId = '';
  let messageId = '';

  beforeAll(async () => {
    await loadBundledExampleOnce(current().db);
    const emails = await createAccounts(current().db);
    app = await buildApp({ db: current().db });
    for (const role of ['editor', 'contributor'] as const) as[role] = await logInAs(app, emails[role]);
    const reader = browser(app, '198.51.100.7');
    let token = await reader.csrf('/en/incidents/janaozen-2011/solidarity/new');
    await reader.post('/en/incidents/janaozen-2011/solidarity', {
      _csrf: token,
      date: '2011-12-18',
      country: 'PT',
      city: 'Lisbon',
      organisation: 'Dockworkers of Lisbon',
      what: 'Banner at the port gates',
      link: '',
      website: '',
    });
    token = await reader.csrf('/en/incidents/janaozen-2011/messages/new');
    await reader.post('/en/incidents/janaozen-2011/messages', {
      _csrf: token,
      author: 'Nurses of Porto',
      country: 'PT',
      text: 'From our ward to your town: we are with you.',
      website: '',
    });
  });
  afterAll(async () => {
    await app.close();
  });

  const listPage = () => editor().get('/desk/incidents/janaozen-2011/solidarity');

  it('lists pending submissions for an editor, and keeps contributors out', async () => {
    const page = await listPage();
    expect(page.status).toBe(200);
    expect(page.body).toContain('Banner at the port gates');
    expect(page.body).toContain('From our ward to your town');
    actionId = /id="action-([0-9a-f-]{36})"/.exec(page.body)?.[1] as string;
    messageId = /id="message-([0-9a-f-]{36})"/.exec(page.body)?.[1] as string;
    expect(actionId).toBeTruthy();
    const contributor = as.contributor as Browser;
    expect((await contributor.get('/desk/incidents/janaozen-2011/solidarity')).status).toBe(403);
    const token = await contributor.csrf('/desk/incidents/janaozen-2011');
    const tried = await contributor.post(`/desk/solidarity-actions/${actionId}/decision`, {
      _csrf: token,
      status: 'approved',
      version: '1',
    });
    expect(tried.status).toBe(403);
  });

  it('approves an action: it shows in the list by date, on the map and in the feed, with an audit entry', async () => {
    const before = await app.inject('/en/incidents/janaozen-2011/solidarity');
    expect(before.body).not.toContain('Banner at the port gates');
    const token = await editor().csrf('/desk/incidents/janaozen-2011/solidarity');
    const decided = await editor().post(`/desk/solidarity-actions/${actionId}/decision`, {
      _csrf: token,
      status: 'approved',
      version: '1',
    });
    expect(decided.status).toBe(303);
    const page = (await app.inject('/en/incidents/janaozen-2011/solidarity')).body;
    expect(page).toContain(`id="action-${actionId}"`);
    expect(page).toContain('Banner at the port gates');
    // No city coordinates yet: the country is shaded and marked.
    expect(page).toMatch(/<g class="marker country">.*?<text[^>]*>Portugal<\/text>/s);
    // The incident page counts it by country, in the reader's language.
    expect((await app.inject('/fr/incidents/janaozen-2011')).body).toContain('Portugal');
    const feed = (await app.inject('/feeds/incidents/janaozen-2011.atom')).body;
    expect(feed).toContain('Solidarity: Banner at the port gates (Lisbon, Portugal)');
    const audit = await listAudit(current().db, { entity: 'solidarity_action', entityId: actionId });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'update',
      userName: 'Test editor',
      before: { status: 'pending' },
      after: { status: 'approved' },
    });
  });

  it('places the city on the map after an editor adds its coordinates, and refuses a stale save', async () => {
    const form = {
      date: '2011-12-18',
      country: 'PT',
      city: 'Lisbon',
      lat: '38.7223',
      lon: '-9.1393',
      organisation: 'Dockworkers of Lisbon',
      what: 'Banner at the port gates',
      link: '',
      status: 'approved',
    };
    let token = await editor().csrf(`/desk/solidarity-actions/${actionId}`);
    const saved = await editor().post(`/desk/solidarity-actions/${actionId}`, { ...form, _csrf: token, version: '2' });
    expect(saved.status).toBe(303);
    const page = (await app.inject('/en/incidents/janaozen-2011/solidarity')).body;
    expect(page).toMatch(/<g class="marker">.*?<text[^>]*>Lisbon<\/text>/s);
    token = await editor().csrf(`/desk/solidarity-actions/${actionId}`);
    const stale = await editor().post(`/desk/solidarity-actions/${actionId}`, {
      ...form,
      what: 'Someone else’s words',
      _csrf: token,
      version: '2',
    });
    expect(stale.status).toBe(409);
    expect((await app.inject('/en/incidents/janaozen-2011/solidarity')).body).not.toContain('Someone else’s words');
    const history = await editor().get(`/desk/history/solidarity_action/${actionId}`);
    expect(history.status).toBe(200);
  });

  it('approves a message, then rejects it: the public page follows each decision', async () => {
    let token = await editor().csrf('/desk/incidents/janaozen-2011/solidarity');
    await editor().post(`/desk/messages/${messageId}/decision`, { _csrf: token, status: 'approved', version: '1' });
    let page = (await app.inject('/ru/incidents/janaozen-2011')).body;
    expect(page).toContain('From our ward to your town: we are with you.');
    expect(page).toContain('Nurses of Porto');
    token = await editor().csrf('/desk/incidents/janaozen-2011/solidarity');
    await editor().post(`/desk/messages/${messageId}/decision`, { _csrf: token, status: 'rejected', version: '2' });
    page = (await app.inject('/ru/incidents/janaozen-2011')).body;
    expect(page).not.toContain('From our ward to your town');
    const audit = await listAudit(current().db, { entity: 'message', entityId: messageId });
    expect(audit.map((e) => (e.after as { status: string }).status)).toEqual(['rejected', 'approved']);
  });

  it('refuses an invalid correction with the field named', async () => {
    const token = await editor().csrf(`/desk/solidarity-actions/${actionId}`);
    const bad = await editor().post(`/desk/solidarity-actions/${actionId}`, {
      _csrf: token,
      version: '3',
      date: '2011-12-18',
      country: 'XX',
      what: 'x',
      status: 'approved',
      lat: '95',
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('country: a two-letter country code such as BE');
  });
});

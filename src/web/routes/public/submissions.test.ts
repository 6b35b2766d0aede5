// Readers' forms over HTTP: a form page uncached with its CSRF token, refusals with a reason in
// the reader's language, duplicates folded, the per-address limit, and nothing public until an
// editor approves.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { browser } from '../../../../test/desk.js';
import { describeOnEachEngine } from '../../../../test/engines.js';
import { loadBundledExampleOnce } from '../../../services/bundled-example.js';
import { findIncidentBySlug } from '../../../store/incidents.js';
import { listMessagesForDesk } from '../../../store/messages.js';
import { listActionsForDesk } from '../../../store/solidarity-actions.js';
import { buildApp } from '../../app.js';

const ACTION = {
  date: '2011-12-17',
  country: 'be',
  city: 'Liège',
  organisation: 'Steelworkers’ union',
  what: 'A picket at the Kazakh consulate',
  link: 'https://example.org/liege-picket',
  website: '',
};

describeOnEachEngine('readers’ forms', (current) => {
  let app: FastifyInstance;
  let incidentId: string;
  let address = 0;
  /** A reader on an address of their own, so limits of one test do not spill into another. */
  const reader = () => {
    address += 1;
    return browser(app, `203.0.113.${address}`);
  };

  beforeAll(async () => {
    await loadBundledExampleOnce(current().db);
    app = await buildApp({ db: current().db });
    incidentId = (await findIncidentBySlug(current().db, 'janaozen-2011'))?.id as string;
  });
  afterAll(async () => {
    await app.close();
  });

  it('links to the forms from the incident page, and serves them uncached with a token', async () => {
    const c = reader();
    const incident = await c.get('/fr/incidents/janaozen-2011');
    expect(incident.body).toContain('href="/fr/incidents/janaozen-2011/solidarity"');
    expect(incident.body).toContain('href="/fr/incidents/janaozen-2011/messages/new"');
    expect(incident.body).not.toContain('_csrf');
    const solidarity = await c.get('/fr/incidents/janaozen-2011/solidarity');
    expect(solidarity.body).toContain('href="/fr/incidents/janaozen-2011/solidarity/new"');
    expect(solidarity.body).not.toContain('_csrf');
    const form = await app.inject('/fr/incidents/janaozen-2011/solidarity/new');
    expect(form.statusCode).toBe(200);
    expect(form.headers['cache-control']).toBe('no-store');
    expect(form.body).toContain('Signaler une action de solidarité');
    expect(form.body).toMatch(/name="_csrf" value="[^"]+"/);
    expect(form.body).toContain('name="website"');
    expect(form.headers['content-security-policy']).toContain("script-src 'none'");
  });

  it('takes an action as pending and thanks the reader; the public sees nothing yet', async () => {
    const c = reader();
    const token = await c.csrf('/en/incidents/janaozen-2011/solidarity/new');
    const response = await c.post('/en/incidents/janaozen-2011/solidarity', { ...ACTION, _csrf: token });
    expect(response.status).toBe(200);
    expect(response.body).toContain('Your report has been received');
    const stored = (await listActionsForDesk(current().db, incidentId)).map((a) => a.record);
    expect(stored.filter((a) => a.city === 'Liège')).toMatchObject([{ status: 'pending', country: 'BE' }]);
    expect((await app.inject('/en/incidents/janaozen-2011/solidarity')).body).not.toContain('Liège');
  });

  it('folds the same action sent again (other case and spacing) into the one record', async () => {
    const c = reader();
    const token = await c.csrf('/en/incidents/janaozen-2011/solidarity/new');
    const again = await c.post('/en/incidents/janaozen-2011/solidarity', {
      ...ACTION,
      what: '  a picket at the  KAZAKH consulate ',
      _csrf: token,
    });
    expect(again.status).toBe(200);
    expect(again.body).toContain('Your report has been received');
    const stored = (await listActionsForDesk(current().db, incidentId)).filter((a) => a.record.city === 'Liège');
    expect(stored).toHaveLength(1);
  });

  it('refuses markup, a filled trap field, too many links and a bad country, saying why in the reader’s language', async () => {
    const c = reader();
    const token = await c.csrf('/ru/incidents/janaozen-2011/messages/new');
    const send = (form: Record<string, string>) =>
      c.post('/ru/incidents/janaozen-2011/messages', { author: 'Anna', text: 'Мы с вами.', _csrf: token, ...form });
    const markup = await send({ text: '<a href="https://x.example">click</a>' });
    expect(markup.status).toBe(400);
    expect(markup.body).toContain('В поле «Послание» есть HTML');
    expect(markup.body).not.toContain('<a href="https://x.example">');
    expect((await send({ website: 'https://spam.example' })).body).toContain(
      'Заполнено поле, которое должно оставаться пустым',
    );
    const links = await send({ text: 'https://a.example https://b.example https://c.example' });
    expect(links.status).toBe(400);
    expect(links.body).toContain('не более 2 ссылок');
    const country = await send({ country: 'ZZ' });
    expect(country.status).toBe(400);
    expect(country.body).toContain('выберите страну из списка');
    const messages = await listMessagesForDesk(current().db, incidentId);
    expect(messages).toHaveLength(0);
  });

  it('refuses a form without its token, in the reader’s language', async () => {
    const c = reader();
    const response = await c.post('/fr/incidents/janaozen-2011/messages', { author: 'Anna', text: 'Solidarité' });
    expect(response.status).toBe(403);
    expect(response.body).toContain('Ce formulaire a expiré');
  });

  it('refuses a date in the future and a link that is not a web address', async () => {
    const c = reader();
    const token = await c.csrf('/en/incidents/janaozen-2011/solidarity/new');
    const future = await c.post('/en/incidents/janaozen-2011/solidarity', {
      ...ACTION,
      date: '2999-01-01',
      _csrf: token,
    });
    expect(future.status).toBe(400);
    expect(future.body).toContain('The field “Date of the action” is not valid');
    const link = await c.post('/en/incidents/janaozen-2011/solidarity', {
      ...ACTION,
      link: 'javascript:alert(1)',
      _csrf: token,
    });
    expect(link.status).toBe(400);
    expect(link.body).toContain('starting with https://');
  });

  it('limits one address to five submissions in ten minutes', async () => {
    const c = reader();
    const token = await c.csrf('/en/incidents/janaozen-2011/messages/new');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const r = await c.post('/en/incidents/janaozen-2011/messages', {
        author: `Sender ${i}`,
        text: `Message ${i}`,
        _csrf: token,
      });
      statuses.push(r.status);
      if (r.status === 429) expect(r.body).toContain('Too many submissions');
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    // Another reader is not held back.
    const other = reader();
    const otherToken = await other.csrf('/en/incidents/janaozen-2011/messages/new');
    expect(
      (await other.post('/en/incidents/janaozen-2011/messages', { author: 'B', text: 'Hi', _csrf: otherToken })).status,
    ).toBe(200);
  });

  it('counts an IPv6 sender by its /64, so new addresses from one network share one limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const c = browser(app, `2001:db8:77:1::${i + 1}`);
      const token = await c.csrf('/en/incidents/janaozen-2011/messages/new');
      statuses.push(
        (await c.post('/en/incidents/janaozen-2011/messages', { author: 'R', text: `Hop ${i}`, _csrf: token })).status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const neighbour = browser(app, '2001:db8:77:2::1');
    const token = await neighbour.csrf('/en/incidents/janaozen-2011/messages/new');
    expect(
      (await neighbour.post('/en/incidents/janaozen-2011/messages', { author: 'N', text: 'Hi', _csrf: token })).status,
    ).toBe(200);
  });

  it('answers 404 for an incident that is not public', async () => {
    expect((await app.inject('/en/incidents/no-such-incident/solidarity/new')).statusCode).toBe(404);
    expect((await app.inject('/xx/incidents/janaozen-2011/solidarity/new')).statusCode).toBe(404);
  });
});

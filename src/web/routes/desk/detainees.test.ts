// The detainees-and-demands desk over HTTP: forms for a person, a status and a demand, each
// shown on the public page after saving; contributors kept out.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Browser, createAccounts, logInAs } from '../../../../test/desk.js';
import { describeOnEachEngine } from '../../../../test/engines.js';
import { loadBundledExampleOnce } from '../../../services/bundled-example.js';
import { buildApp } from '../../app.js';

describeOnEachEngine('the detainees desk', (current) => {
  let app: FastifyInstance;
  let editor: Browser;
  let contributor: Browser;

  beforeAll(async () => {
    await loadBundledExampleOnce(current().db);
    const emails = await createAccounts(current().db);
    app = await buildApp({ db: current().db });
    editor = await logInAs(app, emails.editor);
    contributor = await logInAs(app, emails.contributor);
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists people and demands for an editor; a contributor may not open it', async () => {
    const page = await editor.get('/desk/incidents/janaozen-2011/detainees');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Natalia Sokolova');
    expect(page.body).toContain('protected: a member of the Socialist Movement of Kazakhstan (1 of 4)');
    expect(page.body).toContain('Stop the military operation');
    expect((await contributor.get('/desk/incidents/janaozen-2011/detainees')).status).toBe(403);
  });

  it('adds a protected person with a first status, then a new status: the public sees the descriptor and latest status', async () => {
    let token = await editor.csrf('/desk/incidents/janaozen-2011/detainees');
    const added = await editor.post('/desk/incidents/janaozen-2011/persons', {
      _csrf: token,
      name: 'Hidden Name',
      protected: 'on',
      descriptor: 'a welder, 29',
      role: 'welder at ÖzenMunayGaz',
      detainedPlace: 'Janaözen',
      detainedAt: '2011-12-17',
      lawyer: '',
      notes: '',
      visibility: 'public',
      status: 'detained',
      statusDate: '',
    });
    expect(added.status).toBe(303);
    const personId = /#person-([0-9a-f-]{36})/.exec(added.location ?? '')?.[1] as string;
    token = await editor.csrf(`/desk/persons/${personId}`);
    const status = await editor.post(`/desk/persons/${personId}/status`, {
      _csrf: token,
      version: '1',
      status: 'released',
      date: '2012-02-01',
      sourceId: '',
      note: '',
    });
    expect(status.status).toBe(303);
    const page = (await app.inject('/en/incidents/janaozen-2011')).body;
    expect(page).toContain('a welder, 29');
    expect(page).toMatch(/a welder, 29<\/strong> — <span class="status released">released<\/span>/);
    expect(page).not.toContain('Hidden Name');
    expect(page).toContain('5 people known to be held now.');
    const stale = await editor.post(`/desk/persons/${personId}/status`, {
      _csrf: token,
      version: '1',
      status: 'detained',
      date: '2012-03-01',
    });
    expect(stale.status).toBe(409);
  });

  it('changes a demand’s status from its form', async () => {
    const list = (await editor.get('/desk/incidents/janaozen-2011/detainees')).body;
    const demandId = /href="\/desk\/demands\/([0-9a-f-]{36})">The president/.exec(list)?.[1] as string;
    const token = await editor.csrf(`/desk/demands/${demandId}`);
    const saved = await editor.post(`/desk/demands/${demandId}`, {
      _csrf: token,
      version: '1',
      number: '5',
      text: 'The president and the government to step down at once.',
      language: 'en',
      status: 'dropped',
      statusDate: '2012-01-15',
    });
    expect(saved.status).toBe(303);
    const page = (await app.inject('/fr/incidents/janaozen-2011')).body;
    expect(page).toContain('abandonnée, depuis le 15 janv. 2012');
  });
});

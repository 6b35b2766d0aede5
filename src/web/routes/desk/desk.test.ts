// The desk over HTTP, as a browser uses it: roles on every route, CSRF, throttled logins,
// intake and review, lost updates, the audit trail, and protected identities kept off the site.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Browser, browser, createAccounts, logInAs, multipart } from '../../../../test/desk.js';
import { describeOnEachEngine } from '../../../../test/engines.js';
import type { Role } from '../../../domain/user.js';
import { loadBundledExampleOnce } from '../../../services/bundled-example.js';
import { buildApp } from '../../app.js';

const REPORT =
  'Appel de 18h20. Selon les grévistes, au moins 12 personnes ont été tuées près du square. La police dit que 40 personnes ont été arrêtées.';

describeOnEachEngine('the desk', (current) => {
  let app: FastifyInstance;
  let emails: Record<Role, string>;
  const as: Partial<Record<Role, Browser>> = {};

  beforeAll(async () => {
    await loadBundledExampleOnce(current().db);
    emails = await createAccounts(current().db);
    app = await buildApp({ db: current().db });
    for (const role of ['admin', 'editor', 'contributor'] as const) as[role] = await logInAs(app, emails[role]);
  });
  afterAll(async () => {
    await app.close();
  });

  const client = (role: Role) => as[role] as Browser;

  /** Adds a report as `role` and returns the review page's address. */
  async function addReport(role: Role, extra: Record<string, string> = {}) {
    const c = client(role);
    const token = await c.csrf('/desk/incidents/janaozen-2011/sources/new');
    const body = multipart({
      _csrf: token,
      intake: 'paste',
      text: REPORT,
      label: 'Workers, by phone (18:20)',
      kind: 'witness',
      language: '',
      receivedAt: '2011-12-16T18:25',
      url: '',
      witnessName: 'Marker-Witness-7f3a',
      witnessContact: '+7 700 555 0199',
      visibility: 'public',
      ...extra,
    });
    const response = await app.inject({
      method: 'POST',
      url: '/desk/incidents/janaozen-2011/sources',
      headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': body.contentType },
      payload: body.payload,
    });
    return response;
  }

  async function ids() {
    const page = (await client('editor').get('/desk/incidents/janaozen-2011')).body;
    const sourceIds = [...page.matchAll(/href="\/desk\/sources\/([0-9a-f-]{36})"/g)].map((m) => m[1] as string);
    let sourceId = '';
    let claimId = '';
    for (const id of sourceIds) {
      const review = (await client('editor').get(`/desk/sources/${id}`)).body;
      claimId = /data-claim="([0-9a-f-]{36})"/.exec(review)?.[1] ?? '';
      sourceId = id;
      if (claimId) break;
    }
    const eventId = /href="\/desk\/events\/([0-9a-f-]{36})"/.exec(page)?.[1] as string;
    const placeId = /href="\/desk\/places\/([0-9a-f-]{36})"/.exec(page)?.[1] as string;
    const users = (await client('admin').get('/desk/users')).body;
    const userId = /action="\/desk\/users\/([0-9a-f-]{36})"/.exec(users)?.[1] as string;
    const solidarity = (await client('editor').get('/desk/incidents/janaozen-2011/solidarity')).body;
    const actionId = /href="\/desk\/solidarity-actions\/([0-9a-f-]{36})"/.exec(solidarity)?.[1] as string;
    const detainees = (await client('editor').get('/desk/incidents/janaozen-2011/detainees')).body;
    const personId = /href="\/desk\/persons\/([0-9a-f-]{36})"/.exec(detainees)?.[1] as string;
    const demandId = /href="\/desk\/demands\/([0-9a-f-]{36})"/.exec(detainees)?.[1] as string;
    const updates = (await client('editor').get('/desk/updates')).body;
    const updateId = /href="\/desk\/updates\/([0-9a-f-]{36})"/.exec(updates)?.[1] as string;
    return { sourceId, eventId, placeId, claimId, userId, actionId, personId, demandId, updateId };
  }

  it('sends a reader without a session to the login page, and refuses their forms', async () => {
    const reader = browser(app);
    const page = await reader.get('/desk/incidents/janaozen-2011');
    expect(page.status).toBe(303);
    expect(page.location).toBe('/desk/login?next=%2Fdesk%2Fincidents%2Fjanaozen-2011');
    const token = await reader.csrf('/desk/login');
    expect((await reader.post('/desk/incidents', { _csrf: token, title: 'x' })).status).toBe(401);
  });

  it('checks the role on every desk route', async () => {
    const { sourceId, eventId, placeId, claimId, userId, actionId, personId, demandId, updateId } = await ids();
    // The example has no message yet: an unknown one must still be refused by role before it is looked up.
    const messageId = '00000000-0000-4000-8000-000000000000';
    expect([actionId, personId, demandId, updateId].every(Boolean)).toBe(true);
    const editorOnly: Role[] = ['editor', 'admin'];
    const everyone: Role[] = ['contributor', 'editor', 'admin'];
    const routes: { method: 'GET' | 'POST'; url: string; allowed: Role[]; form?: Record<string, string> }[] = [
      { method: 'GET', url: '/desk', allowed: everyone },
      { method: 'GET', url: '/desk/incidents/janaozen-2011', allowed: everyone },
      { method: 'GET', url: '/desk/incidents/janaozen-2011/sources/new', allowed: everyone },
      { method: 'GET', url: `/desk/sources/${sourceId}`, allowed: everyone },
      { method: 'GET', url: `/desk/history/claim/${claimId}`, allowed: everyone },
      { method: 'GET', url: '/desk/incidents/janaozen-2011/edit', allowed: editorOnly },
      { method: 'GET', url: `/desk/events/${eventId}`, allowed: editorOnly },
      { method: 'GET', url: `/desk/places/${placeId}`, allowed: editorOnly },
      { method: 'GET', url: '/desk/users', allowed: ['admin'] },
      { method: 'GET', url: `/desk/history/user/${userId}`, allowed: ['admin'] },
      {
        method: 'POST',
        url: `/desk/claims/${claimId}/decision`,
        allowed: editorOnly,
        form: { decision: 'proposed', version: '1' },
      },
      {
        method: 'POST',
        url: `/desk/claims/${claimId}`,
        allowed: editorOnly,
        form: { metric: 'killed', min: '1', max: '1', status: 'proposed', version: '1' },
      },
      {
        method: 'POST',
        url: `/desk/sources/${sourceId}/claims`,
        allowed: everyone,
        form: { quote: 'x', metric: 'killed', min: '1', max: '1' },
      },
      {
        method: 'POST',
        url: `/desk/sources/${sourceId}`,
        allowed: editorOnly,
        form: { label: 'L', kind: 'witness', visibility: 'public', version: '99' },
      },
      {
        method: 'POST',
        url: '/desk/incidents',
        allowed: editorOnly,
        form: { title: 'T', slug: 'x', timezone: 'UTC', startedAt: 'bad', language: 'en' },
      },
      {
        method: 'POST',
        url: '/desk/incidents/janaozen-2011',
        allowed: editorOnly,
        form: {
          title: 'T',
          language: 'en',
          timezone: 'Asia/Aqtau',
          startedAt: '2011-12-16T10:00',
          visibility: 'public',
          version: '99',
        },
      },
      {
        method: 'POST',
        url: '/desk/incidents/janaozen-2011/events',
        allowed: editorOnly,
        form: { atLocal: 'bad', atPrecision: 'hour', title: 'T', visibility: 'internal' },
      },
      {
        method: 'POST',
        url: `/desk/events/${eventId}`,
        allowed: editorOnly,
        form: { atLocal: 'bad', atPrecision: 'hour', title: 'T', visibility: 'internal' },
      },
      {
        method: 'POST',
        url: '/desk/incidents/janaozen-2011/places',
        allowed: editorOnly,
        form: { key: 'k', nameEn: 'N', kind: 'town', lat: '100', lon: '0' },
      },
      {
        method: 'POST',
        url: `/desk/places/${placeId}`,
        allowed: editorOnly,
        form: { nameEn: 'N', kind: 'town', lat: '100', lon: '0' },
      },
      {
        method: 'POST',
        url: '/desk/users',
        allowed: ['admin'],
        form: { email: 'not-an-email', name: 'N', role: 'editor' },
      },
      { method: 'POST', url: `/desk/users/${userId}`, allowed: ['admin'], form: { role: 'bogus' } },
      { method: 'GET', url: '/desk/incidents/janaozen-2011/solidarity', allowed: editorOnly },
      { method: 'GET', url: `/desk/solidarity-actions/${actionId}`, allowed: editorOnly },
      { method: 'GET', url: `/desk/messages/${messageId}`, allowed: editorOnly },
      { method: 'GET', url: '/desk/incidents/janaozen-2011/detainees', allowed: editorOnly },
      { method: 'GET', url: `/desk/persons/${personId}`, allowed: editorOnly },
      { method: 'GET', url: `/desk/demands/${demandId}`, allowed: editorOnly },
      {
        method: 'POST',
        url: `/desk/solidarity-actions/${actionId}/decision`,
        allowed: editorOnly,
        form: { status: 'bogus', version: '1' },
      },
      { method: 'POST', url: `/desk/solidarity-actions/${actionId}`, allowed: editorOnly, form: { version: '99' } },
      {
        method: 'POST',
        url: `/desk/messages/${messageId}/decision`,
        allowed: editorOnly,
        form: { status: 'bogus', version: '1' },
      },
      { method: 'POST', url: `/desk/messages/${messageId}`, allowed: editorOnly, form: { version: '99' } },
      { method: 'POST', url: '/desk/incidents/janaozen-2011/persons', allowed: editorOnly, form: { descriptor: '' } },
      { method: 'POST', url: `/desk/persons/${personId}`, allowed: editorOnly, form: { version: '99' } },
      { method: 'POST', url: `/desk/persons/${personId}/status`, allowed: editorOnly, form: { status: 'bogus' } },
      { method: 'POST', url: '/desk/incidents/janaozen-2011/demands', allowed: editorOnly, form: { text: '' } },
      { method: 'POST', url: `/desk/demands/${demandId}`, allowed: editorOnly, form: { version: '99' } },
      { method: 'GET', url: '/desk/updates', allowed: editorOnly },
      { method: 'GET', url: '/desk/updates/new', allowed: editorOnly },
      { method: 'GET', url: `/desk/updates/${updateId}`, allowed: editorOnly },
      { method: 'POST', url: '/desk/updates', allowed: editorOnly, form: { slug: 'Bad Slug' } },
      {
        method: 'POST',
        url: `/desk/updates/${updateId}`,
        allowed: editorOnly,
        form: { slug: 'Bad Slug', version: '99' },
      },
    ];
    for (const route of routes) {
      for (const role of ['contributor', 'editor', 'admin'] as const) {
        const c = client(role);
        const response =
          route.method === 'GET'
            ? await c.get(route.url)
            : await c.post(route.url, { ...route.form, _csrf: await c.csrf('/desk') });
        const where = `${role} ${route.method} ${route.url}`;
        if (route.allowed.includes(role)) expect([401, 403], where).not.toContain(response.status);
        else expect(response.status, where).toBe(403);
      }
      const reader = browser(app);
      const anonymous =
        route.method === 'GET'
          ? await reader.get(route.url)
          : await reader.post(route.url, { ...route.form, _csrf: await reader.csrf('/desk/login') });
      expect(anonymous.status, `anonymous ${route.method} ${route.url}`).toBe(route.method === 'GET' ? 303 : 401);
    }
  });

  it("refuses a form without its CSRF token, or with another session's token", async () => {
    const { claimId } = await ids();
    const editor = client('editor');
    expect((await editor.post(`/desk/claims/${claimId}/decision`, { decision: 'accepted', version: '1' })).status).toBe(
      403,
    );
    const othersToken = await client('admin').csrf('/desk');
    const response = await editor.post(`/desk/claims/${claimId}/decision`, {
      decision: 'accepted',
      version: '1',
      _csrf: othersToken,
    });
    expect(response.status).toBe(403);
    expect(response.body).toContain('This form has expired or did not come from the desk');
  });

  it('throttles logins per account after repeated failures', async () => {
    const attacker = browser(app, '10.66.0.1');
    let last = 0;
    for (let i = 0; i < 6; i += 1) {
      const token = await attacker.csrf('/desk/login');
      last = (await attacker.post('/desk/login', { email: emails.contributor, password: `wrong ${i}`, _csrf: token }))
        .status;
    }
    expect(last).toBe(429);
    // The right password from elsewhere is refused too while the account is throttled.
    const owner = browser(app, '10.66.0.2');
    const token = await owner.csrf('/desk/login');
    const response = await owner.post('/desk/login', {
      email: emails.contributor,
      password: 'a long test password',
      _csrf: token,
    });
    expect(response.status).toBe(429);
    expect(response.body).toContain('Too many failed attempts');
  });

  it('takes a pasted report verbatim, proposes its figures, and publishes those an editor accepts', async () => {
    const added = await addReport('editor');
    expect(added.statusCode).toBe(303);
    const review = await client('editor').get(added.headers.location as string);
    expect(review.body).toContain('2 figure(s) proposed for review');
    expect(review.body).toContain('Marker-Witness-7f3a');
    const claimIds = [...review.body.matchAll(/data-claim="([0-9a-f-]{36})"/g)].map((m) => m[1] as string);
    expect(claimIds).toHaveLength(2);

    const inTally = /“<span lang="fr">Selon les grévistes, au moins 12 personnes[^<]*<\/span>”/;
    const arrestsInTally = /“<span lang="fr">La police dit que 40 personnes/;
    const before = (await app.inject('/en/incidents/janaozen-2011')).body;
    expect(before).not.toMatch(inTally);
    const token = await client('editor').csrf(added.headers.location as string);
    const accepted = await client('editor').post(`/desk/claims/${claimIds[0]}/decision`, {
      decision: 'accepted',
      version: '1',
      _csrf: token,
    });
    expect(accepted.status).toBe(303);
    const rejected = await client('editor').post(`/desk/claims/${claimIds[1]}/decision`, {
      decision: 'rejected',
      version: '1',
      _csrf: token,
    });
    expect(rejected.status).toBe(303);

    const after = (await app.inject('/en/incidents/janaozen-2011')).body;
    expect(after).toMatch(inTally);
    expect(after).not.toMatch(arrestsInTally);
    expect(after).not.toContain('Marker-Witness-7f3a');
    expect(after).not.toContain('555 0199');
  });

  it("keeps a witness identity from a contributor, and keeps a contributor's report internal", async () => {
    const added = await addReport('contributor', { visibility: 'public' });
    expect(added.statusCode).toBe(303);
    const review = await client('contributor').get(added.headers.location as string);
    expect(review.body).not.toContain('Marker-Witness-7f3a');
    expect(review.body).toContain('<span class="visibility internal">internal</span>');
    expect(review.body).not.toContain('>Accept<');
    const sourceId = /\/desk\/sources\/([0-9a-f-]{36})/.exec(added.headers.location as string)?.[1];
    const history = await client('contributor').get(`/desk/history/source/${sourceId}`);
    expect(history.body).not.toContain('Marker-Witness-7f3a');
    expect(history.body).toContain('(protected)');
  });

  it('says what is wrong with a bad report next to the field, and writes nothing', async () => {
    const countSources = async () =>
      [...(await client('editor').get('/desk/incidents/janaozen-2011')).body.matchAll(/href="\/desk\/sources\//g)]
        .length;
    const before = await countSources();
    const empty = await addReport('editor', { text: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('id="intake-text-error"');
    const badDate = await addReport('editor', { receivedAt: '2011-02-30T10:00' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.body).toContain('not a real date');
    const badUrl = await addReport('editor', { url: 'javascript:alert(1)' });
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.body).toContain('id="intake-url-error"');
    const huge = await addReport('editor', { text: 'x'.repeat(3 * 1024 * 1024) });
    expect(huge.statusCode).toBe(400);
    expect(huge.body).toContain('at most 2 MB');
    expect(await countSources()).toBe(before);
  });

  it('refuses a binary upload and takes a UTF-8 text file', async () => {
    const c = client('editor');
    const send = async (content: Buffer) => {
      const token = await c.csrf('/desk/incidents/janaozen-2011/sources/new');
      const body = multipart(
        {
          _csrf: token,
          intake: 'upload',
          text: '',
          label: 'Upload',
          kind: 'press',
          language: '',
          receivedAt: '2011-12-17T09:00',
          visibility: 'internal',
        },
        { name: 'file', filename: 'report.txt', content },
      );
      return app.inject({
        method: 'POST',
        url: '/desk/incidents/janaozen-2011/sources',
        headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': body.contentType },
        payload: body.payload,
      });
    };
    const binary = await send(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(binary.statusCode).toBe(400);
    expect(binary.body).toContain('holds binary data');
    const text = await send(Buffer.from('По словам рабочих, задержаны не менее 30 человек.', 'utf8'));
    expect(text.statusCode).toBe(303);
  });

  it('names a figure whose max is below its min, and a quote that is not in the text', async () => {
    const added = await addReport('editor');
    const sourceId = /\/desk\/sources\/([0-9a-f-]{36})/.exec(added.headers.location as string)?.[1] as string;
    const c = client('editor');
    const token = await c.csrf(`/desk/sources/${sourceId}`);
    const reversed = await c.post(`/desk/sources/${sourceId}/claims`, {
      _csrf: token,
      quote: 'Appel de 18h20',
      metric: 'killed',
      min: '10',
      max: '5',
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body).toContain('max (5) is below min (10)');
    const elsewhere = await c.post(`/desk/sources/${sourceId}/claims`, {
      _csrf: token,
      quote: 'words from nowhere',
      metric: 'killed',
      min: '1',
      max: '1',
    });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body).toContain('not in the text of the source');
  });

  it('shows both versions when two editors save the same claim, and overwrites nothing', async () => {
    const added = await addReport('editor');
    const review = (await client('editor').get(added.headers.location as string)).body;
    const claimId = /data-claim="([0-9a-f-]{36})"/.exec(review)?.[1] as string;
    const first = client('editor');
    const second = client('admin');
    const form = { metric: 'killed', max: '', status: 'accepted', attribution: 'the workers', version: '1' };
    const saved = await first.post(`/desk/claims/${claimId}`, { ...form, min: '12', _csrf: await first.csrf('/desk') });
    expect(saved.status).toBe(303);
    const clash = await second.post(`/desk/claims/${claimId}`, {
      ...form,
      min: '13',
      _csrf: await second.csrf('/desk'),
    });
    expect(clash.status).toBe(409);
    expect(clash.body).toContain('was changed while you were editing it');
    expect(clash.body).toMatch(/<th scope="row">min<\/th><td>12<\/td><td>13<\/td>/);
    const history = await first.get(`/desk/history/claim/${claimId}`);
    expect([...history.body.matchAll(/ · update/g)]).toHaveLength(1);
  });

  it('records every change with who, when, before and after', async () => {
    const added = await addReport('editor');
    const sourceId = /\/desk\/sources\/([0-9a-f-]{36})/.exec(added.headers.location as string)?.[1] as string;
    const review = (await client('editor').get(`/desk/sources/${sourceId}`)).body;
    const claimId = /data-claim="([0-9a-f-]{36})"/.exec(review)?.[1] as string;
    await client('editor').post(`/desk/claims/${claimId}/decision`, {
      decision: 'rejected',
      version: '1',
      _csrf: await client('editor').csrf('/desk'),
    });
    const history = (await client('editor').get(`/desk/history/claim/${claimId}`)).body;
    expect(history).toContain('<strong>Test editor</strong> · update');
    expect(history).toContain('<strong>Test editor</strong> · create');
    expect(history).toMatch(/<th scope="row">status<\/th><td>&quot;proposed&quot;<\/td><td>&quot;rejected&quot;<\/td>/);
  });

  it('offers the names already used for who says what, so one side keeps one name', async () => {
    const added = await addReport('editor');
    const review = (await client('editor').get(added.headers.location as string)).body;
    expect(review).toContain('<datalist id="known-parties">');
    expect(review).toContain('<option value="the Ministry of Foreign Affairs"></option>');
  });

  it('corrects a report as a new version and keeps the old text and its figures', async () => {
    const added = await addReport('editor');
    const oldUrl = added.headers.location as string;
    const oldPage = (await client('editor').get(oldUrl)).body;
    const oldHash = /SHA-256 <code>([0-9a-f]{16})/.exec(oldPage)?.[1];
    const oldId = /\/desk\/sources\/([0-9a-f-]{36})/.exec(oldUrl)?.[1] as string;
    const c = client('editor');
    const corrected = await c.post(`/desk/sources/${oldId}/correction`, {
      _csrf: await c.csrf(oldUrl),
      text: REPORT.replace('au moins 12', 'au moins 14'),
    });
    expect(corrected.status).toBe(303);
    const newPage = (await c.get(corrected.location as string)).body;
    expect(newPage).toContain(`This text corrects <a href="/desk/sources/${oldId}">`);
    expect(newPage).toContain('Marker-Witness-7f3a');
    const oldAgain = (await c.get(`/desk/sources/${oldId}`)).body;
    expect(/SHA-256 <code>([0-9a-f]{16})/.exec(oldAgain)?.[1]).toBe(oldHash);
    expect(oldAgain).toContain('A corrected text of this report exists');
    expect([...oldAgain.matchAll(/data-claim=/g)]).toHaveLength(2);
  });

  it('logs out and closes the session', async () => {
    const c = await logInAs(app, emails.editor);
    const token = await c.csrf('/desk');
    expect((await c.post('/desk/logout', { _csrf: token })).status).toBe(303);
    expect((await c.get('/desk')).status).toBe(303);
  });
});

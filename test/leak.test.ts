// Protected identities and internal records of the bundled example must appear in no public
// response: not in a page, not in the API. Markers are taken from the example's own data.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { extractClaims } from '../src/extract/index.js';
import { publishSite } from '../src/publish/publish-site.js';
import { BUNDLED_EXAMPLE_DIR, loadBundledExampleOnce } from '../src/services/bundled-example.js';
import { createUser } from '../src/services/desk/accounts.js';
import { createPerson } from '../src/services/desk/detainees.js';
import { addReport } from '../src/services/desk/intake.js';
import { createEvent, createIncident } from '../src/services/desk/records.js';
import { addClaimByHand } from '../src/services/desk/review.js';
import { decideMessage } from '../src/services/desk/solidarity.js';
import { createUpdate } from '../src/services/desk/updates.js';
import { submitAction, submitMessage } from '../src/services/submissions.js';
import { buildApp } from '../src/web/app.js';
import { TEST_SCRYPT_COST } from './desk.js';
import { describeOnEachEngine } from './engines.js';

interface ExampleManifest {
  sources: { textFile: string; visibility: string; witness: { name: string; contact: string } | null }[];
  events: { title: string; visibility: string }[];
  updates: { slug: string }[];
}

const manifest = JSON.parse(readFileSync(join(BUNDLED_EXAMPLE_DIR, 'incident.json'), 'utf8')) as ExampleManifest;

/** Strings that only the desk may see: witness names and contacts, internal texts and events. */
const markers = [
  ...manifest.sources.flatMap((s) => (s.witness ? [s.witness.name, s.witness.contact].filter(Boolean) : [])),
  ...manifest.sources
    .filter((s) => s.visibility === 'internal')
    .map((s) => readFileSync(join(BUNDLED_EXAMPLE_DIR, s.textFile), 'utf8').trim().split('\n')[0] as string),
  ...manifest.events.filter((e) => e.visibility === 'internal').map((e) => e.title),
];

/** Plants a unique marker through the desk in every internal field and protected identity. */
async function plantDeskMarkers(db: Parameters<typeof createIncident>[0]): Promise<string[]> {
  const { user: editor } = await createUser(
    db,
    { email: 'leak-editor@test.org', name: 'Leak editor', role: 'editor', password: 'a long test password' },
    TEST_SCRYPT_COST,
  );
  const planted = {
    internalIncident: 'LEAK-internal-incident-title-91c2',
    witnessName: 'LEAK-witness-name-4b7e',
    witnessContact: 'LEAK-witness-contact-0d19',
    internalText: 'LEAK-internal-report-text-55aa',
    internalEvent: 'LEAK-internal-event-title-77f0',
    internalEventDetail: 'LEAK-internal-event-detail-3e21',
    proposedAttribution: 'LEAK-proposed-attribution-c4d8',
  };
  await createIncident(db, editor, {
    slug: 'leak-internal',
    title: planted.internalIncident,
    summary: planted.internalIncident,
    language: 'en',
    timezone: 'UTC',
    startedAtLocal: '2020-01-01T10:00',
    visibility: 'internal',
  });
  const report = (text: string, visibility: 'public' | 'internal', witness: { name: string; contact: string } | null) =>
    addReport(
      db,
      editor,
      'janaozen-2011',
      {
        kind: 'witness',
        label: 'Workers, by phone (late call)',
        language: 'en',
        receivedAtLocal: '2011-12-16T22:00',
        url: null,
        text,
        witness,
        visibility,
        intake: 'call-note',
      },
      extractClaims,
    );
  const publicCall = await report('The workers say 3 more people were killed at night.', 'public', {
    name: planted.witnessName,
    contact: planted.witnessContact,
  });
  await report(`${planted.internalText}: 9 people were detained.`, 'internal', null);
  await createEvent(db, editor, 'janaozen-2011', {
    at: { local: '2011-12-16T22:30', precision: 'minute', approx: false, by: false },
    placeId: null,
    title: planted.internalEvent,
    description: planted.internalEventDetail,
    sourceIds: [publicCall.sourceId],
    visibility: 'internal',
  });
  await addClaimByHand(db, editor, publicCall.sourceId, {
    quote: '3 more people were killed',
    start: null,
    metric: 'killed',
    min: 3,
    max: 3,
    approx: false,
    hedged: false,
    attribution: planted.proposedAttribution,
    subject: null,
    asOf: null,
    status: 'proposed',
  });
  // Detained people: a protected person's name, role, place, lawyer, notes and status note, and
  // an internal person altogether.
  const person = {
    protectedName: 'LEAK-protected-person-name-8a1f',
    protectedRole: 'LEAK-protected-person-role-2c3d',
    protectedPlace: 'LEAK-protected-person-place-6e4b',
    protectedLawyer: 'LEAK-protected-person-lawyer-19dd',
    protectedNotes: 'LEAK-protected-person-notes-a0b2',
    protectedStatusNote: 'LEAK-protected-status-note-f3c1',
    publicPersonLawyer: 'LEAK-public-person-lawyer-7c55',
    publicPersonNotes: 'LEAK-public-person-notes-0e9a',
    internalPerson: 'LEAK-internal-person-name-d2e6',
  };
  await createPerson(
    db,
    editor,
    'janaozen-2011',
    {
      name: person.protectedName,
      protected: true,
      descriptor: 'a young worker',
      role: person.protectedRole,
      detainedPlace: person.protectedPlace,
      detainedAt: '2011-12-16',
      lawyer: person.protectedLawyer,
      notes: person.protectedNotes,
      visibility: 'public',
    },
    { status: 'detained', date: '2011-12-16', sourceId: null, note: person.protectedStatusNote },
  );
  await createPerson(
    db,
    editor,
    'janaozen-2011',
    {
      name: 'A named striker',
      protected: false,
      descriptor: 'a striker',
      role: 'striker',
      detainedPlace: null,
      detainedAt: null,
      lawyer: person.publicPersonLawyer,
      notes: person.publicPersonNotes,
      visibility: 'public',
    },
    null,
  );
  await createPerson(
    db,
    editor,
    'janaozen-2011',
    {
      name: person.internalPerson,
      protected: false,
      descriptor: person.internalPerson,
      role: person.internalPerson,
      detainedPlace: null,
      detainedAt: null,
      lawyer: null,
      notes: '',
      visibility: 'internal',
    },
    null,
  );
  // What readers sent and no editor approved.
  const submitted = {
    pendingAction: 'LEAK-pending-action-5f0c',
    pendingMessage: 'LEAK-pending-message-c7b3',
    rejectedMessage: 'LEAK-rejected-message-4d8e',
  };
  const sender = { address: '192.0.2.99', honeypot: '' };
  await submitAction(
    db,
    'janaozen-2011',
    { date: '2011-12-17', country: 'FR', city: null, organisation: null, what: submitted.pendingAction, link: null },
    sender,
  );
  await submitMessage(
    db,
    'janaozen-2011',
    { author: 'A reader', country: null, text: submitted.pendingMessage },
    sender,
  );
  const rejected = await submitMessage(
    db,
    'janaozen-2011',
    { author: 'Another reader', country: null, text: submitted.rejectedMessage },
    sender,
  );
  if (rejected.status !== 'accepted') throw new Error('the rejected message was not taken');
  await decideMessage(db, editor, rejected.id, 'rejected', 1);
  // A draft update: internal, so on no page, feed or index, though its incident is public.
  const draft = { title: 'LEAK-draft-update-title-81ac', body: 'LEAK-draft-update-body-2e9d' };
  await createUpdate(db, editor, {
    slug: 'leak-draft-update',
    title: draft.title,
    byline: 'The desk',
    language: 'en',
    body: draft.body,
    publishedAt: '2011-12-18T09:00:00.000Z',
    incident: 'janaozen-2011',
    translationGroup: null,
    related: [],
    visibility: 'internal',
  });
  return [...Object.values(planted), ...Object.values(person), ...Object.values(submitted), ...Object.values(draft)];
}

describeOnEachEngine('nothing protected leaves the desk', (current) => {
  it('has markers to look for', () => {
    expect(markers.length).toBeGreaterThanOrEqual(3);
  });

  it('plants markers through the desk in every internal field and protected identity', async () => {
    await loadBundledExampleOnce(current().db);
    markers.push(...(await plantDeskMarkers(current().db)));
    expect(markers.length).toBeGreaterThanOrEqual(24);
  });

  it('keeps every marker out of every public page and API answer', async () => {
    await loadBundledExampleOnce(current().db);
    const app = await buildApp({ db: current().db });
    const api = (await app.inject('/api/incidents/janaozen-2011')).json();
    const urls = [
      '/api/incidents',
      '/api/incidents/janaozen-2011',
      '/feeds/updates.atom',
      '/feeds/updates.json',
      '/feeds/incidents/janaozen-2011.atom',
      '/feeds/incidents/janaozen-2011.json',
      ...['fr', 'en', 'ru', 'kk'].flatMap((lang) => [
        `/${lang}/`,
        `/${lang}/incidents/janaozen-2011`,
        `/${lang}/incidents/janaozen-2011/solidarity`,
        ...api.incident.sources.map((s: { id: string }) => `/${lang}/sources/${s.id}`),
        ...manifest.updates.map((u) => `/${lang}/updates/${u.slug}`),
        `/${lang}/updates/leak-draft-update`,
      ]),
    ];
    // The planted people are on the page, by descriptor or name: the markers are absent for a reason.
    const page = (await app.inject('/en/incidents/janaozen-2011')).body;
    expect(page).toContain('a young worker');
    expect(page).toContain('A named striker');
    for (const url of urls) {
      const body = (await app.inject(url)).body;
      for (const marker of markers) expect(body.includes(marker), `${marker} in ${url}`).toBe(false);
    }
    await app.close();
  });

  it('keeps every marker out of every file of the static mirror', async () => {
    await loadBundledExampleOnce(current().db);
    const outDir = mkdtempSync(join(tmpdir(), 'temoin-mirror-'));
    const { files } = await publishSite(current().db, { outDir, baseUrl: null });
    expect(files.length).toBeGreaterThan(40);
    const written = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    for (const entry of written) {
      const body = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      for (const marker of markers) expect(body.includes(marker), `${marker} in ${entry.name}`).toBe(false);
    }
    rmSync(outDir, { recursive: true, force: true });
  });
});

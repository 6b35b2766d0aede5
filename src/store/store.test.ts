import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeOnEachEngine, openTestStore } from '../../test/engines.js';
import { buildClaim } from '../../test/factories.js';
import type { Incident } from '../domain/incident.js';
import type { Source } from '../domain/source.js';
import { insertClaims, listPublicClaims } from './claims.js';
import { migrateToLatest } from './database.js';
import { findIncidentBySlug, insertIncident, listIncidents } from './incidents.js';
import { getSetting, setSetting } from './settings.js';
import { findPublicSource, insertSources, listPublicSources, listSourcesForDesk } from './sources.js';

const NOW = '2026-11-25T09:00:00.000Z';

function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: crypto.randomUUID(),
    slug: `strike-${Math.random().toString(36).slice(2, 8)}`,
    title: 'A strike',
    summary: '',
    language: 'en',
    timezone: 'Asia/Aqtau',
    startedAt: '2011-12-16T05:00:00.000Z',
    placeId: null,
    visibility: 'public',
    ...overrides,
  };
}

function source(incidentId: string, overrides: Partial<Source> = {}): Source {
  return {
    id: crypto.randomUUID(),
    incidentId,
    kind: 'witness',
    label: 'Workers, by phone',
    language: 'ru',
    receivedAt: '2011-12-16T09:10:00.000Z',
    url: null,
    text: 'Уже 70 погибших.',
    sha256: 'x',
    visibility: 'public',
    witness: { name: 'Protected Witness', contact: '+7 700 000 0000' },
    ...overrides,
  };
}

describeOnEachEngine('store', (current) => {
  it('migrates once: a second run applies nothing', async () => {
    expect(await migrateToLatest(current().db)).toBe(0);
  });

  it('keeps an incident and finds it by slug', async () => {
    const record = incident({ slug: 'janaozen-test' });
    await insertIncident(current().db, record, NOW);
    expect(await findIncidentBySlug(current().db, 'janaozen-test')).toEqual(record);
    expect(await findIncidentBySlug(current().db, 'nowhere')).toBeNull();
  });

  it('lists only public incidents for the public', async () => {
    await insertIncident(current().db, incident({ slug: 'kept-internal', visibility: 'internal' }), NOW);
    const publicSlugs = (await listIncidents(current().db, { publicOnly: true })).map((i) => i.slug);
    const allSlugs = (await listIncidents(current().db, { publicOnly: false })).map((i) => i.slug);
    expect(publicSlugs).not.toContain('kept-internal');
    expect(allSlugs).toContain('kept-internal');
  });

  it('never reads a witness identity on the public road, and keeps it for the desk', async () => {
    const record = incident();
    await insertIncident(current().db, record, NOW);
    const call = source(record.id);
    await insertSources(current().db, [call], NOW);
    const [publicSource] = await listPublicSources(current().db, record.id);
    expect(publicSource?.witness).toBeNull();
    expect((await findPublicSource(current().db, call.id))?.witness).toBeNull();
    expect((await listSourcesForDesk(current().db, record.id))[0]?.record.witness).toEqual(call.witness);
  });

  it('round-trips a claim: open-ended max, flags, reported time, exact quote', async () => {
    const record = incident();
    await insertIncident(current().db, record, NOW);
    const call = source(record.id);
    await insertSources(current().db, [call], NOW);
    const claim = buildClaim({
      incidentId: record.id,
      sourceId: call.id,
      min: 200,
      max: null,
      approx: true,
      hedged: true,
      asOf: { instant: '2011-12-17T04:00:00.000Z', precision: 'part-of-day', approx: true, by: true },
      quote: '70 погибших',
      quoteStart: 4,
      quoteEnd: 15,
    });
    await insertClaims(current().db, [claim], NOW);
    const [stored] = await listPublicClaims(current().db, record.id);
    expect(stored?.claim).toEqual(claim);
    expect(stored?.sourceLabel).toBe('Workers, by phone');
  });

  it('keeps a denial (0) as a real figure', async () => {
    const record = incident();
    await insertIncident(current().db, record, NOW);
    const statement = source(record.id, { kind: 'official', witness: null });
    await insertSources(current().db, [statement], NOW);
    await insertClaims(
      current().db,
      [buildClaim({ incidentId: record.id, sourceId: statement.id, min: 0, max: 0 })],
      NOW,
    );
    const [stored] = await listPublicClaims(current().db, record.id);
    expect(stored?.claim).toMatchObject({ min: 0, max: 0 });
  });

  it('shows no claim of an internal source, and no proposed or rejected claim', async () => {
    const record = incident();
    await insertIncident(current().db, record, NOW);
    const hidden = source(record.id, { visibility: 'internal' });
    const shown = source(record.id);
    await insertSources(current().db, [hidden, shown], NOW);
    await insertClaims(
      current().db,
      [
        buildClaim({ incidentId: record.id, sourceId: hidden.id, min: 1, max: 1 }),
        buildClaim({ incidentId: record.id, sourceId: shown.id, min: 2, max: 2, status: 'proposed' }),
        buildClaim({ incidentId: record.id, sourceId: shown.id, min: 3, max: 3, status: 'rejected' }),
        buildClaim({ incidentId: record.id, sourceId: shown.id, min: 4, max: 4 }),
      ],
      NOW,
    );
    const claims = await listPublicClaims(current().db, record.id);
    expect(claims.map((c) => c.claim.min)).toEqual([4]);
  });

  it('refuses a claim whose max is below its min', async () => {
    const record = incident();
    await insertIncident(current().db, record, NOW);
    const call = source(record.id);
    await insertSources(current().db, [call], NOW);
    await expect(
      insertClaims(current().db, [buildClaim({ incidentId: record.id, sourceId: call.id, min: 10, max: 5 })], NOW),
    ).rejects.toThrow();
  });

  it('rolls back a whole transaction when one write fails', async () => {
    const record = incident({ slug: 'half-written' });
    await expect(
      current()
        .db.transaction()
        .execute(async (trx) => {
          await insertIncident(trx, record, NOW);
          // A source pointing at no incident breaks the foreign key.
          await insertSources(trx, [source('no-such-incident')], NOW);
        }),
    ).rejects.toThrow();
    expect(await findIncidentBySlug(current().db, 'half-written')).toBeNull();
  });

  it('keeps settings and overwrites them', async () => {
    await setSetting(current().db, 'flag', 'one');
    await setSetting(current().db, 'flag', 'two');
    expect(await getSetting(current().db, 'flag')).toBe('two');
    expect(await getSetting(current().db, 'absent')).toBeNull();
  });
});

describe('sqlite store', () => {
  it('runs with foreign keys on', async () => {
    const { store, dispose } = await openTestStore('sqlite');
    const result = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store.db);
    expect(result.rows[0]?.foreign_keys).toBe(1);
    await dispose();
  });
});

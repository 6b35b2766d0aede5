import { describe, expect, it } from 'vitest';
import { minimalBundle, writeBundle } from '../../../test/bundles.js';
import { describeOnEachEngine } from '../../../test/engines.js';
import { listIncidents } from '../../store/incidents.js';
import { loadBundledExampleOnce } from '../bundled-example.js';
import { getPublicIncident } from '../public-record.js';
import { BundleError } from './bundle-error.js';
import { importBundle } from './import-bundle.js';
import { readBundleDir } from './read-bundle.js';

async function problemsOf(files: ReturnType<typeof minimalBundle>): Promise<readonly string[]> {
  try {
    const onDisk = await readBundleDir(writeBundle(files));
    const { prepareBundle } = await import('./prepare-bundle.js');
    prepareBundle(onDisk.bundle, onDisk.texts, onDisk.where);
  } catch (error) {
    if (error instanceof BundleError) return error.problems;
    throw error;
  }
  return [];
}

describe('reading a bundle', () => {
  it('names the field of a malformed value', async () => {
    const files = minimalBundle();
    (files.manifest as { incident: { startedAt: string } }).incident.startedAt = '16/12/2011';
    expect(await problemsOf(files)).toEqual(['incident.startedAt: write a local time as YYYY-MM-DDTHH:MM']);
  });

  it('names a quote that is not in its source', async () => {
    const files = minimalBundle();
    files.texts['sources/call.txt'] = 'Nothing about figures.';
    const problems = await problemsOf(files);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^claims\[0\]\.quote: "70 dead" is not in the text of source "call"/);
  });

  it('names a missing text file, a dangling key and an unknown zone together', async () => {
    const files = minimalBundle();
    const manifest = files.manifest as {
      incident: { timezone: string };
      events: { sources: string[] }[];
    };
    manifest.incident.timezone = 'Asia/Atlantis';
    manifest.events[0]?.sources.push('nobody');
    files.texts = {};
    const problems = await problemsOf(files);
    expect(problems).toContain('incident.timezone: unknown time zone "Asia/Atlantis"');
    expect(problems).toContain('sources[0].textFile: "sources/call.txt" was not found');
    expect(problems).toContain('events[0].sources[1]: no source with key "nobody"');
  });

  it('refuses a figure whose max is below its min', async () => {
    const files = minimalBundle();
    const claim = (files.manifest as { claims: { min: number; max: number }[] }).claims[0];
    if (claim) claim.max = 7;
    expect(await problemsOf(files)).toEqual(['claims.0.max: max is below min']);
  });

  it('refuses a solidarity link that is not a web address', async () => {
    const files = minimalBundle();
    const manifest = files.manifest as Record<string, unknown>;
    manifest.solidarity = [{ date: '2011-12-17', country: 'BE', what: 'A rally', link: 'javascript:alert(1)' }];
    expect(await problemsOf(files)).toEqual(['solidarity.0.link: a link is an http(s) address']);
  });

  it('asks whether a detained person may be named and shown, rather than assuming it', async () => {
    const files = minimalBundle();
    const manifest = files.manifest as Record<string, unknown>;
    manifest.persons = [{ name: 'A. Worker', descriptor: 'a worker, 34', role: 'striker' }];
    expect(await problemsOf(files)).toEqual([
      'persons.0.protected: say whether the person is protected (true or false)',
      'persons.0.visibility: say whether the person is public or internal',
    ]);
  });

  it('refuses text that is not UTF-8 and JSON that does not parse', async () => {
    const files = minimalBundle();
    const dir = writeBundle(files);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/sources/call.txt`, Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    await expect(readBundleDir(dir)).rejects.toThrow(/not valid UTF-8/);
    writeFileSync(`${dir}/incident.json`, '{ "format": ');
    await expect(readBundleDir(dir)).rejects.toThrow(/incident\.json: not valid JSON/);
  });
});

describeOnEachEngine('importing a bundle', (current) => {
  it('stores a bundle whole, with offsets found for each quote', async () => {
    const outcome = await importBundle(current().db, await readBundleDir(writeBundle(minimalBundle())));
    expect(outcome).toEqual({
      status: 'imported',
      slug: 'test-strike',
      counts: { places: 1, sources: 1, claims: 2, events: 1, updates: 0 },
    });
    const record = await getPublicIncident(current().db, 'test-strike');
    const killed = record?.tallies.find((t) => t.metric === 'killed');
    const claim = killed?.parties[0]?.entries[0]?.claim;
    expect(claim?.quoteStart).toBe(9);
    expect(record?.sources[0]?.text.slice(claim?.quoteStart, claim?.quoteEnd)).toBe('70 dead');
    expect(claim?.asOf).toEqual({ instant: '2011-12-16T09:00:00.000Z', precision: 'hour', approx: true, by: false });
  });

  it('loads nothing twice', async () => {
    const onDisk = await readBundleDir(writeBundle(minimalBundle()));
    expect(await importBundle(current().db, onDisk)).toEqual({ status: 'already-present', slug: 'test-strike' });
    const slugs = (await listIncidents(current().db, { publicOnly: false })).map((i) => i.slug);
    expect(slugs.filter((s) => s === 'test-strike')).toHaveLength(1);
  });

  it('writes nothing from a bad bundle', async () => {
    const files = minimalBundle({ slug: 'never-written' });
    files.texts['sources/call.txt'] = 'No figures here.';
    await expect(readBundleDir(writeBundle(files)).then((b) => importBundle(current().db, b))).rejects.toThrow(
      BundleError,
    );
    expect(await getPublicIncident(current().db, 'never-written')).toBeNull();
  });

  it('loads the bundled example once, on a new data folder', async () => {
    const first = await loadBundledExampleOnce(current().db);
    expect(first).toMatchObject({ status: 'imported', slug: 'janaozen-2011' });
    expect(await loadBundledExampleOnce(current().db)).toBeNull();
  });

  it('gives the example its conflicting figures, each with who says it', async () => {
    const record = await getPublicIncident(current().db, 'janaozen-2011');
    const killed = record?.tallies.find((t) => t.metric === 'killed');
    const said = (party: RegExp) =>
      killed?.parties
        .find((p) => party.test(p.party))
        ?.entries.map((e) => [e.claim.min, e.claim.max, e.claim.approx, e.claim.hedged]);
    expect(said(/workers/)).toContainEqual([70, 70, false, false]);
    expect(said(/workers/)).toContainEqual([150, 150, true, true]);
    expect(said(/ministry/i)).toEqual([
      [0, 0, false, false],
      [10, 10, true, false],
    ]);
    expect(killed?.span).toMatchObject({ min: 0, max: 150 });

    const arrested = record?.tallies.find((t) => t.metric === 'arrested');
    expect(arrested?.span).toMatchObject({ min: 150, max: 150 });
    expect(arrested?.breakdowns.map((e) => e.claim.min)).toEqual([4]);
    const participants = record?.tallies.find((t) => t.metric === 'participants');
    expect(participants?.breakdowns.map((e) => e.claim.min)).toEqual([4000]);
    expect(record?.events.length).toBeGreaterThanOrEqual(8);
    expect(record?.sources.map((s) => s.kind)).toEqual(
      expect.arrayContaining(['witness', 'official', 'press', 'organisation']),
    );
  });
});

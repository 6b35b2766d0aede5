// Writes small incident bundles to a temporary folder, for import tests.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface BundleFiles {
  manifest: unknown;
  texts: Record<string, string>;
}

/** A minimal valid bundle: one place, one source, two claims, one event. */
export function minimalBundle(overrides: { slug?: string } = {}): BundleFiles {
  return {
    manifest: {
      format: 'temoin-bundle/1',
      incident: {
        slug: overrides.slug ?? 'test-strike',
        title: 'A test strike',
        summary: 'Written for tests.',
        language: 'en',
        timezone: 'Asia/Aqtau',
        startedAt: '2011-12-16T10:00',
        place: 'town',
        visibility: 'public',
      },
      places: [{ key: 'town', names: { en: 'Town', ru: 'Город' }, kind: 'town', lat: 43.3, lon: 52.8 }],
      sources: [
        {
          key: 'call',
          kind: 'witness',
          label: 'Workers, by phone',
          language: 'en',
          receivedAt: '2011-12-16T14:10',
          url: null,
          textFile: 'sources/call.txt',
          witness: { name: 'Protected Name', contact: '+7 700 000 0001' },
        },
      ],
      claims: [
        {
          source: 'call',
          metric: 'killed',
          min: 70,
          max: 70,
          attribution: 'the workers',
          asOf: { local: '2011-12-16T14:00', precision: 'hour', approx: true },
          quote: '70 dead',
        },
        { source: 'call', metric: 'arrested', min: 150, max: 150, approx: true, quote: 'about 150 arrested' },
      ],
      events: [
        {
          at: { local: '2011-12-16T12:45', precision: 'minute', approx: true },
          place: 'town',
          title: 'Police open fire',
          sources: ['call'],
        },
      ],
    },
    texts: { 'sources/call.txt': 'They say 70 dead by two, and about 150 arrested.\n' },
  };
}

export function writeBundle(files: BundleFiles): string {
  const dir = mkdtempSync(join(tmpdir(), 'temoin-bundle-'));
  writeFileSync(join(dir, 'incident.json'), JSON.stringify(files.manifest, null, 2));
  for (const [path, text] of Object.entries(files.texts)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

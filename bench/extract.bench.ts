// Measures the extraction engine: throughput on prose (MB/s), time on 1 MB of each kind of
// adversarial input, and time on 1, 2 and 4 MB of prose to show it stays linear.
// Usage: npx tsx bench/extract.bench.ts

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { extractClaims } from '../src/extract/index.js';
import type { ExtractOptions, Lang } from '../src/extract/types.js';

const MB = 1024 * 1024;
const FIXTURES = 'src/extract/fixtures/dev';
const OPTIONS = (lang: Lang): ExtractOptions => ({ lang, reference: { date: '2011-12-16', timezone: 'Asia/Aqtau' } });

interface Fixture {
  lang: Lang;
  text: string;
}

const fixtures: Fixture[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Fixture);

/** Prose of one language near `size` characters: fixture texts repeated, figures varied. */
function prose(lang: Lang, size: number): string {
  const texts = fixtures.filter((f) => f.lang === lang).map((f) => f.text);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const base = texts[i % texts.length] as string;
    // Vary the figures so no two copies are the same text.
    const varied = base.replace(/\d+/g, (d) => String((Number(d) + i) % 100000));
    parts.push(varied);
    length += varied.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}

const ADVERSARIAL: Record<string, (size: number) => string> = {
  'long digit runs': (n) => '7'.repeat(n),
  'digits with separators': (n) => '1 000 000 000 '.repeat(Math.ceil(n / 14)).slice(0, n),
  'repeated number words (fr)': (n) =>
    'soixante-dix quatre-vingt-dix-sept mille '.repeat(Math.ceil(n / 42)).slice(0, n),
  'repeated number words (ru)': (n) => 'семьдесят тысяч сотни десятков погибших '.repeat(Math.ceil(n / 40)).slice(0, n),
  'no spaces': (n) => 'aujourd\u2019hui70tués150blessés'.repeat(Math.ceil(n / 30)).slice(0, n),
  'deep punctuation': (n) => '((([[[{{{«"—'.repeat(Math.ceil(n / 12)).slice(0, n),
  'figures without sentences': (n) =>
    '70 tués vers 14 heures, environ 150 arrêtés dont 4 membres, '.repeat(Math.ceil(n / 60)).slice(0, n),
  // Many denials beside figures of zero: each denial is checked against the zeros of its sentence.
  'denials beside zeros': (n) => 'Aucun mort, 0 blessés, 3 arrêtés. '.repeat(Math.ceil(n / 34)).slice(0, n),
};

function time(run: () => void): number {
  const t0 = performance.now();
  run();
  return (performance.now() - t0) / 1000;
}

async function main(): Promise<void> {
  console.log('extraction bench (one core, Node', `${process.version})`);
  const samples: Array<[Lang, string]> = (['fr', 'en', 'ru'] as const).map((lang) => [lang, prose(lang, MB)]);
  // Warm up lexicons, chrono and the JIT once.
  for (const [lang, text] of samples) extractClaims(text.slice(0, 50_000), OPTIONS(lang));

  const bench = new Bench({ iterations: 3, warmupIterations: 1, time: 0 });
  for (const [lang, text] of samples) bench.add(`prose ${lang} 1 MB`, () => void extractClaims(text, OPTIONS(lang)));
  await bench.run();
  console.log('\nthroughput on prose');
  for (const task of bench.tasks) {
    const mean = task.result?.mean ?? Number.NaN; // milliseconds
    console.log(`  ${task.name.padEnd(20)} ${(1000 / mean).toFixed(2)} MB/s  (${mean.toFixed(0)} ms per MB)`);
  }

  console.log('\nadversarial input, 1 MB each');
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    const text = make(MB);
    const lang: Lang = name.includes('(ru)') ? 'ru' : 'fr';
    let claims = 0;
    const seconds = time(() => {
      claims = extractClaims(text, OPTIONS(lang)).claims.length;
    });
    console.log(`  ${name.padEnd(28)} ${seconds.toFixed(3)} s  (${claims} claims)`);
  }

  console.log('\nlinearity on French prose');
  let base = 0;
  for (const size of [1, 2, 4]) {
    const text = prose('fr', size * MB);
    const seconds = time(() => void extractClaims(text, OPTIONS('fr')));
    if (size === 1) base = seconds;
    console.log(`  ${size} MB  ${seconds.toFixed(3)} s  (x${(seconds / base).toFixed(2)} of 1 MB)`);
  }
}

await main();

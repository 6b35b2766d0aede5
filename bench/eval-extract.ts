// Scores the extraction engine on annotated documents: precision, recall and F1 per language
// and overall, matching claims on (metric, min, max) as a multiset.
// Usage: npx tsx bench/eval-extract.ts [--verbose] [DIR ...]
// Default dirs: src/extract/fixtures/dev and blind-N (development sets), then bench/extract-blind-N
// (the blind sets still held out).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { extractClaims } from '../src/extract/index.js';
import { LANGS, type Lang } from '../src/extract/types.js';

const ExpectedClaim = z.object({ metric: z.string(), min: z.number(), max: z.number().nullable() }).passthrough();
const Doc = z.object({
  lang: z.enum(LANGS),
  reference: z.object({ date: z.string(), timezone: z.string().optional() }).optional(),
  text: z.string(),
  expected: z.array(ExpectedClaim),
});

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const key = (c: { metric: string; min: number; max: number | null }): string => `${c.metric} ${c.min} ${c.max ?? '∞'}`;

function score(expected: string[], found: string[]): Counts & { missed: string[]; extra: string[] } {
  const pool = new Map<string, number>();
  for (const k of expected) pool.set(k, (pool.get(k) ?? 0) + 1);
  const extra: string[] = [];
  let tp = 0;
  for (const k of found) {
    const left = pool.get(k) ?? 0;
    if (left > 0) {
      pool.set(k, left - 1);
      tp++;
    } else {
      extra.push(k);
    }
  }
  const missed = [...pool.entries()].flatMap(([k, n]) => Array<string>(n).fill(k));
  return { tp, fp: extra.length, fn: missed.length, missed, extra };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function line(label: string, c: Counts): string {
  const p = ratio(c.tp, c.tp + c.fp);
  const r = ratio(c.tp, c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `${label.padEnd(10)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

function evaluate(dir: string, verbose: boolean): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && statSync(join(dir, f)).isFile())
    .sort();
  const perLang = new Map<Lang, Counts>();
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const file of files) {
    const parsed = Doc.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) {
      console.log(`${file}: skipped, not in the fixture format (${parsed.error.issues[0]?.message ?? 'invalid'})`);
      continue;
    }
    const doc = parsed.data;
    const result = extractClaims(doc.text, { lang: doc.lang, reference: doc.reference });
    const s = score(doc.expected.map(key), result.claims.map(key));
    const counts = perLang.get(doc.lang) ?? { tp: 0, fp: 0, fn: 0 };
    for (const c of [counts, total]) {
      c.tp += s.tp;
      c.fp += s.fp;
      c.fn += s.fn;
    }
    perLang.set(doc.lang, counts);
    if (verbose && (s.missed.length > 0 || s.extra.length > 0)) {
      console.log(`  ${file}: missed [${s.missed.join('; ')}] extra [${s.extra.join('; ')}]`);
    }
  }
  console.log(`${dir} (${files.length} documents)`);
  for (const lang of LANGS) {
    const c = perLang.get(lang);
    if (c !== undefined) console.log(line(lang, c));
  }
  console.log(line('overall', total));
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const given = args.filter((a) => !a.startsWith('--'));
// By default: the development set, the former blind sets in order, then the blind sets held out.
const blindNumber = (dir: string) => Number(/blind-(\d+)$/.exec(dir)?.[1] ?? 0);
const setsIn = (root: string, prefix: string) =>
  existsSync(root)
    ? readdirSync(root)
        .filter((d) => d.startsWith(prefix) && statSync(join(root, d)).isDirectory())
        .map((d) => join(root, d))
        .sort((a, b) => blindNumber(a) - blindNumber(b))
    : [];
const dirs =
  given.length > 0
    ? given
    : [
        ...setsIn('src/extract/fixtures', 'dev'),
        ...setsIn('src/extract/fixtures', 'blind-'),
        ...setsIn('bench', 'extract-blind-'),
      ];
for (const dir of dirs) {
  if (!existsSync(dir)) {
    console.error(`eval-extract: no such directory: ${dir}`);
    process.exitCode = 1;
    continue;
  }
  evaluate(dir, verbose);
}

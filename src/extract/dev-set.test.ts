// The annotated development sets (fixtures/dev, and fixtures/blind-1 to blind-24 once their blind
// measures were taken): every document parses, and the engine keeps its score on them.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract.js';
import type { Lang } from './types.js';

interface DevDoc {
  lang: Lang;
  reference?: { date: string; timezone: string };
  text: string;
  expected: Array<{ metric: string; min: number; max: number | null }>;
}

function load(set: string): Array<readonly [string, DevDoc]> {
  const dir = join(import.meta.dirname, 'fixtures', set);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as DevDoc] as const);
}

const docs = load('dev');

// Each former blind set: its size, and the F1 it must keep (a little under what it reads now, so
// that a rule that costs one set a figure or two for a gain elsewhere is a choice, not a failure).
const FORMER_BLIND_SETS: Array<[set: string, documents: number, floor: number]> = [
  ['blind-1', 30, 0.9],
  ['blind-2', 30, 0.93],
  ['blind-3', 24, 0.88],
  ['blind-4', 24, 0.91],
  ['blind-5', 24, 0.88],
  ['blind-6', 24, 0.89],
  ['blind-7', 24, 0.87],
  ['blind-8', 24, 0.86],
  ['blind-9', 24, 0.81],
  ['blind-10', 24, 0.83],
  ['blind-11', 24, 0.86],
  ['blind-12', 24, 0.89],
  ['blind-13', 24, 0.89],
  ['blind-14', 24, 0.91],
  ['blind-15', 24, 0.89],
  ['blind-16', 24, 0.89],
  ['blind-17', 24, 0.89],
  ['blind-18', 24, 0.82],
  ['blind-19', 24, 0.84],
  ['blind-20', 24, 0.8],
  ['blind-21', 24, 0.79],
  ['blind-22', 24, 0.84],
  ['blind-23', 24, 0.78],
  ['blind-24', 24, 0.78],
  ['blind-25', 24, 0.93],
  ['blind-26', 24, 0.89],
  ['blind-27', 24, 0.9],
  ['blind-28', 24, 0.87],
  ['blind-29', 24, 0.9],
  ['blind-30', 24, 0.89],
  ['blind-31', 24, 0.87],
  ['blind-32', 24, 0.86],
  ['blind-33', 24, 0.9],
  ['blind-34', 24, 0.86],
  ['blind-35', 24, 0.91],
];

const key = (c: { metric: string; min: number; max: number | null }): string => `${c.metric} ${c.min} ${c.max}`;

describe('development set', () => {
  it('holds at least 15 annotated figures per language', () => {
    for (const lang of ['fr', 'en', 'ru'] as const) {
      const figures = docs.filter(([, d]) => d.lang === lang).reduce((n, [, d]) => n + d.expected.length, 0);
      expect(figures).toBeGreaterThanOrEqual(15);
    }
  });

  it('is read with F1 of at least 0.9', () => {
    expect(f1(docs)).toBeGreaterThanOrEqual(0.9);
  });

  it.each(FORMER_BLIND_SETS)('reads the former %s (%i documents) with F1 of at least %s', (set, documents, floor) => {
    const loaded = load(set);
    expect(loaded.length).toBe(documents);
    expect(f1(loaded)).toBeGreaterThanOrEqual(floor);
  });
});

function f1(set: Array<readonly [string, DevDoc]>): number {
  let tp = 0;
  let found = 0;
  let expected = 0;
  for (const [, doc] of set) {
    const pool = doc.expected.map(key);
    const claims = extractClaims(doc.text, { lang: doc.lang, reference: doc.reference }).claims.map(key);
    found += claims.length;
    expected += pool.length;
    for (const k of claims) {
      const i = pool.indexOf(k);
      if (i >= 0) {
        pool.splice(i, 1);
        tp++;
      }
    }
  }
  const precision = tp / found;
  const recall = tp / expected;
  return (2 * precision * recall) / (precision + recall);
}

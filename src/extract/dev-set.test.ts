// The annotated development set: every document parses, and the engine keeps its score on it.

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

const DIR = join(import.meta.dirname, 'fixtures', 'dev');
const docs = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(join(DIR, f), 'utf8')) as DevDoc] as const);

const key = (c: { metric: string; min: number; max: number | null }): string => `${c.metric} ${c.min} ${c.max}`;

describe('development set', () => {
  it('holds at least 15 annotated figures per language', () => {
    for (const lang of ['fr', 'en', 'ru'] as const) {
      const figures = docs.filter(([, d]) => d.lang === lang).reduce((n, [, d]) => n + d.expected.length, 0);
      expect(figures).toBeGreaterThanOrEqual(15);
    }
  });

  it('is read with F1 of at least 0.9', () => {
    let tp = 0;
    let found = 0;
    let expected = 0;
    for (const [, doc] of docs) {
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
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.9);
  });
});

// The annotated development sets (fixtures/dev, and fixtures/blind-1 to blind-10 once their blind
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
const blind1 = load('blind-1');
const blind2 = load('blind-2');
const blind3 = load('blind-3');
const blind4 = load('blind-4');
const blind5 = load('blind-5');
const blind6 = load('blind-6');
const blind7 = load('blind-7');
const blind8 = load('blind-8');
const blind9 = load('blind-9');
const blind10 = load('blind-10');

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

  it('reads the former blind set 1 with F1 of at least 0.9', () => {
    expect(blind1.length).toBe(30);
    expect(f1(blind1)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the former blind set 2 with F1 of at least 0.93', () => {
    expect(blind2.length).toBe(30);
    expect(f1(blind2)).toBeGreaterThanOrEqual(0.93);
  });

  it('reads the former blind set 3 with F1 of at least 0.88', () => {
    expect(blind3.length).toBe(24);
    expect(f1(blind3)).toBeGreaterThanOrEqual(0.88);
  });

  it('reads the former blind set 4 with F1 of at least 0.91', () => {
    expect(blind4.length).toBe(24);
    expect(f1(blind4)).toBeGreaterThanOrEqual(0.91);
  });

  it('reads the former blind set 5 with F1 of at least 0.88', () => {
    expect(blind5.length).toBe(24);
    expect(f1(blind5)).toBeGreaterThanOrEqual(0.88);
  });

  it('reads the former blind set 6 with F1 of at least 0.89', () => {
    expect(blind6.length).toBe(24);
    expect(f1(blind6)).toBeGreaterThanOrEqual(0.89);
  });

  it('reads the former blind set 7 with F1 of at least 0.87', () => {
    expect(blind7.length).toBe(24);
    expect(f1(blind7)).toBeGreaterThanOrEqual(0.87);
  });

  it('reads the former blind set 8 with F1 of at least 0.86', () => {
    expect(blind8.length).toBe(24);
    expect(f1(blind8)).toBeGreaterThanOrEqual(0.86);
  });

  it('reads the former blind set 9 with F1 of at least 0.81', () => {
    expect(blind9.length).toBe(24);
    expect(f1(blind9)).toBeGreaterThanOrEqual(0.81);
  });

  it('reads the former blind set 10 with F1 of at least 0.83', () => {
    expect(blind10.length).toBe(24);
    expect(f1(blind10)).toBeGreaterThanOrEqual(0.83);
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

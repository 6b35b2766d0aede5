// Properties that hold for any input, checked with fast-check: no throw, quotes are verbatim
// slices, ranges are ordered.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract.js';
import { LANGS } from './types.js';

// Fragments that exercise the engine far more often than random characters would.
const FRAGMENTS = [
  '70',
  '4.000',
  '4 000',
  '4,000',
  '1,5',
  '2011',
  '12h45',
  '14:00',
  ' ',
  '\n',
  '\n\n',
  '.',
  ',',
  ';',
  '—',
  '-',
  '(',
  '«',
  '’',
  "'",
  '%',
  'environ',
  'au moins',
  'plus de',
  "jusqu'à",
  'entre',
  'et',
  'à',
  'de',
  'dont',
  'tués',
  'blessés',
  'arrêtés',
  'personnes',
  'ouvriers',
  'soixante-dix',
  'quatre-vingts',
  'des dizaines',
  'une dizaine',
  'a nié',
  'aucun',
  'selon',
  'vers',
  'heures',
  'il semblerait que',
  'about',
  'at least',
  'up to',
  'between',
  'and',
  'killed',
  'wounded',
  'detained',
  'people',
  'seventy',
  'dozens',
  'denied',
  'no one',
  'said',
  'около',
  'не менее',
  'до',
  'от',
  'погибли',
  'раненых',
  'задержаны',
  'человек',
  'семьдесят',
  'сотни',
  'десятков',
  'нет',
  'по словам',
  'часов',
];

const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(' ')),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join('')),
);

describe('for any text', () => {
  it('never throws, quotes verbatim slices, and orders min <= max', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, ...LANGS), (input, lang) => {
        const result = extractClaims(input, { lang, reference: { date: '2011-12-16', timezone: 'Asia/Aqtau' } });
        expect(LANGS).toContain(result.lang);
        for (const c of result.claims) {
          expect(input.slice(c.start, c.end)).toBe(c.quote);
          expect(c.min).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(c.min)).toBe(true);
          if (c.max !== null) expect(c.min).toBeLessThanOrEqual(c.max);
        }
      }),
      { numRuns: 400 },
    );
  });
});

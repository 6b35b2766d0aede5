// The facts of the Janaözen article (16 December 2011), restated in our own sentences, and the
// article itself when the shared seed file is present beside the repository.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimsOf } from './test-helpers.js';
import type { ProposedClaim } from './types.js';

const pick = (claims: ProposedClaim[], metric: string, min: number, max: number | null): ProposedClaim | undefined =>
  claims.find((c) => c.metric === metric && c.min === min && c.max === max);

describe('the Janaözen facts, in our own words', () => {
  const report = [
    'Les ouvriers nous ont dit par téléphone que 70 personnes avaient été tuées vers 14 heures locales ; ils craignent que ce chiffre atteigne 150 d’ici à samedi matin.',
    'Le ministère a d’abord nié tout mort, avant de reconnaître en soirée la mort d’environ dix personnes.',
    'Il semble que près de 150 manifestants aient été arrêtés, dont 4 membres du Mouvement socialiste.',
    'Le lendemain matin, 4 000 ouvriers d’un autre gisement ont cessé le travail.',
    'Des centaines de grévistes ont été victimes des tirs.',
  ].join('\n\n');
  const claims = claimsOf(report, 'fr');

  it('finds 70 killed by about 14:00, said by the workers', () => {
    expect(pick(claims, 'killed', 70, 70)).toMatchObject({
      hedged: false,
      attribution: 'Les ouvriers',
      asOf: { precision: 'hour', approx: true, instant: '2011-12-16T09:00:00.000Z' },
    });
  });

  it('finds 150 feared by Saturday morning, hedged', () => {
    expect(pick(claims, 'killed', 150, 150)).toMatchObject({
      hedged: true,
      asOf: { by: true, precision: 'part-of-day' },
    });
  });

  it('finds the ministry denying any death, then admitting about ten in the evening', () => {
    expect(pick(claims, 'killed', 0, 0)?.attribution).toBe('Le ministère');
    expect(pick(claims, 'killed', 10, 10)).toMatchObject({ approx: true, asOf: { precision: 'part-of-day' } });
  });

  it('finds about 150 arrested, 4 of them members', () => {
    expect(pick(claims, 'arrested', 150, 150)).toMatchObject({ approx: true, hedged: true });
    expect(pick(claims, 'arrested', 4, 4)).toBeDefined();
  });

  it('finds 4,000 workers stopping work and hundreds hit', () => {
    expect(pick(claims, 'participants', 4000, 4000)).toBeDefined();
    expect(pick(claims, 'injured', 200, null)).toMatchObject({ approx: true });
  });
});

// The seed sits in ../shared beside the repository in the project's workspace; other
// checkouts do not have it, so the test is skipped there rather than failing.
const SEED = resolve(process.cwd(), '../shared/seeds/000_1174cce9dba637f2.txt');

describe('the seed article', () => {
  it.skipIf(!existsSync(SEED))('yields the conflicting figures it reports', () => {
    const text = readFileSync(SEED, 'utf8');
    const claims = claimsOf(text, 'fr');
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.quote);
    expect(pick(claims, 'killed', 70, 70)).toMatchObject({
      attribution: 'les travailleurs',
      asOf: { approx: true, precision: 'hour' },
    });
    expect(pick(claims, 'killed', 150, 150)).toMatchObject({ hedged: true, asOf: { by: true } });
    expect(pick(claims, 'killed', 0, 0)?.attribution).toBe('le ministère des Affaires étrangères');
    expect(pick(claims, 'killed', 10, 10)).toMatchObject({ approx: true, attribution: 'les autorités' });
    expect(pick(claims, 'arrested', 150, 150)).toMatchObject({ approx: true, hedged: true });
    expect(pick(claims, 'arrested', 4, 4)).toBeDefined();
    expect(pick(claims, 'participants', 4000, 4000)).toBeDefined();
    expect(pick(claims, 'injured', 200, null)).toBeDefined();
    // Years, dates, the twelve numbered demands and "vingt ans" are not figures.
    expect(claims.some((c) => [2011, 1905, 1912, 20, 12, 9, 7].includes(c.min) && c.metric !== 'killed')).toBe(false);
  });
});

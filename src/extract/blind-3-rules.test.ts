// Example sentences for the rules added after blind set 3 was measured: more verbs and nouns
// (took in, marching, beaten, présentés au parquet, шахт), dates and ages that are no head
// counts, and denials whose noun names who and whose verb names what.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 3', () => {
  it.each([
    // Verbs and nouns.
    ['Police took in 58 workers.', 'en', ['arrested 58 58']],
    ['About 2,500 miners had been marching since dawn.', 'en', ['participants 2500 2500']],
    ['I saw 20 people beaten to the ground.', 'en', ['injured 20 20']],
    ['45 d’entre elles ont été présentées au parquet.', 'fr', []],
    ['32 ont été remises en liberté.', 'fr', []],
    ['Au moins quatre présentaient des traces visibles de coups.', 'fr', ['injured 4 +']],
    ['В Макеевке бастуют 9 шахт.', 'ru', []],
    ['На площади дежурят 6 бригад скорой помощи.', 'ru', []],
    ['К месту акции стянуто около 300 сотрудников ОМОН.', 'ru', []],
    // Dates and ages.
    ['A crowd gathered outside the mill on 12 May 2005.', 'en', []],
    ['One girl died, they say she was 19.', 'en', ['killed 1 1']],
    // A denial: the noun says who, the verb what befell them.
    ['Le procureur affirme qu’aucun détenu n’a été blessé.', 'fr', ['injured 0 0']],
    ['No detainee was hurt.', 'en', ['injured 0 0']],
    ['No one was detained or hurt.', 'en', ['arrested 0 0', 'injured 0 0']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang).map((f) => f.replace(/ ~$/, ''))).toEqual(expected.map((f) => f.replace(/ ~$/, '')));
  });
});

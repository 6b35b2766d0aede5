// Example sentences for the rules added after blind set 34 was measured: a count that dwarfs the
// toll before it, "they are already several hundred", class numbers, words for people on the
// ground, families still looking, and a hospital's intake in Russian.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 34', () => {
  it.each([
    [
      'Four pupils died on Monday. The newspaper said about 3,000; the police said "fewer than 800".',
      'en',
      ['killed 4 4', 'participants 3000 3000 ~', 'participants 0 800'],
    ],
    ['Elles sont déjà plusieurs centaines devant le siège.', 'fr', ['participants 300 + ~']],
    ['Ils sont 27 dans le box des prévenus.', 'fr', []],
    ['Two boys from Grade 10 did not come home.', 'en', ['missing 2 2']],
    ['Volunteers at the gate are asking about 9 men who are not on any list.', 'en', ['missing 9 9 ~']],
    [
      'Ils étaient des milliers. La radio a parlé de « près de 5 000 personnes », la préfecture de 1 200.',
      'fr',
      ['participants 2000 + ~', 'participants 5000 5000 ~', 'participants 1200 1200'],
    ],
    ['J’ai compté une dizaine de jeunes à terre.', 'fr', ['injured 10 10 ~']],
    ['Deux élèves n’ont pas dormi chez eux et leurs parents les cherchent encore.', 'fr', ['missing 2 2']],
    ['Selon le syndicat, 2 500 personnes ont fait le déplacement.', 'fr', ['participants 2500 2500']],
    ['В приёмном уже 9 человек.', 'ru', ['injured 9 9']],
    ['ПРИЁМНОЕ ОТДЕЛЕНИЕ\n\nИтого за день приняли 16 человек.', 'ru', ['injured 16 16']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});

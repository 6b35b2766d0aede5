// Example sentences for the rules added after blind set 18 was measured: an earlier count of the
// same ("contre 41"), a part introduced with a verb ("Parmi elles figurent"), an upper bound
// after the figure ("un millier tout au plus"), people of an event in a denial, and words for
// the hurt, the held, the missing and those who gathered.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 18', () => {
  it.each([
    // Hospitals: patients received, an earlier count, a part, those under guard.
    [
      'Le service des urgences a accueilli 48 personnes, contre 30 au point de midi.',
      'fr',
      ['injured 48 48', 'injured 30 30'],
    ],
    ['Les urgences ont accueilli 20 blessés. Parmi eux figurent 5 policiers.', 'fr', ['injured 20 20', 'injured 5 5']],
    ['Quatre patients sont placés sous surveillance policière.', 'fr', ['arrested 4 4']],
    ['Six ont été opérés dans la nuit.', 'fr', ['injured 6 6']],
    // An upper bound after the figure, then its source.
    [
      'Le rassemblement a réuni 5 000 personnes selon les organisateurs, un millier tout au plus selon les autorités.',
      'fr',
      ['participants 5000 5000', 'participants 0 1000 ~'],
    ],
    // Missing: not seen again, still being traced.
    [
      'La cellule a reçu des demandes concernant 7 personnes que leurs proches n’ont pas revues.',
      'fr',
      ['missing 7 7'],
    ],
    ['Families of four fishermen who were at the protest say they have not seen them since.', 'en', ['missing 4 4']],
    ['The union is still trying to trace two of its stewards.', 'en', ['missing 2 2']],
    // Denials: the people of an event.
    ['Прокуратура: «ни один участник акций не погиб».', 'ru', ['killed 0 0']],
    // The hurt, the held and those who gathered.
    ['Twelve of our people were taken to the emergency unit.', 'en', ['injured 12 12']],
    ['There were about eight hundred of us at the gate.', 'en', ['participants 800 800 ~']],
    ['« Plus de deux mille » creuseurs bloquent la route.', 'fr', ['participants 2000 +']],
    ['В автобус затолкали больше двадцати человек.', 'ru', ['arrested 20 +']],
    // Sentenced by a court: no count of arrests.
    ['Суд арестовал 9 человек на сроки от 7 до 12 суток.', 'ru', []],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});

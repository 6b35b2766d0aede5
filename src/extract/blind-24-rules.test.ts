// Example sentences for the rules added after blind set 24 was measured: every item of a list
// after "Parmi elles figurent", a verb's noun before "de" / "of", "not more than", "с лишним"
// before the noun, a short answer "Нет" to a question, and words for the hurt and the missing.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 24', () => {
  it.each([
    [
      'Les urgences ont accueilli 30 personnes. Parmi elles figurent 20 manifestants, 8 membres des forces de l’ordre et deux journalistes.',
      'fr',
      ['injured 30 30', 'injured 20 20', 'injured 8 8', 'injured 2 2'],
    ],
    ['La police a annoncé l’arrestation de 31 « agitateurs ».', 'fr', ['arrested 31 31']],
    ['A police spokesman said "not more than 4,500" took part.', 'en', ['participants 0 4500']],
    ['Задержали, по моим данным, семьдесят с лишним человек.', 'ru', ['arrested 70 +']],
    ['— Есть погибшие?\n— Нет, слава богу.', 'ru', ['killed 0 0']],
    ['Двоим сделали операции.', 'ru', ['injured 2 2']],
    ['Relatives of at least six detained men were told that they were not being held there.', 'en', ['missing 6 +']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});

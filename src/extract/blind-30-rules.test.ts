// Example sentences for the rules added after blind set 30 was measured: a hospital's count asked
// for in an interview, another body's count given bare after "and", a speaker repeated by a
// pronoun, "maybe more" after a count, and people held in prison.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 30', () => {
  it.each([
    [
      'How many patients did you receive on Monday?\nForty by midnight, including 6 policemen.',
      'en',
      ['injured 40 40', 'injured 6 6'],
    ],
    ['— Сколько человек поступило к вам?\n— За сутки — тридцать два.', 'ru', ['injured 32 32']],
    [
      'The organisers say the march drew 5,000 people and the police "about 1,500".',
      'en',
      ['participants 5000 5000', 'participants 1500 1500 ~'],
    ],
    [
      'Ils ont embarqué une trentaine de jeunes. La gendarmerie, elle, dit 12.',
      'fr',
      ['arrested 30 30 ~', 'arrested 12 12'],
    ],
    ['Nine of the detainees our lawyers visited had visible injuries.', 'en', ['injured 9 9']],
    ['Человек шестьсот, может, больше.', 'ru', ['participants 600 + ~']],
    ['The officer said "only 18 agitators" were held.', 'en', ['arrested 18 18']],
    ['Twelve are still in prison in the capital.', 'en', ['arrested 12 12']],
    ['Quatre garçons de la rue ne sont pas rentrés.', 'fr', ['missing 4 4']],
    ['The court sentences three men to two years in prison.', 'en', []],
    ['"We are representing more than 100 people in court today.', 'en', []],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});

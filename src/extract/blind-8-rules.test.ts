// Example sentences for the rules added after blind set 8 was measured: the many ways of saying
// that people cannot be found, a participle that only says who before the verb that says what
// befell them, a count said alone after another, "n'en reconnaît que", and clauses about a place.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 8', () => {
  it.each([
    // Missing, in other words.
    ['Lawyers say four students detained on Tuesday have not been found in any police station.', 'en', ['missing 4 4']],
    ['We have no information about 6 others taken from the dormitories.', 'en', ['missing 6 6']],
    ['The families of at least seven others have been unable to learn whether they are alive.', 'en', ['missing 7 +']],
    ['Les familles de trois d’entre eux ne savent toujours pas où ils sont détenus.', 'fr', ['missing 3 3']],
    ['Son frère et deux de ses amis ne donnent plus signe de vie.', 'fr', ['missing 2 2']],
    ['Ещё четверых увезли в неизвестном направлении.', 'ru', ['missing 4 4']],
    // Who is counted, and what befell them.
    ['Five workers arrested on Monday were later released.', 'en', ['arrested 5 5']],
    ['Twelve people injured in the clash were taken to hospital.', 'en', ['injured 12 12']],
    [
      'Les autorités ont reconnu la mort de 6 personnes à Dakar, où des jeunes affrontaient la police.',
      'fr',
      ['killed 6 6'],
    ],
    // One count, then another source's.
    ['Our volunteers have confirmed 27 deaths. The government says 9.', 'en', ['killed 27 27', 'killed 9 9']],
    ['Nous avons recensé sept morts. La police n’en reconnaît que trois.', 'fr', ['killed 7 7', 'killed 3 3']],
    ['Le bilan est de deux morts ; les autorités n’en reconnaissent qu’un seul.', 'fr', ['killed 2 2', 'killed 1 1']],
    // Wording.
    ['Selon la Croix-Rouge, 400 personnes ont reçu des soins.', 'fr', ['injured 400 400']],
    ['Plusieurs milliers de jeunes ont affronté la police.', 'fr', ['participants 3000 + ~']],
    ['На площадь вышли, наверное, тысячи две человек.', 'ru', ['participants 2000 2000 ~']],
    ['В Магасе собрались, по нашим оценкам, от 10 до 15 тысяч человек.', 'ru', ['participants 10000 15000']],
    ['С сегодняшнего дня 20 горняков объявили бессрочную голодовку.', 'ru', ['participants 20 20']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});

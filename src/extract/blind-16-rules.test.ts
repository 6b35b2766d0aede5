// Example sentences for the rules added after blind set 16 was measured: one in a tally, one of
// a whole, a crowd that grows, whereabouts unknown, a count said in the next turn, a total
// carried forward, quotes around a breakdown or a count, and words for the held, the hurt, the
// released and those who gathered.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 16', () => {
  it.each([
    // One: counted in a tally, or standing for one person of a whole that is the figure.
    ['Le ministère annonce « un mort et une trentaine de blessés ».', 'fr', ['killed 1 1', 'injured 30 30 ~']],
    ['He was one of four workers struck by live rounds.', 'en', ['injured 4 4']],
    // A crowd that grows; a total carried forward.
    ['The crowd, which had grown to over 600 by noon, threw stones.', 'en', ['participants 600 +']],
    ['Толпа у здания выросла до двух тысяч.', 'ru', ['participants 2000 2000']],
    [
      'La police a procédé à 30 interpellations, ce qui porte le total à 95.',
      'fr',
      ['arrested 30 30', 'arrested 95 95'],
    ],
    // Whereabouts unknown; families who have heard nothing.
    ['Где ещё двое — неизвестно.', 'ru', ['missing 2 2']],
    ['The families of "at least a dozen" young men asked where their sons were being held.', 'en', ['missing 10 + ~']],
    ['The families of five more say they have heard nothing from them.', 'en', ['missing 5 5']],
    ['Родственники не менее шести задержанных не могут узнать, где их содержат.', 'ru', ['missing 6 +']],
    // A count said in the next turn of an interview.
    [
      'ЛЯШКО: Вышли человек шестьсот.\n\nВЕДУЩАЯ: Полиция говорит о двухстах.',
      'ru',
      ['participants 600 600 ~', 'participants 200 200'],
    ],
    // Quotes around a breakdown or an upper bound.
    ['Les autorités font état de 50 blessés, « dont 8 dans un état grave ».', 'fr', ['injured 50 50', 'injured 8 8']],
    [
      'La préfecture affirme que le rassemblement n’a réuni « pas plus de 300 personnes ».',
      'fr',
      ['participants 0 300'],
    ],
    // The held, the hurt and those who gathered.
    ['На полночь задержанных уже 40.', 'ru', ['arrested 40 40']],
    ['Ночь в отделах провели 12 человек.', 'ru', ['arrested 12 12']],
    ['Травмы у шести человек.', 'ru', ['injured 6 6']],
    ['Скорая увезла с площади не менее пяти человек.', 'ru', ['injured 5 +']],
    ['К зданию приходят около трёхсот человек.', 'ru', ['participants 300 300 ~']],
    ['Two police officers were among those treated.', 'en', ['injured 2 2']],
    ['Organisers said nearly one lakh people walked.', 'en', ['participants 100000 100000 ~']],
    ['« Aucun enseignant n’a été frappé », dit le porte-parole.', 'fr', ['injured 0 0']],
    // Not counts of people held: those released on bail or brought before a judge, complaints, hours.
    ['Officers arrested 40 people, of whom 12 were granted police bail.', 'en', ['arrested 40 40']],
    ['Le parquet annonce 60 interpellations, dont 20 devaient être présentées au juge.', 'fr', ['arrested 60 60']],
    ['The commission said it had received 6 complaints.', 'en', []],
    ['Горячая линия работает с 9 до 21 часа.', 'ru', []],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});

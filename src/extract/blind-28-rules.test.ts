// Example sentences for the rules added after blind set 28 was measured: spoken ranges in words,
// crowds named by what they did, people no one can account for, a verb found past a word for
// people or an aside between dashes, counts that replace or are said of the one before, and
// people still not released.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 28', () => {
  it.each([
    ['We were maybe five thousand, six thousand weavers.', 'en', ['participants 5000 6000']],
    ['The nurse said thirty, thirty-five people were injured.', 'en', ['injured 30 35']],
    ['Police estimate the crowd at 2,300.', 'en', ['participants 2300 2300']],
    ['Police reckon 700, which is a joke.', 'en', ['participants 700 700']],
    ['Several thousand cane and sugar-mill workers have gathered on the road.', 'en', ['participants 3000 + ~']],
    ['Two police officers and several thousand farmers: nothing else.', 'en', []],
    ['Lawyers say they cannot account for six of those taken to the station.', 'en', ['missing 6 6']],
    ['Four families of the village still do not know where their sons are.', 'en', ['missing 4 4']],
    ['Ambulance took three away.', 'en', ['injured 3 3']],
    ['More than a thousand fishermen came to protest.', 'en', ['participants 1000 +']],
    ['Quelque 2 000 personnes — salariés, familles, voisins — ont défilé.', 'fr', ['participants 2000 2000 ~']],
    ['On nous a dit trente et quelques blessés.', 'fr', ['injured 30 + ~']],
    ['Le nombre d’interpellations n’est pas de 40 mais de 35.', 'fr', ['arrested 40 40', 'arrested 35 35']],
    [
      'Le centre hospitalier a reçu 20 blessés. Trois policiers figurent parmi eux.',
      'fr',
      ['injured 20 20', 'injured 3 3'],
    ],
    ['Il dit qu’on était 200 et que personne n’a été blessé.', 'fr', ['participants 200 200', 'injured 0 0']],
    ['Je les estime à huit cents au minimum.', 'fr', ['participants 800 +']],
    [
      'On n’a pas pu me dire où se trouvaient les cinq autres, et leurs familles ne le savent pas.',
      'fr',
      ['missing 5 5'],
    ],
    ['Elle ne sait toujours pas où la police a emmené ses trois fils.', 'fr', ['missing 3 3']],
    [
      'Ils ont emmené des gens, la radio dit 12, mais nous on en compte au moins vingt.',
      'fr',
      ['arrested 12 12', 'arrested 20 +'],
    ],
    ['Il y a des blessés, la radio dit 12.', 'fr', ['injured 12 12']],
    ['Девятеро до сих пор не отпущены.', 'ru', ['arrested 9 9']],
    ['Телесные повреждения получили 12 участников акции.', 'ru', ['injured 12 12']],
    ['Нас тут человек пятьсот было, не меньше.', 'ru', ['participants 500 + ~']],
    ['Погибших, по данным больницы, нет.', 'ru', ['killed 0 0']],
    ['Одной из причин протеста стала гибель трёх рабочих.', 'ru', ['killed 3 3']],
    ['В больнице сказали, что к ним доставлены шесть человек.', 'ru', ['injured 6 6']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});

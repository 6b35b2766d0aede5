// Example sentences for the rules added after blind set 6 was measured: "that" before a number
// word, scales shared by both ends of a range, a source named before another count, quoted
// phrases that end, asides and time clauses, trailing "at least", thread numbering, denials of
// severity only, and new wording.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 6', () => {
  it.each([
    // Number words and ranges.
    ['Officials confirmed that four people were killed and 30 injured.', 'en', ['killed 4 4', 'injured 30 30']],
    ['He said that one was hurt.', 'en', []],
    ['Witnesses say that one young woman is still missing.', 'en', ['missing 1 1']],
    ['Sadly, seven (7) persons lost their lives.', 'en', ['killed 7 7']],
    ['About 2.5 lakh workers stayed away from the mills.', 'en', ['participants 250000 250000 ~']],
    ['На площади собрались от трёх до пяти тысяч человек.', 'ru', ['participants 3000 5000']],
    ['За две ночи задержаны не менее 300 человек.', 'ru', ['arrested 300 +']],
    // Who says which count.
    [
      'По данным мэрии, на улицы вышли около 4 тыс. человек, по данным организаторов — от 10 до 15 тысяч.',
      'ru',
      ['participants 4000 4000 ~', 'participants 10000 15000'],
    ],
    ['Thousands have now joined the march.', 'en', ['participants 2000 + ~']],
    ['The number of martyrs has risen to 40.', 'en', ['killed 40 40']],
    // Where a figure's phrase ends.
    [
      'Police named "5,000 unknown workers" in 12 cases, and have arrested at least 90 people.',
      'en',
      ['arrested 90 +'],
    ],
    [
      'Rights groups put the number of injured at over 80, and say that one student is missing.',
      'en',
      ['injured 80 +', 'missing 1 1'],
    ],
    ['One young man, a 19-year-old apprentice, had died of his wounds.', 'en', ['killed 1 1']],
    ['Trois morts dans des heurts après l’arrestation d’un syndicaliste.', 'fr', ['killed 3 3']],
    ['Nous avons entendu 14 personnes, dont des blessés, des proches de victimes et des médecins.', 'fr', []],
    ['5 000 policiers sont déployés, dont 2 000 dans la capitale.', 'fr', []],
    ['L’opposition parle de huit morts au moins, et de cent blessés.', 'fr', ['killed 8 +', 'injured 100 100']],
    ['Пострадали, по нашим данным, семь человек.', 'ru', ['injured 7 7']],
    // Numbering, severity and denials.
    ['Thread\n3/ Police moved in at dawn.', 'en', []],
    ['The sheriff says nobody was seriously hurt.', 'en', []],
    ['Aucun blessé grave, selon la préfecture.', 'fr', []],
    ['«Задержаний не проводилось», — сказал представитель полиции.', 'ru', ['arrested 0 0']],
    ['Информация о якобы избитых задержанных не соответствует действительности.', 'ru', ['injured 0 0']],
    // Wording.
    ['At least 9 people were hit by rubber bullets.', 'en', ['injured 9 +']],
    ['Deux hommes se trouvent toujours entre la vie et la mort.', 'fr', ['injured 2 2']],
    ['Environ 200 individus ont pris à partie les forces de l’ordre.', 'fr', ['participants 200 200 ~']],
    ['Ils retiennent 12 militants au poste, affirme le syndicat.', 'fr', []],
    ['Une centaine de chantiers sont à l’arrêt.', 'fr', []],
    ['В соцсетях сообщают о пропаже двоих участников акции.', 'ru', ['missing 2 2']],
    ['В субботу на площадь выйдут не меньше тысячи человек.', 'ru', ['participants 1000 +']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});

// Example sentences for the rules added after blind set 5 was measured: ranges and codes written
// with a hyphen, French clock times, numbers that end a name, asides in brackets and lists, what
// befalls people counted by a participle, sentences opened by "of those", and new wording.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 5', () => {
  it.each([
    // Hyphens, clocks and names.
    ['Maybe 300-400 protesters were still there at midnight.', 'en', ['participants 300 400']],
    ['The strike ran from 2004-2005 and 12 miners were killed.', 'en', ['killed 12 12']],
    ['Le préfet invoque le règlement P-6 contre la manifestation.', 'fr', []],
    ['23 h 12 — une dizaine de personnes menottées devant la gare.', 'fr', ['arrested 10 10 ~']],
    ['Nine strikers were detained, among them Local 52 treasurer Ann Price.', 'en', ['arrested 9 9']],
    ['Aucun témoin n’a parlé de morts à Delmas 33 (quartier nord).', 'fr', []],
    ['In Zhanaozen 14 were killed.', 'en', ['killed 14 14']],
    // Asides.
    ['At least 80 people, among them nurses, drivers and students, were detained overnight.', 'en', ['arrested 80 +']],
    ['1 patient (female, about 40 years) died in theatre.', 'en', ['killed 1 1']],
    ['Les gendarmes (une quarantaine) ont embarqué 12 jeunes.', 'fr', ['arrested 12 12']],
    // What befell those counted, and who they are.
    ['Selon un avocat, trois détenus auraient été hospitalisés.', 'fr', ['injured 3 3']],
    ['Днём шестерых задержанных отпустили.', 'ru', []],
    ['Trois des cinq sont morts à l’hôpital.', 'fr', ['killed 3 3']],
    ['Of those detained in the capital, 40 have been moved to a prison in the north.', 'en', ['arrested 40 40']],
    ['Среди задержанных — трое журналистов.', 'ru', ['arrested 3 3']],
    [
      'There were about 900 of us, fewer than the 2,000+ at the rally on Friday.',
      'en',
      ['participants 900 900 ~', 'participants 2000 +'],
    ],
    [
      'Ils étaient 2 000 selon la police, « plus de 6 000 » selon les syndicats, à défiler.',
      'fr',
      ['participants 2000 2000', 'participants 6000 +'],
    ],
    ['La grève touche l’enseignement, qui compte 40 000 agents.', 'fr', []],
    // Denials reaching past an event or a source.
    ['Пострадавших в ходе утренней акции нет.', 'ru', ['injured 0 0']],
    ['Погибших, по данным областного управления здравоохранения, нет.', 'ru', ['killed 0 0']],
    // Wording.
    ['L’un d’eux a été transporté à l’hôpital.', 'fr', ['injured 1 1']],
    ['La police parle d’un seul policier blessé.', 'fr', ['injured 1 1']],
    ['Les secouristes ont pris en charge une vingtaine de personnes.', 'fr', ['injured 20 20 ~']],
    ['Quelque 200 jeunes ont fait face aux forces de l’ordre.', 'fr', ['participants 200 200 ~']],
    ['About 250 people were present when the police arrived.', 'en', ['participants 250 250 ~']],
    ['Workers demanding ₹50 a day struck work.', 'en', []],
    ['С травмами обратились пять рабочих.', 'ru', ['injured 5 5']],
    ['У одного из них перелом руки.', 'ru', ['injured 1 1']],
    ['Более трёхсот рабочих отказались приступать к работе.', 'ru', ['participants 300 +']],
    ['Шествие насчитывает тысячи человек.', 'ru', ['participants 2000 + ~']],
    ['Студенты нескольких вузов объявили забастовку.', 'ru', []],
    ['В автобусы посадили не меньше тридцати человек.', 'ru', ['arrested 30 +']],
    ['На митинге были десятка три человек.', 'ru', ['participants 30 30 ~']],
    ['Двух активистов доставили в отдел полиции.', 'ru', ['arrested 2 2']],
    ['Ещё около десяти человек не значатся ни в одном отделе.', 'ru', ['missing 10 10 ~']],
    ['Двоим суд назначил административный арест.', 'ru', []],
    ['❗️Задержаны четверо активистов.', 'ru', ['arrested 4 4']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});

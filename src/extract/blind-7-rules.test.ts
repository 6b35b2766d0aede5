// Example sentences for the rules added after blind set 7 was measured: another source's count
// between dashes or after a speaker, subjects joined by "and", the dead who stay dead, spans of
// ages, forces who are no crowd, denials that are denied, and new wording.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 7', () => {
  it.each([
    // Two counts of one crowd.
    [
      'Plus de 80.000 personnes — 60.000 selon la police — ont défilé à Liège.',
      'fr',
      ['participants 80000 +', 'participants 60000 60000'],
    ],
    [
      'По оценке полиции, на площадь вышли около 5 тысяч человек, организаторы говорили о 20 000.',
      'ru',
      ['participants 5000 5000 ~', 'participants 20000 20000'],
    ],
    [
      'Selon la préfecture, 9 000 manifestants ont défilé ; les syndicats en revendiquent 25 000.',
      'fr',
      ['participants 9000 9000', 'participants 25000 25000'],
    ],
    ['Колонна численностью около трёх тысяч человек прошла к мэрии.', 'ru', ['participants 3000 3000 ~']],
    // Who shares a verb, and who stays dead.
    ['Six policiers et trois gendarmes ont été blessés.', 'fr', ['injured 6 6', 'injured 3 3']],
    ['Un photographe a vu trois corps transportés vers l’hôpital.', 'fr', ['killed 3 3']],
    ['Thousands marched despite 4,000 soldiers on the streets.', 'en', ['participants 2000 + ~']],
    ['Plus de 12.000 agents ont défilé dans le centre.', 'fr', ['participants 12000 +']],
    // Numbers that count no one.
    ['The arrestees, whose ages range from 19 to 45, were booked into jail.', 'en', []],
    // Denials.
    ['Pas de démenti sur le nombre de morts.', 'fr', []],
    ['В полиции сообщили, что пострадавших «не зафиксировано».', 'ru', ['injured 0 0']],
    ['Задержания не производились.', 'ru', ['arrested 0 0']],
    // Wording.
    ['Un groupe de 200 individus s’en est pris aux forces de l’ordre.', 'fr', ['participants 200 200']],
    ['Plusieurs centaines de jeunes font face aux CRS.', 'fr', ['participants 300 + ~']],
    ['Entre cinquante et soixante jeunes ramassés dans le quartier.', 'fr', ['arrested 50 60']],
    ['В скорую обратились как минимум 9 участников акции.', 'ru', ['injured 9 +']],
    ['Ещё троим понадобилась помощь врачей.', 'ru', ['injured 3 3']],
    ['Организаторы говорят о 40 тысячах участников.', 'ru', ['participants 40000 40000']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});

// Example sentences for the rules added after blind set 32 was measured: a hospital's own
// briefing, requests from families, the main verb after a relative clause, how the dead died,
// "peut-être 700, 800", places listed after "ni", and words for the drowned and the unseen.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 32', () => {
  it.each([
    [
      'Media briefing — Emergency Department, regional hospital\n\nSince this morning we have received 12 patients from the port.',
      'en',
      ['injured 12 12'],
    ],
    ['Notre ligne a reçu 9 appels de proches à la recherche d’un manifestant.', 'fr', ['missing 9 9']],
    ['The union says two workers who were beaten at the protest died in hospital.', 'en', ['killed 2 2']],
    ['Lawyers documented at least 30 teachers who needed treatment after their arrest.', 'en', ['injured 30 +']],
    ['A list names six dead, four of them with gunshot wounds.', 'en', ['killed 6 6', 'killed 4 4']],
    ['Ils étaient peut-être 500, 600, pour protester contre la taxe.', 'fr', ['participants 500 600']],
    ['Introuvables : ni au commissariat, ni à la gendarmerie, ni à la prison centrale.', 'fr', []],
    ['Plusieurs appelants parlent de deux jeunes noyés.', 'fr', ['killed 2 2']],
    ['Il en reste au moins quatorze à la brigade.', 'fr', ['arrested 14 +']],
    ['Our volunteers attended to 25 people, among them six children.', 'en', ['injured 25 25', 'injured 6 6']],
    ['Pray for the families of four young men whom no one has seen since Tuesday.', 'en', ['missing 4 4']],
    ['Двое её сыновей не выходят на связь.', 'ru', ['missing 2 2']],
    ['У троих задержанных видны следы побоев.', 'ru', ['injured 3 3']],
    ['В больницу скорой помощи увезли по меньшей мере пятерых.', 'ru', ['injured 5 +']],
    [
      'К заводоуправлению пришли около 450 человек. Администрация называет «не более 120 работников».',
      'ru',
      ['participants 450 450 ~', 'participants 0 120'],
    ],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});

// Example sentences for the rules added after blind set 29 was measured: short Russian stems that
// the phrase index missed ("дн*"), "г." inside a sentence, people of a team, "at most" in Russian,
// a count given again with "the", and people whose place of detention no one can establish.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 29', () => {
  it.each([
    ['Семьи троих задержанных за пять дней так и не узнали, где они находятся.', 'ru', ['missing 3 3']],
    ['После разгона в приёмное отделение больницы г. Ставрополь поступили 14 человек.', 'ru', ['injured 14 14']],
    ['По словам жены, ещё двое из его бригады тоже пропали.', 'ru', ['missing 2 2']],
    ['Прораб говорит, что бастовали «от силы сорок».', 'ru', ['participants 0 40']],
    ['В центре временного содержания сейчас 12 человек.', 'ru', ['arrested 12 12']],
    ['В больнице сообщили о 9 обратившихся.', 'ru', ['injured 9 9']],
    ['Родственники не могут установить местонахождение двоих.', 'ru', ['missing 2 2']],
    ['В хукумате отвечают, что «никого не задерживали».', 'ru', ['arrested 0 0']],
    ['Письмо подписали родственники задержанных (подписи — 31).', 'ru', []],
    ['По словам одного из них, на площадь вышли сотни людей.', 'ru', ['participants 200 + ~']],
    ['The hospital confirmed the three deaths to us.', 'en', ['killed 3 3']],
    ['Traders say more than 900 of them came out this morning.', 'en', ['participants 900 +']],
    ['For a day, the whereabouts of five members were not known.', 'en', ['missing 5 5']],
    ['The company terminated the engagement of 40 members.', 'en', []],
    ['Aucun travailleur n’a été blessé sur le site.', 'fr', ['injured 0 0']],
    ['Le syndicat n’a pu établir le lieu de détention de trois délégués.', 'fr', ['missing 3 3']],
    ['La police confirme 15 arrestations. Deux mineurs en font partie.', 'fr', ['arrested 15 15', 'arrested 2 2']],
    ['Quelque 900 ouvriers, sur un effectif de 1 400, ont cessé le travail.', 'fr', ['participants 900 900 ~']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});

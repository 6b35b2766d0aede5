// Example sentences for the rules added after blind set 26 was measured: estimates and other
// counts only a crowd is given, labels before a colon, hospitals that received people, bounds
// and sources after the noun, and people no station has.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 26', () => {
  it.each([
    ['Two miners died in the flood. Police estimate 600.', 'en', ['killed 2 2', 'participants 600 600']],
    ['Our observers estimated 2,000–2,500 cyclists on the bridge.', 'en', ['participants 2000 2500 ~']],
    ['The mayor told us there were "no more than 300" people.', 'en', ['participants 0 300']],
    ['There are more than 200 private guards on the site.', 'en', []],
    ['Пока человек сто, подходят ещё.', 'ru', ['participants 100 100 ~']],
    ['Нас уже под пятьсот.', 'ru', ['participants 500 500 ~']],
    ['Задержаны, по словам соседей, «человек двадцать».', 'ru', ['arrested 20 20 ~']],
    ['BEATEN during arrest or in the cells: 7, of whom 2 needed stitches.', 'en', ['injured 7 7', 'injured 2 2']],
    ['Статус неизвестен: 3.', 'ru', ['missing 3 3']],
    [
      'Le centre hospitalier indique avoir accueilli 14 personnes, dont deux mineurs.',
      'fr',
      ['injured 14 14', 'injured 2 2'],
    ],
    ['The hospital says it received 9 people overnight.', 'en', ['injured 9 9']],
    ['Staff at the hospital said they had received four bodies.', 'en', ['killed 4 4']],
    [
      'Les marcheurs étaient 2 000 ; la police parle de « 600 personnes tout au plus ».',
      'fr',
      ['participants 2000 2000', 'participants 0 600'],
    ],
    [
      'Le cortège comptait 900 marins selon la CGT, « quelques centaines d’individus » selon la police.',
      'fr',
      ['participants 900 900', 'participants 300 + ~'],
    ],
    ['Мэрия сообщает о «группе примерно из ста человек».', 'ru', ['participants 100 100 ~']],
    ['Ещё троих нет ни в одном отделе.', 'ru', ['missing 3 3']],
    ['Родственники пятерых рабочих не могут их найти.', 'ru', ['missing 5 5']],
    ['О побоях при задержании рассказали 8 человек.', 'ru', ['injured 8 8']],
    ['Задержанных было 31.', 'ru', ['arrested 31 31']],
    ['Заявлений о пропаже людей не поступало и погибших нет.', 'ru', ['missing 0 0', 'killed 0 0']],
    ['DÉCÈS — aucun à notre connaissance.', 'fr', ['killed 0 0']],
    ['Plusieurs centaines de lycéens ont rejoint la marche.', 'fr', ['participants 300 + ~']],
    ['Aucun élève n’est porté disparu.', 'fr', ['missing 0 0']],
    ['Still no contact with 3 of our drivers since the charge.', 'en', ['missing 3 3']],
    ['The union said the families of two of them had not been able to locate them.', 'en', ['missing 2 2']],
    [
      'Несколько сотен человек, собравшихся у рынка после гибели трёх торговцев, разогнали.',
      'ru',
      ['participants 300 + ~', 'killed 3 3'],
    ],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});

// Example sentences for the rules added after blind set 27 was measured: a hospital's own report
// and its labels, crowds counted "at the peak" or as "a crowd of", people taken away or not on any
// list, figures in brackets, and "тысяча двести" read as one thousand two hundred.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 27', () => {
  it.each([
    [
      'URGENCES — HÔPITAL DE LA VILLE\n\nAdmissions liées à la manifestation : 18 patients. Dont 5 traumatismes et 9 intoxications aux gaz.',
      'fr',
      ['injured 18 18', 'injured 5 5', 'injured 9 9'],
    ],
    [
      'ОТЧЁТ ПРИЁМНОГО ОТДЕЛЕНИЯ\nГородская больница № 2\n\nПоступило с места событий: 12 человек.\nОбращения родственников, не нашедших близких в списках: 4.',
      'ru',
      ['injured 12 12', 'missing 4 4'],
    ],
    ['Patients brought in police custody and returned to it after treatment: 3.', 'en', ['arrested 3 3']],
    ['I would say two thousand at the peak.', 'en', ['participants 2000 2000']],
    ['Your report spoke of "a crowd of up to 90".', 'en', ['participants 0 90']],
    ['Police arrested a man of about eighty.', 'en', []],
    [
      'Lawyers said 20 of those detained were minors and that they could not locate three of them.',
      'en',
      ['arrested 20 20', 'missing 3 3'],
    ],
    [
      'Les syndicats ont compté 800 grévistes. 14 sont toujours au commissariat.',
      'fr',
      ['participants 800 800', 'arrested 14 14'],
    ],
    ['Trois étudiants ne répondent plus depuis mardi.', 'fr', ['missing 3 3']],
    ['Le parquet annonce 15 gardes à vue, et non 25.', 'fr', ['arrested 15 15', 'arrested 25 25']],
    ['The police told the radio there were "no more than 600".', 'en', ['participants 0 600']],
    [
      'После разгона акции (по данным полиции — около 300 человек) в больницу начали поступать пострадавшие.',
      'ru',
      ['participants 300 300 ~'],
    ],
    ['Пришли тысяча двести человек.', 'ru', ['participants 1200 1200']],
    ['Пришли тысяч двадцать.', 'ru', ['participants 20000 20000 ~']],
    ['В МВД сказали — «около трёхсот». Мы насчитали больше тысячи.', 'ru', []],
    [
      'Нас было больше тысячи. В МВД сказали — «около трёхсот».',
      'ru',
      ['participants 1000 +', 'participants 300 300 ~'],
    ],
    ['Увезли двенадцать человек.', 'ru', ['arrested 12 12']],
    ['Девятерых увезли в районную больницу.', 'ru', ['injured 9 9']],
    ['Побитых было много — я насчитала человек десять.', 'ru', ['injured 10 10 ~']],
    ['Ещё человек пять с синяками.', 'ru', ['injured 5 5 ~']],
    ['Родственники четверых рабочих говорят, что ни в одном отделе их не видели.', 'ru', ['missing 4 4']],
    ['Три года назад обвалом задавило двух горняков.', 'ru', ['killed 2 2']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});

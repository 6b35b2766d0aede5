// Example sentences for the rules added after blind set 13 was measured: people taken away whose
// whereabouts are unknown (across a semicolon, after "dont elles"), a group's size after
// "численностью", a whole group of whom a verb is denied, "тысяч на двадцать", ages and days that
// look like counts, and more words for the hurt, the held, the missing and those who gathered.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 13', () => {
  it.each([
    // Taken away, then no one knows where: missing only.
    [
      'Au moins 12 ouvriers ont été embarqués dans des camions ; le syndicat ignore où ils se trouvent.',
      'fr',
      ['missing 12 +'],
    ],
    [
      'Des familles signalent une trentaine de proches arrêtés dont elles n’ont plus aucune trace.',
      'fr',
      ['missing 30 30 ~'],
    ],
    ['Families of 14 students who could not be located after the march called our line.', 'en', ['missing 14 14']],
    ['Родители четверых подростков до сих пор не знают, где их дети.', 'ru', ['missing 4 4']],
    ['Ещё шесть человек до сих пор не найдены.', 'ru', ['missing 6 6']],
    ['Five boys from the street have not come home since the raid.', 'en', ['missing 5 5']],
    // A group's size, a column's size in words, people breaking in.
    ['Полиция остановила группу граждан численностью около 300 человек.', 'ru', ['participants 300 300 ~']],
    ['К площади идёт колонна тысяч на тридцать.', 'ru', ['participants 30000 30000 ~']],
    ['Несколько сотен человек прорвались в здание администрации.', 'ru', ['participants 300 + ~']],
    ['Des dizaines de casseurs lancent des pavés.', 'fr', ['participants 24 + ~']],
    ['Police put the number of miscreants at 5,000.', 'en', ['participants 5000 5000']],
    // People named by where they are from.
    ['Des dizaines de milliers de Gabonais sont descendus dans la rue.', 'fr', ['participants 20000 + ~']],
    ['Thousands of Kenyans marched in Nairobi.', 'en', ['participants 2000 + ~']],
    // A whole group of whom a verb is denied; a count of them is no denial.
    ['В прокуратуре утверждают, что «мирные жители не пострадали».', 'ru', ['injured 0 0']],
    ['Двадцать человек не пострадали.', 'ru', ['injured 20 20']],
    ['He said "not a single citizen died because of the police".', 'en', ['killed 0 0']],
    // The hurt and the held.
    [
      'В городскую больницу обратились 15 демонстрантов, трое из них оставлены в стационаре.',
      'ru',
      ['injured 15 15', 'injured 3 3'],
    ],
    ['The hospital authority said 90 persons attended public hospitals.', 'en', ['injured 90 90']],
    ['Police reported arresting 600 people; 120 were named suspects.', 'en', ['arrested 600 600']],
    ['Nous demandons la libération de nos 12 collègues.', 'fr', ['arrested 12 12']],
    // Not counts: the first age of a pair, a day before "May".
    ['Parmi les interpellés figurent des mineurs de 15 et 16 ans.', 'fr', []],
    ['The protests began on 31 May in the capital.', 'en', []],
    ['Где находятся задержанные, мы установили: это два районных отдела.', 'ru', []],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});

// Example sentences for the rules added after blind set 31 was measured: spoken ranges joined by
// a hyphen, counts after the time of a log entry, organisers' counts, "at most" in quotes of its
// own, a count corrected with "а не", and words for the bandaged, the examined and the unseen.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 31', () => {
  it.each([
    ['В мэрии говорят о «трёх-четырёх сотнях» участников.', 'ru', ['participants 300 400']],
    ['В больнице лежат человек пять-шесть.', 'ru', ['injured 5 6 ~']],
    ['10:15 12 arrested so far.', 'en', ['arrested 12 12']],
    ['Organisers counted "about 3,000".', 'en', ['participants 3000 3000 ~']],
    [
      'Vendors say 1,000 marched. Police say it was 300 "at most".',
      'en',
      ['participants 1000 1000', 'participants 0 300'],
    ],
    ['Уточнение: задержаны 21, а не 18.', 'ru', ['arrested 21 21', 'arrested 18 18']],
    ['Человек двенадцать перевязывают медики.', 'ru', ['injured 12 12 ~']],
    ['И ещё десятка полтора перевязали прямо на трассе.', 'ru', ['injured 15 15 ~']],
    ['Осмотрены на месте 6 человек.', 'ru', ['injured 6 6']],
    ['Selon les syndicats, 3 000 salariés avaient répondu à l’appel.', 'fr', ['participants 3000 3000']],
    ['Au moins trois jeunes n’ont pas été revus depuis la charge.', 'fr', ['missing 3 +']],
    ['The union says 2 members are not accounted for.', 'en', ['missing 2 2']],
    ['Total conveyed to hospital: 9.', 'en', ['injured 9 9']],
    ['Our legal team has names for 40.', 'en', ['arrested 40 40']],
    ['Пусть посчитают тракторы: их было больше трёхсот.', 'ru', []],
    ['Горячая линия приняла свыше 400 обращений от родственников.', 'ru', []],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});

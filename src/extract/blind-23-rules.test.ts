// Example sentences for the rules added after blind set 23 was measured: "не превышала" as an
// upper bound, "и" ("also") before a figure, a denial of the people "из" a group, and words for
// the held and the hurt.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 23', () => {
  it.each([
    ['По оценке полиции, численность собравшихся не превышала 250 человек.', 'ru', ['participants 0 250']],
    ['Защита настаивает, что травмы получили и не менее девяти демонстрантов.', 'ru', ['injured 9 +']],
    ['Свидетель заявил, что «никто из задержанных не пропадал».', 'ru', ['missing 0 0']],
    ['Сотрудниками полиции в дежурную часть доставлены 18 граждан.', 'ru', ['arrested 18 18']],
    ['Из них 21 человеку оказана амбулаторная помощь.', 'ru', ['injured 21 21']],
    ['Летальных исходов не зарегистрировано.', 'ru', ['killed 0 0']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});

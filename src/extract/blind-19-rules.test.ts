// Example sentences for the rules added after blind set 19 was measured: Swiss thousands with a
// typographic apostrophe, "de ce nombre" as a breakdown, whereabouts of "all" unknown, Russian
// denials after a pronoun part or "не поступало" (but not of "other" bodies), and words for the
// dead, the hurt, the held and the missing.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 19', () => {
  it.each([
    ['Environ 1’200 personnes se sont réunies place de la Riponne.', 'fr', ['participants 1200 1200 ~']],
    [
      'Notre urgence a accueilli 27 personnes blessées. De ce nombre, 5 sont des policiers.',
      'fr',
      ['injured 27 27', 'injured 5 5'],
    ],
    ['Где все пятеро — неизвестно.', 'ru', ['missing 5 5']],
    // Denials.
    ['«Задержаны 12 граждан, пострадавших среди них нет».', 'ru', ['arrested 12 12', 'injured 0 0']],
    ['Звоним в больницу: «умерших к нам не поступало».', 'ru', ['killed 0 0']],
    ['По их данным, других тел не поступало.', 'ru', []],
    ['Ищем троих ребят: их забрали у памятника, в отделах их нет.', 'ru', ['missing 3 3']],
    // The dead, the hurt, the held and the missing.
    ['В коллекторе утонули двое детей.', 'ru', ['killed 2 2']],
    ['Медицинская помощь потребовалась четырнадцати рабочим.', 'ru', ['injured 14 14']],
    ['Минимум 20 человек увезли в автобусах.', 'ru', ['arrested 20 +']],
    ['К вечеру в полиции остаются девять человек.', 'ru', ['arrested 9 9']],
    ['Родственники семерых задержанных говорят, что таких людей в полицию не доставляли.', 'ru', ['missing 7 7']],
    ['Quatre restent à la disposition du parquet.', 'fr', ['arrested 4 4']],
    ['Trois de ses membres n’ont pas reparu depuis.', 'fr', ['missing 3 3']],
    ['Au moins 14 personnes ont été touchées par des balles en caoutchouc.', 'fr', ['injured 14 +']],
    ['At least 20 were held beyond the 24 hours allowed by law.', 'en', ['arrested 20 +']],
    ['We have requests for 17 people not traced since the evening.', 'en', ['missing 17 17']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});

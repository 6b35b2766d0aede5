// Example sentences for the rules added after blind set 4 was measured: a death toll that rises
// however far its verb, "up from", people counted as security forces or by an article, dates and
// ages in ranges, hospital wording, and chat written without capitals.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 4', () => {
  it.each([
    // A toll and its change.
    ['Death toll from sit-in raid rises to 60', 'en', ['killed 60 60']],
    [
      'The death toll from a raid by security forces on a protest sit-in outside the ministry has risen to 60, up from 35 reported on Monday.',
      'en',
      ['killed 60 60', 'killed 35 35'],
    ],
    // Who is counted.
    [
      'About 300 pickets had gathered at dawn when some 60 deputies ordered them off the road.',
      'en',
      ['participants 300 300'],
    ],
    ['Three people died, including a police officer.', 'en', ['killed 3 3']],
    ['Police fired tear gas to disperse thousands of garment workers.', 'en', ['participants 2000 +']],
    ['Thousands of people had camped outside the ministry since April 6.', 'en', ['participants 2000 +']],
    [
      'Since March, more than 140,000 mineworkers have been on strike against the closure of 20 pits.',
      'en',
      ['participants 140000 +'],
    ],
    [
      'The strike has involved as many as 5,000 workers, according to the union. Growers put the figure at about 800.',
      'en',
      ['participants 0 5000', 'participants 800 800'],
    ],
    // Dates and ages.
    ['Between January 14 and 18, soldiers killed at least 17 people.', 'en', ['killed 17 +']],
    ['Doctors treated dozens of people, some as young as 16.', 'en', ['injured 24 +']],
    // Hospital wording.
    [
      '13 patients remain in the Intensive Care Unit, four of them on ventilator support.',
      'en',
      ['injured 13 13', 'injured 4 4'],
    ],
    // Russian: a count as the subject of a change, a breakdown by place, word order.
    [
      'Число пострадавших в ходе массовых беспорядков в столице Киргизии в ночь на вторник превысило 680 человек.',
      'ru',
      ['injured 680 +'],
    ],
    [
      'Задержаны около трёх тысяч человек, из них в Минске — более тысячи.',
      'ru',
      ['arrested 3000 3000', 'arrested 1000 +'],
    ],
    ['Всего за медицинской помощью обратились 686 человек.', 'ru', ['injured 686 686']],
    // Chat without capitals: each sentence keeps its own figure.
    [
      'police came at 7. i saw maybe 15 people beaten. at least 30 hurt here at the clinic.',
      'en',
      ['injured 15 15', 'injured 30 +'],
    ],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang).map((f) => f.replace(/ ~$/, ''))).toEqual(expected.map((f) => f.replace(/ ~$/, '')));
  });
});

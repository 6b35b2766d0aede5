// Example sentences for the rules added after blind set 9 was measured: people whose families
// cannot find them, "Of these, N" after a count, abductions, counts written "тысяч двадцать",
// people demanding something, and money that is no crowd.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 9', () => {
  it.each([
    // Missing, as families and lawyers say it.
    [
      'The families of 12 others, who were seen being taken away by soldiers, have been unable to locate them.',
      'en',
      ['missing 12 12'],
    ],
    ['Les familles de deux d’entre eux ignorent à ce jour où ils sont détenus.', 'fr', ['missing 2 2']],
    ['Nous n’avons aucune nouvelle de 4 étudiantes depuis l’assaut.', 'fr', ['missing 4 4']],
    ['Le parti affirme que trois de ses cadres ont été enlevés à leur domicile.', 'fr', ['missing 3 3']],
    ['Right now we are looking for 6 people.', 'en', ['missing 6 6']],
    ['Штаб не может установить местонахождение как минимум 15 активистов.', 'ru', ['missing 15 +']],
    ['Связи нет с двумя из них.', 'ru', ['missing 2 2']],
    // A part of the count just given.
    [
      'Police confirmed the arrest of 80 people. Of these, 35 have been moved to the central prison.',
      'en',
      ['arrested 80 80', 'arrested 35 35'],
    ],
    ['A total of 300 suspects were arrested. Of these, 120 were arraigned in court today.', 'en', ['arrested 300 300']],
    ['Un avocat, qui dit en avoir recensé 12, demande des comptes.', 'fr', []],
    // Counts and crowds.
    ['Собралось тысяч двадцать человек.', 'ru', ['participants 20000 20000 ~']],
    ['Tens of thousands again filled the streets of the capital.', 'en', ['participants 20000 + ~']],
    ['Près de 2 000 habitants réclamaient des emplois.', 'fr', ['participants 2000 2000 ~']],
    ['Garment workers walked out, demanding a minimum wage of 12,000 taka.', 'en', []],
    ['Les grévistes réclament 50 000 francs CFA par mois.', 'fr', []],
    ['По данным Минздрава, медицинская помощь оказана 14 участникам акции.', 'ru', ['injured 14 14']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});

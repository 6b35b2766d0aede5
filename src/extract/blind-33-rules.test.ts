// Example sentences for the rules added after blind set 33 was measured: question numbers that
// label, not count; a count that corrects another ("pas de 5 000 mais d'environ 1 500"); a clinic
// that saw patients; "maybe ten" after a part; "на трассе было … человек"; and the ribs of one man.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 33', () => {
  it.each([
    ['Question 1: How many people attended?\n\nOur estimate was 1,800.', 'en', ['participants 1800 1800']],
    [
      'Le nombre de manifestants n’était pas de 5 000 mais d’environ 1 500.',
      'fr',
      ['participants 5000 5000', 'participants 1500 1500 ~'],
    ],
    ['Ce n’est pas une dizaine de blessés mais 26 qu’a reçus l’hôpital.', 'fr', ['injured 10 10 ~', 'injured 26 26']],
    ['Число задержанных — не 40, как было указано, а 14.', 'ru', ['arrested 40 40', 'arrested 14 14']],
    ['FIELD REPORT: mobile clinic\n\nOur two teams saw 38 patients over the two days.', 'en', ['injured 38 38']],
    ['At the clinic I saw nine of our people, maybe ten.', 'en', ['injured 9 10']],
    ['Vendors’ leaders put it at 2,000.', 'en', ['participants 2000 2000']],
    ['Police have filed a case against 400 unnamed people and have detained 18.', 'en', ['arrested 18 18']],
    ['Four were referred to the central hospital.', 'en', ['injured 4 4']],
    ['По нашей оценке, на трассе было от 600 до 800 человек.', 'ru', ['participants 600 800']],
    ['Семерых мы отправили в региональную больницу.', 'ru', ['injured 7 7']],
    ['В медицинском центре подтвердили, что к ним обратились 17 человек.', 'ru', ['injured 17 17']],
    [
      'Нас было не меньше полутора тысяч. По телевизору потом сказали про «около 200 человек».',
      'ru',
      ['participants 1500 +', 'participants 200 200 ~'],
    ],
    ['Когда мужа отпустили, у него были сломаны два ребра.', 'ru', []],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});

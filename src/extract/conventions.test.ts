// Each row of the conventions table in DESIGN.md, in French, English and Russian.

import { describe, expect, it } from 'vitest';
import { only } from './test-helpers.js';
import type { Lang } from './types.js';

type Row = [phrase: string, min: number, max: number | null, approx: boolean];

const ROWS: Record<Lang, Row[]> = {
  fr: [
    ['Soixante-dix manifestants ont été tués.', 70, 70, false],
    ['Environ 150 personnes ont été tuées.', 150, 150, true],
    ['Au moins 64 personnes ont été tuées.', 64, null, false],
    ['Plus de 70 personnes ont été tuées.', 70, null, false],
    ["Jusqu'à 800 personnes ont été tuées.", 0, 800, false],
    ['De 70 à 150 personnes ont été tuées.', 70, 150, false],
    ['Entre 70 et 150 personnes ont été tuées.', 70, 150, false],
    ['Une dizaine de personnes ont été tuées.', 10, 10, true],
    ['Plusieurs personnes ont été tuées.', 3, null, true],
    ['Des dizaines de personnes ont été tuées.', 24, null, true],
    ['Plusieurs dizaines de personnes ont été tuées.', 30, null, true],
    ['Des centaines de personnes ont été tuées.', 200, null, true],
    ['Plusieurs centaines de personnes ont été tuées.', 300, null, true],
    ['Des milliers de personnes ont été tuées.', 2000, null, true],
    ['Plusieurs milliers de personnes ont été tuées.', 3000, null, true],
    ['Le ministère a nié tout mort.', 0, 0, false],
  ],
  en: [
    ['Seventy protesters were killed.', 70, 70, false],
    ['About 150 people were killed.', 150, 150, true],
    ['At least 64 people were killed.', 64, null, false],
    ['More than 70 people were killed.', 70, null, false],
    ['Up to 800 people were killed.', 0, 800, false],
    ['Between 70 and 150 people were killed.', 70, 150, false],
    ['A dozen people were killed.', 10, 10, true],
    ['Several people were killed.', 3, null, true],
    ['Dozens of people were killed.', 24, null, true],
    ['Several dozen people were killed.', 30, null, true],
    ['Hundreds of people were killed.', 200, null, true],
    ['Several hundred people were killed.', 300, null, true],
    ['Thousands of people were killed.', 2000, null, true],
    ['Several thousand people were killed.', 3000, null, true],
    ['The ministry denied any deaths.', 0, 0, false],
  ],
  ru: [
    ['Погибли семьдесят человек.', 70, 70, false],
    ['Погибли около 150 человек.', 150, 150, true],
    ['Погибли не менее 64 человек.', 64, null, false],
    ['Погибли более 70 человек.', 70, null, false],
    ['Погибли до 800 человек.', 0, 800, false],
    ['Погибли от 70 до 150 человек.', 70, 150, false],
    ['Погиб десяток человек.', 10, 10, true],
    ['Погибли несколько человек.', 3, null, true],
    ['Погибли десятки человек.', 24, null, true],
    ['Погибли несколько десятков человек.', 30, null, true],
    ['Погибли сотни человек.', 200, null, true],
    ['Погибли несколько сотен человек.', 300, null, true],
    ['Погибли тысячи человек.', 2000, null, true],
    ['Погибли несколько тысяч человек.', 3000, null, true],
    ['Власти отрицали гибель людей.', 0, 0, false],
  ],
};

for (const lang of ['fr', 'en', 'ru'] as const) {
  describe(`conventions for figures (${lang})`, () => {
    it.each(ROWS[lang])('%s → %i..%s', (phrase, min, max, approx) => {
      const claim = only(phrase, lang);
      expect(claim.metric).toBe('killed');
      expect({ min: claim.min, max: claim.max, approx: claim.approx }).toEqual({ min, max, approx });
    });
  });
}

describe('how numbers are written', () => {
  it.each([
    ['4.000 ouvriers ont cessé le travail.', 'fr', 4000],
    ['4 000 ouvriers ont cessé le travail.', 'fr', 4000],
    ['4\u202f000 ouvriers ont cessé le travail.', 'fr', 4000],
    ['4\u00a0000 ouvriers ont cessé le travail.', 'fr', 4000],
    ['4,000 workers stopped work.', 'en', 4000],
    ['Quatre-vingts ouvriers ont cessé le travail.', 'fr', 80],
    ['Quatre-vingt-dix-sept ouvriers ont cessé le travail.', 'fr', 97],
    ['Soixante et onze ouvriers ont cessé le travail.', 'fr', 71],
    ['Deux mille cinq cents ouvriers ont cessé le travail.', 'fr', 2500],
    ['One hundred and fifty workers stopped work.', 'en', 150],
    ['Twenty-five workers stopped work.', 'en', 25],
    ['Бастуют сто пятьдесят рабочих.', 'ru', 150],
    ['Бастуют две тысячи рабочих.', 'ru', 2000],
    ['Бастуют 10 тыс. рабочих.', 'ru', 10000],
    ['1,5 million de personnes ont manifesté.', 'fr', 1500000],
  ] as const)('%s', (text, lang, value) => {
    const claim = only(text, lang);
    expect(claim.metric).toBe('participants');
    expect(claim.min).toBe(value);
  });

  it('reads Russian numbers in oblique cases', () => {
    expect(only('Около семидесяти человек погибли.', 'ru')).toMatchObject({ metric: 'killed', min: 70, approx: true });
    expect(only('Среди погибших было не менее двухсот человек.', 'ru').min).toBe(200);
    expect(only('Задержаны трое активистов.', 'ru')).toMatchObject({ metric: 'arrested', min: 3, max: 3 });
  });

  it('spreads a multiplier over both ends of a range', () => {
    expect(only('В забастовке участвуют от 12 до 15 тысяч нефтяников.', 'ru')).toMatchObject({
      min: 12000,
      max: 15000,
    });
  });

  it('reads "30+" as open-ended and "about ten" as approximate', () => {
    expect(only('30+ people are dead.', 'en')).toMatchObject({ min: 30, max: null });
    expect(only('About ten people were arrested.', 'en')).toMatchObject({ min: 10, approx: true });
  });

  it('reads "выросло до 14" as where the count got to, not as a cap', () => {
    expect(only('Число погибших выросло до 14.', 'ru')).toMatchObject({ metric: 'killed', min: 14, max: 14 });
  });

  it('reads "около тысячи", "более тысячи" as one thousand (genitive singular after a modifier)', () => {
    expect(only('Бастуют около тысячи человек.', 'ru')).toMatchObject({
      metric: 'participants',
      min: 1000,
      max: 1000,
      approx: true,
    });
    expect(only('Бастуют более тысячи шахтёров.', 'ru')).toMatchObject({ min: 1000, max: null });
    expect(only('Полиция задержала около сотни человек.', 'ru')).toMatchObject({
      metric: 'arrested',
      min: 100,
      max: 100,
      approx: true,
    });
    expect(only('Сотни задержанных содержатся в изоляторе.', 'ru')).toMatchObject({ min: 200, max: null });
  });

  it('reads a count of tens or hundreds in Russian ("двух десятков", "две сотни")', () => {
    expect(only('Задержаны не больше двух десятков человек.', 'ru')).toMatchObject({ min: 0, max: 20 });
    expect(only('Задержаны две сотни человек.', 'ru')).toMatchObject({ min: 200, max: 200 });
  });
});

// Around a figure: is it hedged, who says it, when it holds, and which language the text is.

import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract.js';
import { detectLanguage } from './language.js';
import { claimsOf, only } from './test-helpers.js';

describe('hedges', () => {
  it.each([
    ['Il est bien possible que 150 personnes aient été tuées.', 'fr'],
    ['Il semblerait que 40 personnes aient été arrêtées.', 'fr'],
    ['Selon certaines sources, 30 personnes auraient été blessées.', 'fr'],
    ['200 people were reportedly detained.', 'en'],
    ['Up to 70 people may have been killed.', 'en'],
    ['По некоторым данным, погибли 70 человек.', 'ru'],
    ['Предположительно, задержаны 100 человек.', 'ru'],
  ] as const)('%s is hedged', (text, lang) => {
    expect(only(text, lang).hedged).toBe(true);
  });

  it.each([
    ['La police a arrêté 40 personnes.', 'fr'],
    ['Police arrested 40 people in May.', 'en'],
    ['Полиция задержала 40 человек.', 'ru'],
  ] as const)('%s is asserted', (text, lang) => {
    expect(only(text, lang).hedged).toBe(false);
  });

  it('hedges only the figure the hedge governs', () => {
    const [first, second] = claimsOf(
      'On comptait 70 tués vers 14 heures, et il est possible que ce chiffre ait été porté à 150 samedi.',
      'fr',
    );
    expect(first?.hedged).toBe(false);
    expect(second).toMatchObject({ metric: 'killed', min: 150, hedged: true });
  });
});

describe('attribution', () => {
  it.each([
    ['Selon le ministère de l’Intérieur, 11 personnes ont été tuées.', 'fr', 'le ministère de l’Intérieur'],
    ['Le parquet a annoncé que 14 personnes avaient été tuées.', 'fr', 'Le parquet'],
    ['According to the workers, 70 people were killed.', 'en', 'the workers'],
    ['At least 10 people were killed, the prosecutor general said.', 'en', 'the prosecutor general'],
    ['По словам рабочих, погибли 70 человек.', 'ru', 'рабочих'],
    ['МВД сообщило, что задержаны 70 человек.', 'ru', 'МВД'],
  ] as const)('%s → %s', (text, lang, who) => {
    expect(only(text, lang).attribution).toBe(who);
  });

  it('is null when the text itself asserts the figure', () => {
    expect(only('Police arrested 40 people.', 'en').attribution).toBeNull();
  });

  it('takes the speaker named in the next sentence ("Ces données ... par ...")', () => {
    const text = 'On compte 70 tués vers 14 heures. Ces données ont été communiquées par les travailleurs eux-mêmes.';
    expect(only(text, 'fr').attribution).toBe('les travailleurs');
  });

  it('names the speaker of a denial', () => {
    const claim = only("Le ministère des Affaires étrangères a tout d'abord nié l'existence de morts.", 'fr');
    expect(claim).toMatchObject({
      metric: 'killed',
      min: 0,
      max: 0,
      attribution: 'Le ministère des Affaires étrangères',
    });
  });
});

describe('as of', () => {
  // 2011-12-16 in Asia/Aqtau is UTC+5: 14:00 local is 09:00Z.
  it('reads "vers 14 heures locales" as about 14:00 local, to the hour', () => {
    expect(only('Il y avait 70 tués vers 14 heures locales.', 'fr').asOf).toEqual({
      instant: '2011-12-16T09:00:00.000Z',
      precision: 'hour',
      approx: true,
      by: false,
    });
  });

  it('reads "vers 12h45" to the minute', () => {
    expect(only('Vers 12h45, 20 grévistes ont été blessés.', 'fr').asOf).toMatchObject({
      instant: '2011-12-16T07:45:00.000Z',
      precision: 'minute',
      approx: true,
    });
  });

  it('keeps a deadline: "d’ici à ce samedi matin", "by Saturday morning", "к утру субботы"', () => {
    const fr = only('Le bilan pourrait atteindre 150 morts d’ici à ce samedi matin.', 'fr').asOf;
    const en = only('The toll could reach 150 dead by Saturday morning.', 'en').asOf;
    const ru = only('К утру субботы число погибших может достичь 150.', 'ru').asOf;
    for (const asOf of [fr, en, ru]) {
      expect(asOf).toMatchObject({ precision: 'part-of-day', by: true });
      expect(asOf?.instant.startsWith('2011-12-17')).toBe(true);
    }
  });

  it('reads "около 14 часов" as about 14:00', () => {
    expect(only('Около 14 часов погибли 70 человек.', 'ru').asOf).toMatchObject({
      instant: '2011-12-16T09:00:00.000Z',
      precision: 'hour',
      approx: true,
    });
  });

  it('reads a part of the day, late in the evening', () => {
    expect(only('Tard au soir, les autorités ont reconnu la mort de 10 personnes.', 'fr').asOf).toMatchObject({
      instant: '2011-12-16T17:00:00.000Z',
      precision: 'part-of-day',
    });
  });

  it('does not read a figure as a time ("à 150")', () => {
    expect(only('Le chiffre des morts est passé à 150.', 'fr').asOf).toBeNull();
  });

  it('is null without a reference date', () => {
    expect(extractClaims('70 people were killed at about 2 pm.', { lang: 'en' }).claims[0]?.asOf).toBeNull();
  });
});

describe('language', () => {
  it.each([
    ['Il semblerait qu’environ 150 personnes aient été arrêtées à Janaözen.', 'fr'],
    ['Police said about 150 people were arrested in the town.', 'en'],
    ['По словам рабочих, погибли 70 человек.', 'ru'],
    [
      'Selon le syndicat, les ouvriers du pétrole sont en grève depuis le mois de mai et réclament des hausses de salaire ; la direction refuse toute négociation avec eux et a licencié près de mille salariés.',
      'fr',
    ],
    [
      'The strike began in May, when oil workers demanded higher pay and the right to form an independent union; the company answered by dismissing almost a thousand of them.',
      'en',
    ],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('is detected when not given, and the figures are read in it', () => {
    expect(extractClaims('Погибли 12 человек.')).toMatchObject({ lang: 'ru', claims: [{ metric: 'killed', min: 12 }] });
  });
});

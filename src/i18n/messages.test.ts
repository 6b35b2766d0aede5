import { describe, expect, it } from 'vitest';
import { pickLocale } from './negotiate.js';
import { LOCALES, MESSAGES, type MessageTree, translator } from './translator.js';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

describe('interface messages', () => {
  const keysOf = (locale: (typeof LOCALES)[number]) => flatten(MESSAGES[locale]);
  const baseKeys = (locale: (typeof LOCALES)[number]) => new Set(keysOf(locale).map((k) => k.replace(PLURAL, '')));

  it('has every message in all four languages', () => {
    const english = [...baseKeys('en')].sort();
    for (const locale of LOCALES) expect([...baseKeys(locale)].sort(), locale).toEqual(english);
  });

  it('gives each plural message every form the language needs', () => {
    for (const locale of LOCALES) {
      const keys = new Set(keysOf(locale));
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const plurals = new Set(
        keysOf('en')
          .filter((k) => PLURAL.test(k))
          .map((k) => k.replace(PLURAL, '')),
      );
      for (const base of plurals) {
        for (const category of categories)
          expect(keys.has(`${base}_${category}`), `${locale}: ${base}_${category}`).toBe(true);
      }
    }
  });

  it('chooses Russian plural forms by the number', () => {
    const { t } = translator('ru');
    expect(t('tally.claims', { count: 1 })).toBe('1 цифра');
    expect(t('tally.claims', { count: 3 })).toBe('3 цифры');
    expect(t('tally.claims', { count: 5 })).toBe('5 цифр');
    expect(t('tally.claims', { count: 21 })).toBe('21 цифра');
  });

  it('speaks each language with its own words', () => {
    expect(translator('fr').t('metric.killed')).toBe('Tués');
    expect(translator('kk').t('time.byMorning')).toBe('таңға қарай');
    expect(translator('en').t('tally.according', { party: 'A & B' })).toBe('According to A & B');
  });
});

describe('pickLocale', () => {
  it('takes the first language a reader asks for that the site speaks', () => {
    expect(pickLocale('ru-RU,ru;q=0.9,en;q=0.8')).toBe('ru');
    expect(pickLocale('de-DE, kk;q=0.7, fr;q=0.8')).toBe('fr');
    expect(pickLocale('de')).toBe('en');
    expect(pickLocale(undefined)).toBe('en');
  });
});

// The interface languages and one translator per language. i18next picks plural forms through
// Intl.PluralRules (ru: one/few/many; kk: one/other), so no plural rule is written by hand here.
import i18next, { type i18n } from 'i18next';
import { en } from './en.js';
import { fr } from './fr.js';
import { kk } from './kk.js';
import { ru } from './ru.js';

export interface MessageTree {
  [key: string]: string | MessageTree;
}

export const LOCALES = ['fr', 'en', 'ru', 'kk'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export const MESSAGES: Record<Locale, MessageTree> = { en, fr, ru, kk };

/** Each language named in itself, for the language switcher. */
export const LANGUAGE_NAMES: Record<Locale, string> = { fr: 'Français', en: 'English', ru: 'Русский', kk: 'Қазақша' };

/** The locale Intl formats dates and numbers in (en-GB: "16 Dec 2011", not "Dec 16, 2011"). */
const INTL_LOCALES: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', ru: 'ru-RU', kk: 'kk-KZ' };

export interface Translator {
  locale: Locale;
  intlLocale: string;
  t(key: string, options?: Record<string, unknown>): string;
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

function createInstance(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    resources: Object.fromEntries(LOCALES.map((l) => [l, { translation: MESSAGES[l] }])),
    initAsync: false,
    // Views escape on render; escaping here too would show "&amp;" in party names.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

const translators = new Map<Locale, Translator>();

export function translator(locale: Locale): Translator {
  let found = translators.get(locale);
  if (!found) {
    const instance = createInstance(locale);
    // Most messages are labels without values; i18next resolves each call afresh, which costs a
    // third of the time of publishing a large mirror, so those are kept once resolved.
    const labels = new Map<string, string>();
    const t = (key: string, options?: Record<string, unknown>): string => {
      if (options) return instance.t(key, options) as string;
      let label = labels.get(key);
      if (label === undefined) {
        label = instance.t(key, {}) as string;
        labels.set(key, label);
      }
      return label;
    };
    found = { locale, intlLocale: INTL_LOCALES[locale], t };
    translators.set(locale, found);
  }
  return found;
}

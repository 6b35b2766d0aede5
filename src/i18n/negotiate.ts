// Chooses the interface language from an Accept-Language header: the reader's first choice we
// speak, else English.
import { DEFAULT_LOCALE, isLocale, type Locale } from './translator.js';

export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const wanted = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { language: tag.trim().toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((w) => w.q > 0 && !Number.isNaN(w.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return wanted.map((w) => w.language).find(isLocale) ?? DEFAULT_LOCALE;
}

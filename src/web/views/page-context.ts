// What every view of a public page needs beside its data: the reader's language and the way to
// write links (the server's or the mirror's). Given once at the top of the page.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale, Translator } from '../../i18n/translator.js';
import type { Links } from '../links.js';

export interface PageContext {
  tr: Translator;
  links: Links;
  /** The site path of this very page in another language, for the language switcher. */
  inLocale: (locale: Locale) => string;
  /** On the live server (forms can be sent); false in the static mirror, which has no forms. */
  live: boolean;
}

export const Page = createContext<PageContext | null>(null);

export function usePage(): PageContext {
  const page = useContext(Page);
  if (!page) throw new Error('a public view was rendered outside its page context');
  return page;
}

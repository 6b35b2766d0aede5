// Guesses the language of a report (fr, en or ru) when the caller does not say: franc-min on
// a sample, and the script and common words when the text is too short for it.

import { franc } from 'franc-min';
import type { Lang } from './types.js';

const SAMPLE = 4000;
// Below this franc guesses from too few trigrams; common words and script decide instead.
const FRANC_MIN_LENGTH = 200;
const FROM_ISO3: Record<string, Lang> = { fra: 'fr', eng: 'en', rus: 'ru' };
const FRENCH_HINTS =
  /(?:^|[^\p{L}])(?:le|la|les|des|du|une|et|est|sont|ont|été|à|au|dans|selon|par|pour|que|qui|environ|personnes|morts|tués|blessés)(?=[^\p{L}]|$)|[éèêàçùœ]/giu;
const ENGLISH_HINTS =
  /(?:^|[^\p{L}])(?:the|and|of|were|was|is|are|have|has|in|on|to|by|said|people|police|killed|injured|arrested|detained|according|about|at|least)(?=[^\p{L}]|$)/giu;

export function detectLanguage(text: string): Lang {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const guess = FROM_ISO3[franc(sample, { only: ['fra', 'eng', 'rus'], minLength: FRANC_MIN_LENGTH })];
  if (guess !== undefined) return guess;
  return byScript(sample);
}

/** Cyrillic letters make Russian; otherwise French or English by their commonest words. */
export function byScript(sample: string): Lang {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  if (cyrillic > 0 && cyrillic >= latin) return 'ru';
  const fr = sample.match(FRENCH_HINTS)?.length ?? 0;
  const en = sample.match(ENGLISH_HINTS)?.length ?? 0;
  return fr > en ? 'fr' : 'en';
}

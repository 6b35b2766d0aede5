// Small readers the rules share: the cue at a token, sentences, quotes and fillers stepped over,
// and where the reading of one document stands.

import type { Metric } from '../domain/claim.js';
import type { Annotated, CueSpan } from './annotate.js';
import type { Quantity } from './numbers.js';
import type { Token } from './tokens.js';

/** Cue phrases already claimed by a figure (a Set, or a trial overlay on one). */
export interface ClaimedCues {
  has(cue: CueSpan): boolean;
  add(cue: CueSpan): unknown;
}

/** Where the reading of one document stands, shared by the figures of that document. */
export interface BindState {
  /** Token index -> index of the quantity starting there. */
  quantityAt: Map<number, number>;
  quantities: Quantity[];
  /** Cue phrases already claimed by a figure on their left ("70 killed"). */
  consumed: ClaimedCues;
  /** The last metric bound, with its sentence and paragraph, for "dont 4" and "ce chiffre". */
  last: { metric: Metric; sentence: number; paragraph: number; start: number } | null;
  /** Starts of quantities read as the whole of a part ("17,000 of its 24,000 members"). */
  absorbed?: Set<number>;
  /** The metric of each sentence's first figure: "Of these, 8 …" is a part of it. */
  firstOfSentence?: Map<number, Metric>;
}

export type Binding = { metric: Metric } | { metric: null; final: boolean };

export const COORDINATORS = new Set(['and', 'or', 'et', 'ou', 'и', 'или', '&', '/', 'nor', 'ni']);

// Quotation marks around a figure or its noun ("« plusieurs »", "«не более двухсот» сотрудников").
export const QUOTES = new Set(['«', '»', '"', '“', '”', '„', "'", '‘', '’']);

export function cueOf(doc: Annotated, i: number): CueSpan | null {
  return doc.cover[i] ?? null;
}

export function sameSentence(doc: Annotated, a: number, b: number): boolean {
  return doc.seg.sentenceOf[a] === doc.seg.sentenceOf[b];
}

export function isStop(t: Token): boolean {
  return t.kind === 'punct' && (t.text === ';' || t.text === '.' || t.text === '!' || t.text === '?');
}

// After "dont", an article or a pronoun starts a clause about them ("dont les familles", "dont elles").
export const ARTICLES = new Set(['les', 'la', 'le', 'leurs', 'leur', 'the', 'their', 'elles', 'ils', 'on']);

// Words opening a sentence about a part of those counted: "Of those detained in Bamenda, 23 ...",
// "Среди задержанных — двое журналистов", "Parmi les blessés, 4 policiers".
export const PART_OPENERS = new Set(['of', 'among', 'amongst', 'parmi', 'среди', 'из']);

export function skipQuotesLeft(doc: Annotated, k: number): number {
  let j = k;
  while (j > k - 2 && QUOTES.has(doc.tokens[j]?.text ?? '')) j--;
  return j;
}

export function skipFillers(doc: Annotated, k: number): number {
  let j = k;
  while (j < k + 2 && doc.sets.fillers.has(doc.tokens[j]?.lower ?? '') && cueOf(doc, j) === null) j++;
  return j;
}

export function skipQuotesRight(doc: Annotated, k: number): number {
  let j = k;
  while (j < k + 2 && QUOTES.has(doc.tokens[j]?.text ?? '')) j++;
  return j;
}

export const STILL = new Set(['ещё', 'еще', 'также', 'тоже', 'уже']);

export const DASHES = new Set(['—', '–']);

export function isQuantityEnd(state: BindState, k: number): boolean {
  // Quantities are few per sentence; check the ones that could end at k.
  for (let j = k; j >= Math.max(0, k - 6); j--) {
    const idx = state.quantityAt.get(j);
    if (idx !== undefined) {
      const q = state.quantities[idx] as Quantity;
      return q.end > k;
    }
  }
  return false;
}

// How many plain words a source's or speaker's name may take before its cue.
export const SOURCE_NAME_REACH = 4;

/** The first cue met reading back from k over a few plain words of the figure's sentence. */
export function cueBehindWords(doc: Annotated, from: number, q: Quantity): CueSpan | null {
  for (let k = from, words = 0; words <= SOURCE_NAME_REACH && k >= 0 && sameSentence(doc, k, q.start); k--, words++) {
    const c = cueOf(doc, k);
    if (c !== null) return c;
    if (doc.tokens[k]?.kind !== 'word') return null;
  }
  return null;
}

// Words that negate a verb in the three languages ("n'avaient tué", "has not abducted", "не знают").
export const NEGATIONS = new Set(['не', 'ne', 'n', 'pas', 'not', 'never', 't']);

// Nouns that Russian puts before a figure to make it approximate ("человек 15").
export const INVERTED_NOUNS = new Set(['человек', 'людей']);

// "было", "были": a verb of being that Russian puts beside a count ("задержанных было 27").
export const WAS = new Set(['было', 'были', 'был', 'была']);

// Words opening what someone says or a clause of its own ("говорят, что", "dit que", "said that").
export const THAT = new Set(['что', 'que', 'qu', 'that']);

// "уже", "déjà", "already": a word between a figure and what it is compared with.
export const ALREADY = new Set(['уже', 'déjà', 'already']);

/**
 * Where an opening bracket not yet closed stands before token `at`, within `reach` tokens of its
 * sentence, or -1. The reach is a bound, so that no input makes a scan quadratic.
 */
export function openBracketBefore(doc: Annotated, at: number, reach: number): number {
  for (let k = at - 1; k >= Math.max(0, at - reach) && sameSentence(doc, k, at); k--) {
    const text = doc.tokens[k]?.text;
    if (text === ')') return -1;
    if (text === '(') return k;
  }
  return -1;
}

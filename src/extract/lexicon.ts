// The shape of a language's word lists and the matcher that finds their phrases in tokens.
// Each language file (lexicon-fr/en/ru.ts) is data only; all rules live elsewhere.

import type { Metric } from '../domain/claim.js';
import type { Token } from './tokens.js';

/** What a phrase tells about the figures around it. */
export type Cue =
  | { kind: 'metric'; metric: Metric; role: 'noun' | 'pred' }
  | { kind: 'participantNoun' }
  | { kind: 'participantPred' }
  | { kind: 'groupNoun' }
  | { kind: 'eventNoun' }
  /** A verb giving an event's size ("le cortège comptait", "the rally drew"). */
  | { kind: 'countVerb' }
  | { kind: 'nonPerson' }
  | { kind: 'block' }
  | { kind: 'toll' }
  | { kind: 'anaphor' }
  | { kind: 'hedge' }
  | { kind: 'source' }
  | { kind: 'speech' }
  | { kind: 'denial' }
  | { kind: 'negator' }
  | { kind: 'negatorAfter' }
  /** "accounted for", "установлены": everyone is found, when "all" comes before. */
  | { kind: 'accounted' }
  | { kind: 'breakdown' }
  | { kind: 'unit' }
  | { kind: 'prefix' }
  | { kind: 'date' }
  | { kind: 'change' }
  | { kind: 'contrast' };

export type Modifier = 'approx' | 'atLeast' | 'moreThan' | 'upTo' | 'lessThan' | 'between' | 'from';

export interface VagueValue {
  min: number;
  max: number | null;
  approx: boolean;
}

export type NumberWordKind = 'unit' | 'ten' | 'hundred' | 'scale' | 'abs';

export interface NumberWord {
  value: number;
  kind: NumberWordKind;
}

/** A phrase written as space-separated tokens; a token ending in '*' matches by prefix. */
export type PhraseTable<T> = Array<[string, T]>;

export interface Lexicon {
  cues: PhraseTable<Cue>;
  modifiers: PhraseTable<Modifier>;
  vague: PhraseTable<VagueValue>;
  /** Vague words read otherwise right after a modifier (ru "около тысячи" is one thousand). */
  vagueAfterModifier?: PhraseTable<VagueValue>;
  numberWords: Record<string, NumberWord>;
  /** Words joining number words ("vingt et un", "one hundred and fifty"). */
  numberJoiners: string[];
  /** Words after a number word that add a half to it ("двух с половиной тысяч"). */
  halfAfter?: string[];
  /** Words between two counts that make the second an upper bound ("150, peut-être 200"). */
  maybe?: string[];
  /** Words after a figure multiplying it ("4 thousand", "10 тыс."). */
  scales: Record<string, number>;
  /** Words before a number word that make it no figure ("no one", "ни одного"). */
  numberWordBlockers: string[];
  /** Words before "one" that make it a pronoun ("that one", "which one") but let "that three" count. */
  oneBlockers?: string[];
  /** Second half of a range after 'between' ("and") and after 'from' ("to"). */
  rangeAnd: string[];
  rangeTo: string[];
  /** Words between two figures making a range without an opener ("70 to 150", "70 или 80"). */
  rangeBare: string[];
  /** Small words skipped between a figure and its head noun ("des dizaines de personnes"). */
  fillers: string[];
  /** Auxiliaries and adverbs skipped when looking for the verb of a figure. */
  auxiliaries: string[];
  /** Words that open a subordinate or coordinate clause; a speaker's name never crosses one. */
  clauseWords: string[];
  /** Adverbs and time words trimmed off the front of a speaker ("tout d'abord", "first"). */
  speakerTrim: string[];
  pronouns: string[];
  /** Security forces sent in ("60 deputies", "200 policiers"): a count of them is no count of protesters. */
  forceNouns: string[];
  /** Prepositions before a place name ("à Janaözen", "in Aqtau", "в Жанаозене"). */
  placePrepositions: string[];
  /** Trailing words dropped from a speaker ("eux-mêmes", "themselves"). */
  speakerTail: string[];
  /** Sentence openers pointing back at figures just given ("Ces données", "These figures"). */
  references: PhraseTable<true>;
  /** Words introducing who gave those figures ("par", "by", "от"). */
  agents: PhraseTable<true>;
}

interface CompiledPhrase<T> {
  parts: string[];
  /** Which parts match by prefix. */
  prefix: boolean[];
  value: T;
  order: number;
}

export interface PhraseMatch<T> {
  start: number;
  /** Index after the last token of the phrase. */
  end: number;
  value: T;
}

const STEM_KEY = 3;

/** Finds phrases of one table in tokens; lookups are by first word so cost stays per token. */
export class PhraseMatcher<T> {
  private readonly exact = new Map<string, CompiledPhrase<T>[]>();
  private readonly stems = new Map<string, CompiledPhrase<T>[]>();
  private readonly shortStems: CompiledPhrase<T>[] = [];

  constructor(table: PhraseTable<T>) {
    table.forEach(([phrase, value], order) => {
      const raw = phrase.split(' ').filter((p) => p.length > 0);
      const parts = raw.map((p) => (p.endsWith('*') ? p.slice(0, -1) : p));
      const prefix = raw.map((p) => p.endsWith('*'));
      const compiled: CompiledPhrase<T> = { parts, prefix, value, order };
      const first = parts[0] ?? '';
      if (prefix[0] && first.length >= STEM_KEY) {
        push(this.stems, first.slice(0, STEM_KEY), compiled);
      } else if (prefix[0]) {
        // "дн*" (дней, дня): too short a stem for the index, so tried on every token.
        this.shortStems.push(compiled);
      } else {
        push(this.exact, first, compiled);
      }
    });
  }

  /** The longest phrase starting at token i (earliest listed wins a tie), or null. */
  matchAt(tokens: Token[], i: number): PhraseMatch<T> | null {
    const t = tokens[i];
    if (t === undefined) return null;
    // No closures here: this runs for every token of every document.
    let best = bestOf(tokens, i, this.exact.get(t.lower), null);
    if (t.lower.length >= STEM_KEY) best = bestOf(tokens, i, this.stems.get(t.lower.slice(0, STEM_KEY)), best);
    if (this.shortStems.length > 0) best = bestOf(tokens, i, this.shortStems, best);
    if (best === null) return null;
    return { start: i, end: i + best.parts.length, value: best.value };
  }
}

function bestOf<T>(
  tokens: Token[],
  i: number,
  list: CompiledPhrase<T>[] | undefined,
  best: CompiledPhrase<T> | null,
): CompiledPhrase<T> | null {
  if (list === undefined) return best;
  let found = best;
  for (const phrase of list) {
    if (
      found !== null &&
      (phrase.parts.length < found.parts.length ||
        (phrase.parts.length === found.parts.length && phrase.order > found.order))
    )
      continue;
    if (matches(tokens, i, phrase)) found = phrase;
  }
  return found;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function matches<T>(tokens: Token[], i: number, phrase: CompiledPhrase<T>): boolean {
  for (let k = 0; k < phrase.parts.length; k++) {
    const t = tokens[i + k];
    if (t === undefined) return false;
    const part = phrase.parts[k] as string;
    if (phrase.prefix[k]) {
      if (!t.lower.startsWith(part)) return false;
    } else if (t.lower !== part) {
      return false;
    }
  }
  return true;
}

/** Lists phrases separated by '|' under one value: table('mort|morts', cue). */
export function table<const T>(phrases: string, value: T): PhraseTable<T> {
  return phrases
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p): [string, T] => [p, value]);
}

export const killed = (role: 'noun' | 'pred'): Cue => ({ kind: 'metric', metric: 'killed', role });
export const injured = (role: 'noun' | 'pred'): Cue => ({ kind: 'metric', metric: 'injured', role });
export const arrested = (role: 'noun' | 'pred'): Cue => ({ kind: 'metric', metric: 'arrested', role });
export const missing = (role: 'noun' | 'pred'): Cue => ({ kind: 'metric', metric: 'missing', role });
export const cue = (kind: Exclude<Cue['kind'], 'metric'>): Cue => ({ kind }) as Cue;
export const vague = (min: number, max: number | null = null, approx = true): VagueValue => ({ min, max, approx });

/** Number words from 'word=value' pairs of one kind. */
export function numberWords(kind: NumberWordKind, pairs: string): Record<string, NumberWord> {
  const out: Record<string, NumberWord> = {};
  for (const pair of pairs.split(/\s+/)) {
    if (pair.length === 0) continue;
    const [words, value] = pair.split('=');
    for (const word of (words ?? '').split('/')) out[word] = { value: Number(value), kind };
  }
  return out;
}

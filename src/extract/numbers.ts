// Reads the figure a phrase gives, following the conventions table of DESIGN.md: digits with
// thousands separators, number words in every case, vague quantifiers, ranges, "at least",
// "up to". Each read looks at a bounded number of tokens, so a scan stays linear.

import type { Figure } from '../domain/claim.js';
import type { Cue, Lexicon, Modifier, NumberWord, VagueValue } from './lexicon.js';
import { PhraseMatcher } from './lexicon.js';
import { WAS } from './reading.js';
import type { Token } from './tokens.js';

export interface Quantity extends Figure {
  /** First token, modifiers included ("au moins", "environ"). */
  start: number;
  /** Index after the last token. */
  end: number;
  /** Tokens of each number core read (one, or two for a range). */
  cores: Array<{ start: number; end: number; kind: CoreKind }>;
}

type CoreKind = 'digits' | 'words' | 'vague';

interface Core extends Figure {
  start: number;
  end: number;
  kind: CoreKind;
  integer: boolean;
  /** Multiplier written after digits ("15 тысяч" is 15 × 1000), 1 when none. */
  scale: number;
}

// Nouns Russian puts before a count to make it approximate.
const INVERTED = new Set(['человек', 'людей']);
const LINKS = new Set(['из', 'of']);
const OF_OURS = new Set(['of', 'de', 'd', 'из']);
const OURS = new Set(['our', 'their', 'nos', 'leurs', 'наших', 'их']);
const INVERTED_SCALES = new Set(['тысяч', 'тыщ', 'тыс', 'тыщи']);
// Past this many number words in a row the text is not counting anything.
const MAX_NUMBER_WORDS = 8;
const MAX_WORD_LENGTH = 40;
// "a"/"un" count only inside a longer number ("a hundred", "vingt et un").
const ARTICLES = new Set(['a', 'an', 'un', 'une']);
const ABBREVIATED_SCALES = new Set(['тыс', 'млн', 'k', 'mln']);
const MAX_FIGURE = 1e9;
// Russian prepositions between a modifier and its figure ("как минимум о 25 погибших").
// "как минимум о 25", "максимум в 400": a preposition between a modifier and its figure.
const ONLY = new Set(['qu', 'que']);
const QUOTE_MARKS = new Set(['«', '"', '“']);
const MODIFIER_GAP = new Set(['о', 'об', 'в']);

export class QuantityReader {
  private readonly modifiers: PhraseMatcher<Modifier>;
  private readonly vague: PhraseMatcher<VagueValue>;
  private readonly vagueAfterModifier: PhraseMatcher<VagueValue>;
  private readonly words: Map<string, NumberWord>;
  private readonly joiners: Set<string>;
  private readonly half: string[];
  private readonly maybe: string[][];
  private readonly blockers: Set<string>;
  private readonly oneBlockers: Set<string>;
  private readonly auxiliaries: Set<string>;
  private readonly rangeAnd: Set<string>;
  private readonly rangeTo: Set<string>;
  private readonly rangeBare: Set<string>;
  private readonly scales: Map<string, number>;

  constructor(readonly lex: Lexicon) {
    this.modifiers = new PhraseMatcher(lex.modifiers);
    this.vague = new PhraseMatcher(lex.vague);
    this.vagueAfterModifier = new PhraseMatcher(lex.vagueAfterModifier ?? []);
    this.words = new Map(Object.entries(lex.numberWords));
    this.joiners = new Set(lex.numberJoiners);
    this.half = lex.halfAfter ?? [];
    this.maybe = (lex.maybe ?? []).map((phrase) => phrase.split(' '));
    this.blockers = new Set(lex.numberWordBlockers);
    this.oneBlockers = new Set(lex.oneBlockers ?? []);
    this.auxiliaries = new Set(lex.auxiliaries);
    this.rangeAnd = new Set(lex.rangeAnd);
    this.rangeTo = new Set(lex.rangeTo);
    this.rangeBare = new Set(lex.rangeBare);
    this.scales = new Map(Object.entries(lex.scales));
  }

  /**
   * The quantity starting at token i (possibly after modifiers), or null. `cueAt` tells the
   * cue of a token, used where a word before a figure changes its reading (ru "выросло до").
   */
  read(tokens: Token[], i: number, cueAt: (index: number) => Cue | null): Quantity | null {
    this.cueAt = cueAt;
    const mods: Array<{ value: Modifier; start: number }> = [];
    let j = i;
    for (let k = 0; k < 2; k++) {
      // "no information about 6 others": a word that ends a metric phrase is no modifier.
      if (cueAt(j)?.kind === 'metric') break;
      const m = this.modifiers.matchAt(tokens, j);
      if (m === null) break;
      mods.push({ value: m.value, start: j });
      j = m.end;
    }
    // "как минимум о 25 погибших": a preposition may stand between the modifier and the figure.
    // "как минимум о двух погибших": or a number word.
    const afterGap = tokens[j + 1];
    if (
      mods.length > 0 &&
      MODIFIER_GAP.has(tokens[j]?.lower ?? '') &&
      (afterGap?.kind === 'number' || this.words.has(afterGap?.lower ?? ''))
    )
      j++;
    let first = mods.length > 0 ? (this.afterModifier(tokens, j) ?? this.core(tokens, j)) : this.core(tokens, j);
    // A modifier that is not followed by a figure was an ordinary word ("de", "over").
    if (first === null) {
      if (mods.length === 0) return null;
      first = this.core(tokens, i);
      if (first === null) return null;
      mods.length = 0;
    }
    const opener = mods.find((m) => m.value === 'between' || m.value === 'from')?.value;
    let second: Core | null = null;
    const next = tokens[first.end];
    if (next !== undefined) {
      const connector = next.lower;
      if (opener === 'between' && this.rangeAnd.has(connector)) second = this.core(tokens, first.end + 1);
      else if (opener === 'from' && this.rangeTo.has(connector)) second = this.core(tokens, first.end + 1);
      else if (
        opener === undefined &&
        connector === ',' &&
        (first.kind === 'words' || this.hedgedBefore(tokens, first.start))
      ) {
        // "three thousand, four thousand", "forty, forty-five": a spoken range, in words; in
        // digits after "maybe" ("peut-être 700, 800").
        const candidate = this.core(tokens, first.end + 1);
        if (
          candidate !== null &&
          candidate.kind === first.kind &&
          candidate.min > first.min &&
          candidate.min <= first.min * 2 &&
          !(tokens[candidate.end]?.text === ',' && this.startsCount(tokens, candidate.end + 1))
        )
          second = candidate;
      } else if (
        opener === undefined &&
        this.rangeBare.has(connector) &&
        this.cueAt(first.start - 1)?.kind !== 'prefix'
      ) {
        // "по сводке № 2 — 17": a label's number is no low end of a range.
        const candidate = this.core(tokens, first.end + 1);
        // A bare range reads low to high and joins like with like ("70 à 150", "one or two").
        if (candidate !== null && candidate.min > first.min && candidate.kind === first.kind) second = candidate;
      }
    }
    if (second === null && opener === undefined) second = this.maybeMore(tokens, first.end, first);
    // "de 70 morts": an opener without its second half is no opener.
    const activeMods = opener !== undefined && second === null ? mods.filter((m) => m.value !== opener) : mods;
    const start = activeMods[0]?.start ?? first.start;
    let min = first.min;
    let max = first.max;
    let approx = first.approx;
    let end = first.end;
    const cores: Quantity['cores'] = [{ start: first.start, end: first.end, kind: first.kind }];
    if (second !== null && first.scale === 1 && second.scale > 1 && first.min * second.scale <= second.min) {
      // "от 12 до 15 тысяч", "de 2 à 3 millions", "от 2,5 до 3 тысяч": the multiplier belongs to
      // both ends.
      const low = Math.round(first.min * second.scale);
      first = {
        ...first,
        min: low,
        max: first.max === null ? null : Math.round(first.max * second.scale),
        integer: Number.isInteger(first.min * second.scale),
      };
    }
    if (second !== null) {
      const low = Math.min(first.min, second.min);
      const high = second.max === null || first.max === null ? null : Math.max(first.max, second.max);
      min = low;
      max = high;
      approx = first.approx || second.approx;
      end = second.end;
      cores.push({ start: second.start, end: second.end, kind: second.kind });
    }
    // Russian "до" after a verb of change ("выросло до 70") is where a count got to, not a cap.
    const before = cueAt(start - 1);
    for (const { value: mod } of activeMods) {
      if (mod === 'approx') approx = true;
      else if (mod === 'atLeast' || mod === 'moreThan') max = null;
      else if ((mod === 'upTo' || mod === 'lessThan') && before?.kind !== 'change') {
        max = max ?? min;
        min = 0;
      }
    }
    // "тыщ 5 не меньше": "at least" may follow the figure when nothing comes after it.
    // "500 "at most"": or within quotes of their own.
    const trailing =
      this.modifiers.matchAt(tokens, end) ??
      (QUOTE_MARKS.has(tokens[end]?.text ?? '') ? this.modifiers.matchAt(tokens, end + 1) : null);
    const closes = (k: number) => {
      const after = tokens[k];
      return after === undefined || (after.kind === 'punct' && after.text !== '%');
    };
    // "семьдесят с лишним человек": or before the noun for the people.
    const peopleNext = (k: number) => {
      const kind = cueAt(k)?.kind;
      return kind === 'groupNoun' || kind === 'participantNoun';
    };
    if (
      trailing !== null &&
      trailing.value === 'atLeast' &&
      second === null &&
      (closes(trailing.end) || peopleNext(trailing.end))
    ) {
      max = null;
      end = trailing.end;
    } else if (
      trailing !== null &&
      trailing.value === 'upTo' &&
      second === null &&
      activeMods.length === 0 &&
      (closes(trailing.end) || cueAt(trailing.end)?.kind === 'source')
    ) {
      // "un millier tout au plus selon les autorités": an upper bound after the figure.
      max = max ?? min;
      min = 0;
      end = trailing.end;
    } else if (
      second === null &&
      activeMods.length === 0 &&
      peopleNext(end) &&
      this.modifiers.matchAt(tokens, end + 1)?.value === 'upTo' &&
      closes(this.modifiers.matchAt(tokens, end + 1)?.end ?? end)
    ) {
      // "« 1 200 personnes tout au plus »": the bound follows the noun; the noun stays the figure's.
      max = max ?? min;
      min = 0;
    } else if (
      second === null &&
      (tokens[end]?.text === ',' || (WAS.has(tokens[end]?.lower ?? '') && tokens[end + 1]?.text === ','))
    ) {
      // "человек девятьсот было, не меньше": "was" may come before the comma.
      if (tokens[end]?.text !== ',') end++;
      // "Quatre-vingt-six, au minimum.", "тысяч двадцать, не меньше", "тысячи полторы, не
      // больше": set off by a comma.
      const set = this.modifiers.matchAt(tokens, end + 1);
      if (set !== null && set.value === 'atLeast' && closes(set.end)) max = null;
      else if (set !== null && set.value === 'upTo' && closes(set.end) && activeMods.length === 0) {
        max = max ?? min;
        min = 0;
      }
    } else if (second === null && tokens[end]?.kind === 'word') {
      // "six morts au moins,": or after its noun, the figure still ending there.
      const afterNoun = this.modifiers.matchAt(tokens, end + 1);
      if (afterNoun !== null && afterNoun.value === 'atLeast' && closes(afterNoun.end)) max = null;
    }
    if (!first.integer || (second !== null && !second.integer)) return null;
    if (min > MAX_FIGURE || (max !== null && max > MAX_FIGURE)) return null;
    // "человек двадцать", "«человек 150–200»": the noun put first makes the count approximate.
    const inverted = INVERTED.has(tokens[start - 1]?.lower ?? '') && tokens[start - 2]?.kind !== 'number';
    // "группе примерно из ста человек": an approximation before the preposition.
    const approxBefore =
      LINKS.has(tokens[start - 1]?.lower ?? '') && this.modifiers.matchAt(tokens, start - 2)?.value === 'approx';
    return { start, end, cores, min, max, approx: approx || inverted || approxBefore };
  }

  private cueAt: (index: number) => Cue | null = () => null;

  private afterModifier(tokens: Token[], j: number): Core | null {
    const v = this.vagueAfterModifier.matchAt(tokens, j);
    return v === null ? null : { start: j, end: v.end, kind: 'vague', integer: true, scale: 1, ...v.value };
  }

  private core(tokens: Token[], j: number): Core | null {
    const t = tokens[j];
    if (t === undefined) return null;
    const v = this.vague.matchAt(tokens, j);
    if (v !== null) {
      // "pas un seul mort": a single one, negated, is no one.
      if (v.value.min === 1 && this.blockers.has(tokens[j - 1]?.lower ?? '')) return null;
      // "des centaines" is vague, but "deux centaines" never reaches here: number words first.
      return { start: j, end: v.end, kind: 'vague', integer: true, scale: 1, ...v.value };
    }
    if (t.kind === 'number') {
      if (Number.isNaN(t.value)) return null;
      let value = t.value;
      let end = j + 1;
      const scaleToken = tokens[end];
      const scale =
        scaleToken !== undefined && scaleToken.kind === 'word' ? this.scales.get(scaleToken.lower) : undefined;
      if (scale !== undefined) {
        value = Math.round(value * scale);
        end++;
        const dot = tokens[end];
        if (dot !== undefined && dot.text === '.' && ABBREVIATED_SCALES.has((scaleToken as Token).lower)) end++;
      }
      // "30+": open-ended.
      const plus = tokens[end];
      const open = plus !== undefined && plus.text === '+' && plus.attached;
      if (open) end++;
      return {
        start: j,
        end,
        kind: 'digits',
        min: value,
        max: open ? null : value,
        approx: false,
        integer: Number.isInteger(value),
        scale: scale ?? 1,
      };
    }
    if (t.kind !== 'word') return null;
    // "тыщ 5", "тысяч 10": a scale word before the digits (colloquial Russian approximation).
    const scale = this.scales.get(t.lower);
    const digits = tokens[j + 1];
    if (scale !== undefined && digits !== undefined && digits.kind === 'number' && !Number.isNaN(digits.value)) {
      const after = tokens[j + 2];
      if (after === undefined || after.kind !== 'word' || !this.scales.has(after.lower)) {
        const value = digits.value * scale;
        return {
          start: j,
          end: j + 2,
          kind: 'digits',
          min: value,
          max: value,
          approx: true,
          integer: Number.isInteger(value),
          scale,
        };
      }
    }
    // "тысяч пять", "тысяч двадцать", "тысяч на двадцать": the same with the count in words.
    // "тысяча двести" is 1 200, not an inversion: only the genitive plural is put first.
    if (scale !== undefined && scale >= 1000 && INVERTED_SCALES.has(t.lower)) {
      const gap = tokens[j + 1]?.lower === 'на' ? 1 : 0;
      const words = this.numberWords(tokens, j + 1 + gap);
      if (words !== null && words.scale === 1 && words.min < 1000 && words.integer) {
        const value = words.min * scale;
        return { start: j, end: words.end, kind: 'words', min: value, max: value, approx: true, integer: true, scale };
      }
    }
    const prev = tokens[j - 1];
    if (prev !== undefined && this.blockers.has(prev.lower)) {
      // "confirmed the two deaths": a count given again with its metric noun.
      const again = prev.lower === 'the' ? this.numberWords(tokens, j) : null;
      const noun = again === null ? null : this.cueAt(again.end);
      return again !== null && again.min > 1 && noun?.kind === 'metric' && noun.role === 'noun' ? again : null;
    }
    // "that one was hurt" is a pronoun; "that one young man remains missing" counts one.
    if (
      prev !== undefined &&
      this.oneBlockers.has(prev.lower) &&
      this.words.get(tokens[j]?.lower ?? '')?.value === 1 &&
      (tokens[j + 1] === undefined ||
        tokens[j + 1]?.kind === 'punct' ||
        this.auxiliaries.has(tokens[j + 1]?.lower ?? ''))
    )
      return null;
    // "ни в одном": a blocker before a short preposition still blocks.
    const prev2 = tokens[j - 2];
    if (prev !== undefined && prev.text.length <= 2 && prev2 !== undefined && this.blockers.has(prev2.lower))
      return null;
    return this.numberWords(tokens, j);
  }

  /** "un mort et une vingtaine de blessés": a metric noun, then "et" and another count. */
  private inTally(tokens: Token[], end: number): boolean {
    const noun = this.cueAt(end);
    if (noun?.kind !== 'metric' || noun.role !== 'noun') return false;
    // "« un mort à Saint-Louis »": a toll of one, quoted.
    if (noun.metric === 'killed' && QUOTE_MARKS.has(tokens[end - 2]?.text ?? '')) return true;
    const and = tokens[end + 1]?.lower;
    if (and !== 'et' && and !== 'and' && and !== 'и') return false;
    const next = tokens[end + 2];
    return (
      next !== undefined &&
      (next.kind === 'number' || this.words.has(next.lower) || this.vague.matchAt(tokens, end + 2) !== null)
    );
  }

  /** True when the words of `phrase` (lower case) stand at k; false for an empty phrase. */
  private startsWith(tokens: Token[], k: number, phrase: string[]): boolean {
    return phrase.length > 0 && phrase.every((word, i) => tokens[k + i]?.lower === word);
  }

  private isScaleAt(tokens: Token[], k: number): boolean {
    return this.words.get(tokens[k]?.lower ?? '')?.kind === 'scale';
  }

  /** "150, peut-être 200", "сто пятьдесят, может двести": the second count after a hedge, or null. */
  private maybeMore(tokens: Token[], from: number, first: Core): Core | null {
    // "nine of our people, maybe ten": the part's whole may stand before the second count.
    const end = OF_OURS.has(tokens[from]?.lower ?? '') && OURS.has(tokens[from + 1]?.lower ?? '') ? from + 3 : from;
    if (tokens[end]?.text !== ',') return null;
    for (const phrase of this.maybe) {
      if (!this.startsWith(tokens, end + 1, phrase)) continue;
      const second = this.core(tokens, end + 1 + phrase.length);
      // "Une quinzaine, peut-être vingt": a vague count, then a closer one in words.
      const like = second?.kind === first.kind || (first.kind === 'vague' && second?.kind === 'words');
      return second !== null && like && second.min > first.min ? second : null;
    }
    return null;
  }

  /** Sums a run of number words ("soixante-dix", "one hundred and fifty", "сто пятьдесят"). */
  private numberWords(tokens: Token[], j: number): Core | null {
    const pair = this.hyphenRange(tokens, j);
    if (pair !== null) return pair;
    let total = 0;
    let current = 0;
    let last: NumberWord | null = null;
    let parts = 0;
    let end = j;
    let firstWord = '';
    let k = j;
    while (k < tokens.length && parts < MAX_NUMBER_WORDS) {
      const t = tokens[k] as Token;
      if (t.kind !== 'word' || t.text.length > MAX_WORD_LENGTH) break;
      if (last !== null && this.joiners.has(t.lower)) {
        const after = tokens[k + 1];
        const w = after === undefined ? undefined : this.words.get(after.lower);
        const fits =
          w !== undefined &&
          (w.kind === 'unit' || (w.kind === 'ten' && (last.kind === 'hundred' || last.kind === 'scale')));
        if (!fits || (current === 0 && last.kind !== 'scale')) break;
        k++;
        continue;
      }
      const pieces = t.lower.split('-');
      let consumed = true;
      const saved = { total, current, last, parts };
      for (const piece of pieces) {
        const w = this.words.get(piece);
        if (w === undefined || !this.fits(last, w, current)) {
          consumed = false;
          break;
        }
        if (parts === 0) firstWord = piece;
        ({ total, current } = apply(total, current, last, w));
        last = w;
        parts++;
      }
      if (!consumed) {
        ({ total, current, last, parts } = saved);
        break;
      }
      k++;
      end = k;
      // "двух с половиной тысяч": a half, before the scale that multiplies it.
      if (
        last?.kind === 'unit' &&
        this.startsWith(tokens, k, this.half) &&
        this.isScaleAt(tokens, k + this.half.length)
      ) {
        current += 0.5;
        k += this.half.length;
      }
    }
    if (parts === 0) return null;
    // "un"/"une" alone is an article, except right after "dont" or "parmi eux", where it counts
    // one. English "a"/"an" is never "one" on its own: "including a police officer" names a
    // person, it does not count one (the word for that is "one").
    // "« un mort et une vingtaine de blessés »": one in a tally beside another count.
    if (
      parts === 1 &&
      ARTICLES.has(firstWord) &&
      (firstWord === 'a' || firstWord === 'an' || this.cueAt(j - 1)?.kind !== 'breakdown') &&
      !this.inTally(tokens, end) &&
      // "ne reconnaît qu'un décès": only one.
      !(ONLY.has(tokens[j - 1]?.lower ?? '') && this.cueAt(end)?.kind === 'metric')
    )
      return null;
    const value = total + current;
    // "полтора" alone (1.5) counts no one; "полутора тысяч" is 1500.
    return {
      start: j,
      end,
      kind: 'words',
      min: value,
      max: value,
      approx: false,
      integer: Number.isInteger(value),
      // "от пяти до семи тысяч", "eight to nine hundred": a scale word at the end may belong to
      // both ends of a range.
      scale: last !== null && (last.kind === 'scale' || last.kind === 'hundred') && parts > 1 ? last.value : 1,
    };
  }

  /** A number in digits or words starts at k ("one, two, three": a list, not a range). */
  private startsCount(tokens: Token[], k: number): boolean {
    const t = tokens[k];
    return t !== undefined && (t.kind === 'number' || this.words.has(t.lower));
  }

  private hedgedBefore(tokens: Token[], start: number): boolean {
    const before = tokens[start - 1]?.lower;
    return this.maybe.some((words) => words.length === 1 && words[0] === before);
  }

  /**
   * "семь-восемь", "двух-трёх тысячах", "seven-eight": two number words of one kind joined by a
   * hyphen, the second larger, are a spoken range (and a scale after them multiplies both).
   */
  private hyphenRange(tokens: Token[], j: number): Core | null {
    const t = tokens[j];
    if (t === undefined || t.kind !== 'word') return null;
    const pieces = t.lower.split('-');
    if (pieces.length !== 2) return null;
    const low = this.words.get(pieces[0] as string);
    const high = this.words.get(pieces[1] as string);
    if (low === undefined || high === undefined || low.kind !== high.kind || high.value <= low.value) return null;
    if (low.kind !== 'unit' && low.kind !== 'ten') return null;
    const scaleWord = this.words.get(tokens[j + 1]?.lower ?? '');
    const scale = scaleWord?.kind === 'scale' ? scaleWord.value : 1;
    return {
      start: j,
      end: scale > 1 ? j + 2 : j + 1,
      kind: 'words',
      min: low.value * scale,
      max: high.value * scale,
      approx: false,
      integer: true,
      scale,
    };
  }

  private fits(last: NumberWord | null, w: NumberWord, current: number): boolean {
    if (last === null) return true;
    const rest = current % 100;
    switch (w.kind) {
      case 'unit':
        if (last.kind === 'unit') return last.value === 10 && w.value < 10; // dix-sept
        if (last.kind === 'ten')
          return rest % 10 === 0 && (w.value < 10 || (w.value < 20 && (rest === 60 || rest === 80)));
        return true;
      case 'ten':
        if (last.kind === 'unit') return last.value === 4 && w.value === 20 && rest === 4; // quatre-vingt
        return last.kind !== 'ten' && rest === 0;
      case 'hundred':
        // "two hundred", and "twelve hundred", "dix-sept cents".
        return last.kind === 'unit' && current < 20;
      case 'abs':
        return last.kind === 'scale';
      case 'scale':
        return last.kind !== 'scale' || w.value > last.value;
    }
  }
}

function apply(
  total: number,
  current: number,
  last: NumberWord | null,
  w: NumberWord,
): { total: number; current: number } {
  switch (w.kind) {
    case 'unit':
    case 'abs':
      return { total, current: current + w.value };
    case 'ten':
      if (last !== null && last.kind === 'unit' && last.value === 4 && w.value === 20)
        return { total, current: current - 4 + 80 };
      return { total, current: current + w.value };
    case 'hundred':
      return { total, current: (current === 0 ? 1 : current) * 100 };
    case 'scale':
      return { total: total + (current === 0 ? 1 : current) * w.value, current: 0 };
  }
}

// The extraction engine: text in, proposed claims out. Pure (no I/O); linear in the length
// of the text, since every step looks at a bounded window around each figure.

import type { Metric, ReportedTime } from '../domain/claim.js';
import { type Annotated, annotate } from './annotate.js';
import { attributionFromFollowingSentence, attributionInSentence } from './attribution.js';
import { findDenials } from './denials.js';
import { isFigure } from './filters.js';
import { isHedged } from './hedges.js';
import { detectLanguage } from './language.js';
import type { Lexicon } from './lexicon.js';
import { en } from './lexicon-en.js';
import { fr } from './lexicon-fr.js';
import { ru } from './lexicon-ru.js';
import { bindMetric } from './metrics.js';
import { type Quantity, QuantityReader } from './numbers.js';
import { placeNear } from './place.js';
import type { BindState } from './reading.js';
import { type FoundTime, findTimes, mayHoldTime, type ResolvedReference, resolveReference } from './time.js';
import type { Token } from './tokens.js';
import type { ExtractOptions, ExtractResult, Lang, ProposedClaim } from './types.js';

const LEXICONS: Record<Lang, Lexicon> = { fr, en, ru };
const readers = new Map<Lang, QuantityReader>();
// A quote is the figure's sentence, cut to this many characters either side of the figure.
const QUOTE_REACH = 240;
// Passages handed to chrono are cut the same way and parsed in batches of this size.
const TIME_PASSAGE_REACH = 300;
const TIME_BATCH = 20_000;
const TIME_SEPARATOR = '\n\n\n\n';

function readerFor(lang: Lang): QuantityReader {
  let reader = readers.get(lang);
  if (reader === undefined) {
    reader = new QuantityReader(LEXICONS[lang]);
    readers.set(lang, reader);
  }
  return reader;
}

/** A claim before its time, hedge and speaker are known: where it is and what it counts. */
interface Draft {
  metric: Metric;
  min: number;
  max: number | null;
  approx: boolean;
  /** Tokens of the figure (or of the denial). */
  first: number;
  last: number;
  sentence: number;
}

export function extractClaims(text: string, options: ExtractOptions = {}): ExtractResult {
  const lang = options.lang ?? detectLanguage(text);
  const reference = options.reference === undefined ? null : resolveReference(options.reference);
  if (text.length === 0) return { lang, claims: [] };
  const doc = annotate(text, LEXICONS[lang]);
  const drafts = findDrafts(doc, lang);
  const times = reference === null ? null : timesFor(doc, drafts, lang, reference);
  const claims = drafts.map((d) => toClaim(doc, d, times));
  fillFromFollowingSentences(doc, drafts, claims);
  return { lang, claims };
}

/** "six (6) persons": digits in brackets that repeat the words before them are one figure. */
function repeatsInBrackets(tokens: Token[], before: Quantity | undefined, q: Quantity): boolean {
  return (
    before !== undefined &&
    before.end === q.start - 1 &&
    tokens[q.start - 1]?.text === '(' &&
    tokens[q.end]?.text === ')' &&
    before.min === q.min &&
    before.max === q.max
  );
}

function findDrafts(doc: Annotated, lang: Lang): Draft[] {
  const { tokens, cover, seg } = doc;
  const reader = readerFor(lang);
  const cueAt = (i: number) => cover[i]?.cue ?? null;
  const quantities: Quantity[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i] as Token;
    // Only a digit, a word or a sign like "~" can open a figure.
    const q =
      t.kind === 'punct' && t.text !== '~' && t.text !== '≈' && t.text !== '+' ? null : reader.read(tokens, i, cueAt);
    if (q === null) {
      i++;
      continue;
    }
    if (isFigure(doc, q) && !repeatsInBrackets(tokens, quantities.at(-1), q)) quantities.push(q);
    i = Math.max(q.end, i + 1);
  }
  const state: BindState = {
    quantityAt: new Map(),
    quantities,
    consumed: new Set(),
    last: null,
    firstOfSentence: new Map(),
  };
  for (const [index, q] of quantities.entries()) state.quantityAt.set(q.start, index);
  const drafts: Draft[] = [];
  for (const q of quantities) {
    const metric = bindMetric(doc, q, state);
    if (metric === null) continue;
    const sentence = seg.sentenceOf[q.start] ?? 0;
    state.last = { metric, sentence, paragraph: seg.paragraphOf[q.start] ?? 0, start: q.start };
    if (!state.firstOfSentence?.has(sentence)) state.firstOfSentence?.set(sentence, metric);
    drafts.push({ metric, min: q.min, max: q.max, approx: q.approx, first: q.start, last: q.end - 1, sentence });
  }
  // "zero deaths": a figure of 0 already says what a denial in its sentence would.
  const zeros = new Set(drafts.filter((d) => d.max === 0).map((d) => `${d.sentence} ${d.metric}`));
  for (const denial of findDenials(doc, state)) {
    const sentence = seg.sentenceOf[denial.at] ?? 0;
    if (zeros.has(`${sentence} ${denial.metric}`)) continue;
    drafts.push({ metric: denial.metric, min: 0, max: 0, approx: false, first: denial.at, last: denial.at, sentence });
  }
  drafts.sort((a, b) => a.first - b.first);
  return drafts;
}

function toClaim(doc: Annotated, d: Draft, times: TimeIndex | null): ProposedClaim {
  const { tokens, text, seg } = doc;
  const [sentenceFirst, sentenceLast] = seg.sentences[d.sentence] ?? [d.first, d.last];
  const figureStart = (tokens[d.first] as Token).start;
  const figureEnd = (tokens[d.last] as Token).end;
  let start = (tokens[sentenceFirst] as Token).start;
  let end = (tokens[sentenceLast] as Token).end;
  if (figureStart - start > QUOTE_REACH) start = wordStartAfter(text, figureStart - QUOTE_REACH);
  if (end - figureEnd > QUOTE_REACH) end = wordEndBefore(text, figureEnd + QUOTE_REACH);
  return {
    metric: d.metric,
    min: d.min,
    max: d.max,
    approx: d.approx,
    hedged: isHedged(doc, d.first, d.last + 1),
    attribution: attributionInSentence(doc, d.first, d.last + 1),
    asOf: times === null ? null : times.timeFor(d, figureStart, figureEnd),
    place: placeNear(doc, d.first, d.last + 1),
    quote: text.slice(start, end),
    start,
    end,
  };
}

function wordStartAfter(text: string, at: number): number {
  let i = at;
  while (i < text.length && !/\s/.test(text[i] as string)) i++;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  return i;
}

function wordEndBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && !/\s/.test(text[i - 1] as string)) i--;
  while (i > 0 && /\s/.test(text[i - 1] as string)) i--;
  return i;
}

/** Figures left without a speaker take the one a following "Ces données ... par X" names. */
function fillFromFollowingSentences(doc: Annotated, drafts: Draft[], claims: ProposedClaim[]): void {
  const cache = new Map<number, string | null>();
  drafts.forEach((d, i) => {
    const claim = claims[i] as ProposedClaim;
    if (claim.attribution !== null) return;
    const next = d.sentence + 1;
    if (doc.seg.paragraphOf[(doc.seg.sentences[next] ?? [0])[0]] !== doc.seg.paragraphOf[d.first]) return;
    let speaker = cache.get(next);
    if (speaker === undefined) {
      speaker = attributionFromFollowingSentence(doc, next);
      cache.set(next, speaker);
    }
    claim.attribution = speaker;
  });
}

interface TimeIndex {
  timeFor(d: Draft, figureStart: number, figureEnd: number): ReportedTime | null;
}

/**
 * Parses, in a few batches, the passages around figures (and the end of the sentence before
 * each); figures are blanked first so chrono does not read "à 150" as a time. Passages are
 * bounded and merged, so the text chrono reads is never longer than the document.
 */
function timesFor(doc: Annotated, drafts: Draft[], lang: Lang, reference: ResolvedReference): TimeIndex {
  const { text, tokens, seg } = doc;
  const windows: Array<[number, number]> = [];
  const figures: Array<[number, number]> = [];
  for (const d of drafts) {
    const figure: [number, number] = [(tokens[d.first] as Token).start, (tokens[d.last] as Token).end];
    figures.push(figure);
    const own = seg.sentences[d.sentence];
    if (own !== undefined) {
      windows.push([
        Math.max((tokens[own[0]] as Token).start, figure[0] - TIME_PASSAGE_REACH),
        Math.min((tokens[own[1]] as Token).end, figure[1] + TIME_PASSAGE_REACH),
      ]);
    }
    const previous = seg.sentences[d.sentence - 1];
    if (previous !== undefined && seg.paragraphOf[previous[0]] === seg.paragraphOf[d.first]) {
      const end = (tokens[previous[1]] as Token).end;
      windows.push([Math.max((tokens[previous[0]] as Token).start, end - TIME_PASSAGE_REACH), end]);
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last !== undefined && w[0] <= last[1] && last[1] - last[0] < TIME_BATCH / 4) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  figures.sort((a, b) => a[0] - b[0]);
  const found: Located[] = [];
  let batch = '';
  let pieces: Array<{ offset: number; start: number; length: number }> = [];
  const flush = (): void => {
    if (batch.length === 0) return;
    for (const r of findTimes(batch, lang, reference)) {
      const piece = pieceAt(pieces, r.index);
      if (piece === undefined || r.end > piece.offset + piece.length) continue;
      const absolute = piece.start + (r.index - piece.offset);
      found.push({
        ...r,
        absolute,
        absoluteEnd: absolute + (r.end - r.index),
        sentence: seg.sentenceOf[tokenAt(tokens, absolute)] ?? -1,
      });
    }
    batch = '';
    pieces = [];
  };
  let f = 0;
  for (const [start, end] of merged) {
    let passage = text.slice(start, end);
    if (!mayHoldTime(passage)) continue;
    while (f < figures.length && (figures[f] as [number, number])[1] <= start) f++;
    for (let g = f; g < figures.length && (figures[g] as [number, number])[0] < end; g++) {
      const [fs, fe] = figures[g] as [number, number];
      const a = Math.max(fs, start) - start;
      const b = Math.min(fe, end) - start;
      passage = passage.slice(0, a) + passage.slice(a, b).replace(/\d/g, ' ') + passage.slice(b);
    }
    if (batch.length > 0 && batch.length + passage.length > TIME_BATCH) flush();
    if (batch.length > 0) batch += TIME_SEPARATOR;
    pieces.push({ offset: batch.length, start, length: passage.length });
    batch += passage;
  }
  flush();
  found.sort((a, b) => a.absolute - b.absolute);
  return {
    timeFor(d: Draft, figureStart: number, figureEnd: number): ReportedTime | null {
      let best: { distance: number; time: ReportedTime } | null = null;
      // Only times within reach of the figure, found by binary search, are compared.
      const from = lowerBound(found, figureStart - TIME_PASSAGE_REACH);
      for (let i = from; i < found.length; i++) {
        const r = found[i] as Located;
        if (r.absolute > figureEnd + TIME_PASSAGE_REACH) break;
        if (r.sentence !== d.sentence) continue;
        const gapStart = Math.min(r.absoluteEnd, figureStart);
        const gapEnd = Math.max(r.absolute, figureEnd);
        // A time across a ";" belongs to another statement of the sentence.
        if (gapEnd > gapStart && text.slice(gapStart, gapEnd).includes(';')) continue;
        const distance = Math.max(0, gapEnd - gapStart);
        if (best === null || distance < best.distance) best = { distance, time: r.time };
      }
      if (best !== null) return best.time;
      const range = seg.sentences[d.sentence - 1];
      if (range === undefined || seg.paragraphOf[range[0]] !== seg.paragraphOf[d.first]) return null;
      // The neighbour's last time, if the sentence itself gives none.
      const sentenceStart = (tokens[range[1] + 1] as Token | undefined)?.start ?? figureStart;
      const at = lowerBound(found, sentenceStart) - 1;
      const previous = found[at];
      return previous !== undefined && previous.sentence === d.sentence - 1 ? previous.time : null;
    },
  };
}

interface Located extends FoundTime {
  absolute: number;
  absoluteEnd: number;
  sentence: number;
}

function lowerBound(found: Located[], offset: number): number {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((found[mid] as Located).absolute < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the token covering (or following) a character offset. */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The passage of a batch holding a batch offset (passages are in offset order). */
function pieceAt<P extends { offset: number }>(pieces: P[], index: number): P | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  let found: P | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid] as P;
    if (p.offset <= index) {
      found = p;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

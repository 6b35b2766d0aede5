// Decides what a figure counts (killed, injured, arrested, participants, missing) from the
// words around it, and finds denials ("a nié tout mort") that are figures of zero.

import type { Metric } from '../domain/claim.js';
import type { Annotated, CueSpan } from './annotate.js';
import type { Cue } from './lexicon.js';
import type { Quantity } from './numbers.js';
import type { Token } from './tokens.js';

/** Where the reading of one document stands, shared by the figures of that document. */
export interface BindState {
  /** Token index -> index of the quantity starting there. */
  quantityAt: Map<number, number>;
  quantities: Quantity[];
  /** Cue phrases already claimed by a figure on their left ("70 killed"). */
  consumed: Set<CueSpan>;
  /** The last metric bound, with its sentence and paragraph, for "dont 4" and "ce chiffre". */
  last: { metric: Metric; sentence: number; paragraph: number } | null;
}

export type Binding = { metric: Metric } | { metric: null; final: boolean };

const HEAD_LOOKAHEAD = 3;
const PREDICATE_WINDOW = 10;
const SHORT_PREDICATE_WINDOW = 5;
const LEFT_WINDOW = 8;
const COORDINATORS = new Set(['and', 'or', 'et', 'ou', 'и', 'или', '&', '/', 'nor', 'ni']);
const NO_CLAIM: Binding = { metric: null, final: true };
const UNKNOWN: Binding = { metric: null, final: false };

function cueOf(doc: Annotated, i: number): CueSpan | null {
  return doc.cover[i] ?? null;
}

function sameSentence(doc: Annotated, a: number, b: number): boolean {
  return doc.seg.sentenceOf[a] === doc.seg.sentenceOf[b];
}

function isStop(t: Token): boolean {
  return t.kind === 'punct' && (t.text === ';' || t.text === '.' || t.text === '!' || t.text === '?');
}

/** The metric of quantity q, or null when it counts something else. */
export function bindMetric(doc: Annotated, q: Quantity, state: BindState): Metric | null {
  const { tokens } = doc;
  const sentence = doc.seg.sentenceOf[q.start] ?? 0;
  const paragraph = doc.seg.paragraphOf[q.start] ?? 0;

  // "150 arrêtés, dont 4 membres": a breakdown counts what the figure before it counted.
  if (isBreakdown(doc, q.start) && state.last !== null && state.last.paragraph === paragraph) {
    const own = right(doc, q, state, true);
    return own.metric ?? state.last.metric;
  }
  // "погибли 70 человек", "detained 23 people": a verb right before the figure governs it.
  const adjacent = leftAdjacent(doc, q, state);
  if (adjacent !== null) return adjacent;
  const r = right(doc, q, state, false);
  if (r.metric !== null) return r.metric;
  if (r.final) return null;
  const l = left(doc, q, state);
  if (l === 'inherit') {
    return state.last !== null && state.last.paragraph === paragraph ? state.last.metric : null;
  }
  // "16 deaths in Zhanaozen and one in Shetpe": an elided noun repeats the one before.
  if (l === null && state.last !== null && state.last.sentence === sentence) {
    const before = tokens[q.start - 1];
    if (before !== undefined && COORDINATORS.has(before.lower) && rightIsBare(doc, q, state)) return state.last.metric;
  }
  return l;
}

function leftAdjacent(doc: Annotated, q: Quantity, state: BindState): Metric | null {
  let k = q.start - 1;
  const sep = doc.tokens[k]?.text;
  if (sep === ':' || sep === '—' || sep === '–' || sep === '-') k--;
  const c = cueOf(doc, k);
  if (c === null || state.consumed.has(c) || !sameSentence(doc, k, q.start)) return null;
  if (c.cue.kind === 'metric') {
    state.consumed.add(c);
    return c.cue.metric;
  }
  if (c.cue.kind === 'participantPred') {
    state.consumed.add(c);
    return 'participants';
  }
  return null;
}

/** No cue right after the figure ("and one in Shetpe", "et 3 à Aqtau"). */
function rightIsBare(doc: Annotated, q: Quantity, state: BindState): boolean {
  for (let k = q.end; k < q.end + 3; k++) {
    const t = doc.tokens[k];
    if (t === undefined || !sameSentence(doc, k, q.start) || state.quantityAt.has(k)) return true;
    const c = cueOf(doc, k);
    if (c !== null && c.cue.kind !== 'date') return false;
  }
  return true;
}

function isBreakdown(doc: Annotated, start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    const c = cueOf(doc, k);
    if (c !== null && c.cue.kind === 'breakdown') return sameSentence(doc, k, start);
    const t = doc.tokens[k] as Token;
    if (t.kind === 'punct' && t.text !== ',' && t.text !== ':') return false;
  }
  return false;
}

/** Reads rightwards: "70 tués", "150 personnes ont été arrêtées", "4 000 ouvriers ont cessé le travail". */
function right(doc: Annotated, q: Quantity, state: BindState, headOnly: boolean): Binding {
  const { tokens, sets } = doc;
  let k = q.end;
  let skipped = 0;
  while (skipped < 2 && tokens[k] !== undefined && sets.fillers.has((tokens[k] as Token).lower) && cueOf(doc, k) === null) {
    k++;
    skipped++;
  }
  let head: CueSpan | null = null;
  let unknownWords = 0;
  let verbFirst = false;
  for (let step = 0; step < HEAD_LOOKAHEAD; step++) {
    const t = tokens[k];
    if (t === undefined || !sameSentence(doc, k, q.start) || state.quantityAt.has(k)) break;
    const c = cueOf(doc, k);
    if (c !== null) {
      head = c;
      break;
    }
    if (t.kind !== 'word') break;
    if (sets.auxiliaries.has(t.lower)) {
      verbFirst = true;
      break;
    }
    unknownWords++;
    k++;
  }
  if (head === null) {
    if (headOnly) return UNKNOWN;
    // "70 were killed", "Seventy, the workers said, were killed": the verb comes later.
    const found = predicate(doc, k, q, state, verbFirst || unknownWords === 0 ? PREDICATE_WINDOW : SHORT_PREDICATE_WINDOW, false);
    return found ?? UNKNOWN;
  }
  const cue = head.cue;
  switch (cue.kind) {
    case 'metric': {
      if (isCombined(doc, head, state)) return NO_CLAIM;
      state.consumed.add(head);
      if (cue.role === 'noun' && !headOnly) {
        const override = predicate(doc, head.end, q, state, PREDICATE_WINDOW, false);
        if (override !== null && (override.metric !== null || override.final)) return override;
      }
      return { metric: cue.metric };
    }
    case 'participantNoun': {
      if (headOnly) return UNKNOWN;
      const found = predicate(doc, head.end, q, state, PREDICATE_WINDOW, false);
      if (found !== null && (found.metric !== null || found.final)) return found;
      return { metric: 'participants' };
    }
    case 'participantPred':
      if (headOnly) return UNKNOWN;
      state.consumed.add(head);
      return { metric: 'participants' };
    case 'groupNoun': {
      if (headOnly) return UNKNOWN;
      return predicate(doc, head.end, q, state, PREDICATE_WINDOW, true) ?? UNKNOWN;
    }
    case 'date':
      // Only a weekday gets here ("150 samedi"): when, not what.
      return headOnly ? UNKNOWN : (predicate(doc, head.end, q, state, SHORT_PREDICATE_WINDOW, false) ?? UNKNOWN);
    case 'nonPerson':
    case 'eventNoun':
    case 'unit':
    case 'prefix':
    case 'block':
      return NO_CLAIM;
    default:
      if (headOnly) return UNKNOWN;
      return predicate(doc, head.start, q, state, SHORT_PREDICATE_WINDOW, false) ?? UNKNOWN;
  }
}

/**
 * Looks for the verb that says what happened to the people counted: a metric, a strike or
 * rally verb (only after a noun for people), or a court outcome (no claim).
 */
function predicate(doc: Annotated, from: number, q: Quantity, state: BindState, window: number, people: boolean): Binding | null {
  const { tokens } = doc;
  let k = from;
  let seen = 0;
  while (seen < window) {
    const t = tokens[k];
    if (t === undefined || !sameSentence(doc, k, q.start) || isStop(t)) return null;
    if (state.quantityAt.has(k)) return null;
    // "12, раненых — 30": a metric word opening the next item of a list is not this figure's.
    if (t.text === ',' && cueOf(doc, k + 1)?.cue.kind === 'metric') return null;
    const c = cueOf(doc, k);
    if (c !== null) {
      const cue = c.cue;
      if (cue.kind === 'metric') {
        if (isCombined(doc, c, state)) return NO_CLAIM;
        state.consumed.add(c);
        return { metric: cue.metric };
      }
      if (cue.kind === 'participantPred' && people) {
        state.consumed.add(c);
        return { metric: 'participants' };
      }
      if (cue.kind === 'block') return NO_CLAIM;
      if (cue.kind === 'contrast') return null;
      if (cue.kind === 'breakdown') {
        // Step over "dont 4 membres," to the verb of the main clause.
        while (tokens[k] !== undefined && (tokens[k] as Token).text !== ',' && !isStop(tokens[k] as Token) && seen < window) {
          k++;
          seen++;
        }
        continue;
      }
      k = c.end;
      seen += c.end - c.start;
      continue;
    }
    k++;
    seen++;
  }
  return null;
}

/** "1 000 tués ou blessés": a total over two metrics fits neither. */
function isCombined(doc: Annotated, head: CueSpan, state: BindState): boolean {
  const { tokens } = doc;
  if (head.cue.kind !== 'metric') return false;
  const metric = head.cue.metric;
  const check = (k: number, step: 1 | -1): boolean => {
    const t = tokens[k];
    if (t === undefined || !COORDINATORS.has(t.lower)) return false;
    let j = k + step;
    let guard = 0;
    while (guard < 2 && tokens[j] !== undefined && doc.sets.fillers.has((tokens[j] as Token).lower)) {
      j += step;
      guard++;
    }
    if (state.quantityAt.has(j)) return false;
    const c = cueOf(doc, j);
    return c !== null && c.cue.kind === 'metric' && c.cue.metric !== metric && !state.consumed.has(c) && nextIsNotFigure(doc, c, state);
  };
  return check(head.end, 1) || check(head.start - 1, -1);
}

function nextIsNotFigure(doc: Annotated, c: CueSpan, state: BindState): boolean {
  // "70 tués et 150 blessés" is two figures; "tués et blessés" with no number is one total.
  for (let k = c.start - 1; k >= Math.max(0, c.start - 3); k--) if (state.quantityAt.has(k)) return false;
  void doc;
  return true;
}

/** Reads leftwards: "killing 70", "погибли 70 человек", "le bilan s'élève à 70", "ce chiffre ... 150". */
function left(doc: Annotated, q: Quantity, state: BindState): Metric | null | 'inherit' {
  const { tokens } = doc;
  let k = q.start - 1;
  let seen = 0;
  let sawChange = false;
  const none = (): null | 'inherit' => (sawChange ? 'inherit' : null);
  while (k >= 0 && seen < LEFT_WINDOW) {
    const t = tokens[k] as Token;
    if (!sameSentence(doc, k, q.start) || isStop(t)) return none();
    if (t.text === ',') {
      // Apposition: "Les grévistes, environ 3 000 selon lui", "blessés, peut-être une cinquantaine".
      const c = cueOf(doc, k - 1);
      if (c !== null && !state.consumed.has(c) && sameSentence(doc, k - 1, q.start)) {
        if (c.cue.kind === 'metric') {
          state.consumed.add(c);
          return c.cue.metric;
        }
        if (c.cue.kind === 'participantNoun') return 'participants';
      }
      return none();
    }
    if (isQuantityEnd(state, k)) return none();
    const c = cueOf(doc, k);
    if (c !== null) {
      const cue: Cue = c.cue;
      switch (cue.kind) {
        case 'metric':
          if (state.consumed.has(c)) return null;
          state.consumed.add(c);
          return cue.metric;
        case 'toll':
          return 'killed';
        case 'anaphor':
          return 'inherit';
        case 'participantPred':
        case 'participantNoun':
        case 'eventNoun':
          return 'participants';
        case 'block':
        case 'contrast':
          return null;
        case 'change':
          // "ça pourrait monter à 100", "the toll rose to 12": the count named before goes on.
          sawChange = true;
          break;
        default:
          break;
      }
      seen += k - c.start + 1;
      k = c.start - 1;
      continue;
    }
    k--;
    seen++;
  }
  return none();
}

function isQuantityEnd(state: BindState, k: number): boolean {
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

export interface Denial {
  metric: Metric;
  /** Token where the denial starts (for its sentence). */
  at: number;
}

const DENIAL_WINDOW = 10;
const NEGATOR_WINDOW = 4;

/** Figures of zero: "denied any deaths", "aucun mort", "никто не погиб", "погибших нет". */
export function findDenials(doc: Annotated, state: BindState): Denial[] {
  const { tokens, cover, sets } = doc;
  const out: Denial[] = [];
  let lastDenialEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const c = cover[i];
    if (c === null || c === undefined || c.start !== i) continue;
    if (c.cue.kind === 'denial' || c.cue.kind === 'negator') {
      if (i < lastDenialEnd) continue;
      const window = c.cue.kind === 'denial' ? DENIAL_WINDOW : NEGATOR_WINDOW;
      const metrics: Metric[] = [];
      let k = c.end;
      let seen = 0;
      let blocked = false;
      while (seen < window) {
        const t = tokens[k];
        if (t === undefined || !sameSentence(doc, k, i) || isStop(t) || state.quantityAt.has(k)) {
          blocked = blocked || (t !== undefined && state.quantityAt.has(k));
          break;
        }
        const m = cover[k];
        if (m !== null && m !== undefined) {
          if (m.cue.kind === 'metric' && !metrics.includes(m.cue.metric)) metrics.push(m.cue.metric);
          else if (!PEOPLE.has(m.cue.kind) && m.cue.kind !== 'hedge' && metrics.length > 0) break;
          else if (c.cue.kind === 'negator' && !PEOPLE.has(m.cue.kind)) break;
          seen += m.end - k;
          k = m.end;
          continue;
        }
        // Past the first metric word only coordinated ones count ("morts et de blessés").
        if (metrics.length > 0 && !COORDINATORS.has(t.lower) && !sets.fillers.has(t.lower) && t.lower !== 'any' && t.lower !== 'de') break;
        if (c.cue.kind === 'negator' && metrics.length === 0 && !sets.auxiliaries.has(t.lower) && !sets.fillers.has(t.lower) && !SINGLE.has(t.lower)) break;
        k++;
        seen++;
      }
      // "погибших нет": in Russian the negation may follow the noun.
      if (metrics.length === 0 && c.cue.kind === 'negator') {
        const before = cover[i - 1];
        if (before !== null && before !== undefined && before.cue.kind === 'metric' && sameSentence(doc, i - 1, i) && !isQuantityEnd(state, before.start - 1)) {
          metrics.push(before.cue.metric);
        }
      }
      if (blocked) continue;
      for (const metric of metrics) out.push({ metric, at: i });
      if (metrics.length > 0) lastDenialEnd = k;
    }
  }
  return out;
}

const PEOPLE = new Set<Cue['kind']>(['metric', 'groupNoun', 'participantNoun']);
const SINGLE = new Set(['seul', 'seule', 'single', 'одного', 'один', 'одной', 'единого', 'any', 'aucun', 'aucune', 'un', 'une', 'a', 'de', 'd', 'ne', 'n', 'не', 'y', 'eu', 'faire', 'avoir', 'there', 'were', 'was', 'been', 'has', 'have', 'had', 'reported', 'confirmed', 'deaths']);

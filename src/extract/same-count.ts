// A figure with no noun of its own that counts the same thing as the figure before it: another
// source's count ("4 000 selon la police, 12 000 selon les organisateurs"), a count said next
// ("Government says 11."), an earlier or hedged one ("contre 41", "peut-être 15 000"), "more" of
// the same, or "en" standing for it ("la police en a compté 2 300").

import type { Metric } from '../domain/claim.js';
import type { Annotated } from './annotate.js';
import { askedFor } from './interview.js';
import type { Quantity } from './numbers.js';
import {
  type BindState,
  cueBehindWords,
  cueOf,
  DASHES,
  isStop,
  NEGATIONS,
  openBracketBefore,
  QUOTES,
  SOURCE_NAME_REACH,
  sameSentence,
  skipFillers,
  skipQuotesLeft,
  skipQuotesRight,
  THAT,
} from './reading.js';
import type { Token } from './tokens.js';

/**
 * What the figure counts when it repeats the count before it, or null. "En" may also stand for
 * a metric named earlier in its sentence or asked for in the question it answers.
 */
export function sameCountAs(doc: Annotated, q: Quantity, state: BindState): Metric | null {
  const { tokens } = doc;
  const sentence = doc.seg.sentenceOf[q.start] ?? 0;
  const paragraph = doc.seg.paragraphOf[q.start] ?? 0;
  const last = state.last;
  // "Nous en avons recensé sept": "en" stands for what was just counted, or named before it;
  // "– Et les blessés ? – L'hôpital en a reçu une trentaine": or the question it answers.
  const en = enBefore(doc, q);
  if (en >= 0) {
    const named = namedBefore(doc, en) ?? askedFor(doc, q, state);
    if (named !== null) return named;
    if (last !== null && paragraph === last.paragraph) return last.metric;
  }
  // "Ils ont emmené des gens aussi, la radio dit 12": what the sentence said happened.
  const earlier = saidAlone(doc, q) ? metricEarlierInSentence(doc, q) : null;
  if (earlier !== null) return earlier;
  if (last === null) return null;
  const before = tokens[skipQuotesLeft(doc, q.start - 1)]?.lower ?? '';
  if (last.sentence === sentence) {
    // "4 000 selon la police, 12 000 selon les organisateurs": its source after it;
    // "6,5 тыс. человек, по данным организаторов — от 30 до 50 тысяч": its source first;
    // "a accueilli 57 personnes, contre 41 au point de 12 h": an earlier count;
    // "nous étions des milliers, peut-être 15 000": a hedged second count.
    const sourceAfter = cueOf(doc, afterOwnNoun(doc, q))?.cue.kind === 'source' && ALTERNATIVE_SEPARATORS.has(before);
    if (
      sourceAfter ||
      earlierReportInBrackets(doc, q) ||
      sourceFirst(doc, q) ||
      authorityFirst(doc, q) ||
      speakerFirst(doc, q) ||
      AGAINST.has(before) ||
      hedgedAfterComma(doc, q) ||
      butInstead(doc, q)
    )
      return last.metric;
  }
  // "Our volunteers have confirmed 27 deaths. Government says 11.": a bare count said next, in the
  // same paragraph or in the next turn of an interview ("— Полиция говорит о двухстах.").
  // "Police estimate 800": an estimate is of the crowd, whatever was counted before.
  if (paragraph - last.paragraph <= 1 && saidAlone(doc, q)) {
    if (estimated(doc, q)) return 'participants';
    // "La gendarmerie parle de « moins de 250 personnes »": a count of people said alone is
    // another count of the crowd; after a toll it may be anyone.
    // "Four of our pupils died. … The newspaper said about 3,000": a count that dwarfs a toll
    // counts the crowd.
    if (last.metric !== 'participants' && dwarfs(state, q)) return 'participants';
    return afterOwnNoun(doc, q) === skipQuotesRight(doc, q.end) || last.metric === 'participants' ? last.metric : null;
  }
  // "maybe two thousand at the blockade, about 300 more at Paso del Comercio": more of the same.
  if (MORE.has(tokens[q.end]?.lower ?? '') && last.paragraph === paragraph) return last.metric;
  return null;
}

// Separators before an alternative count: "4 000 selon la police, 12 000 selon les organisateurs".
const ALTERNATIVE_SEPARATORS = new Set([',', ';', 'et', 'and', 'и', 'а', '—', '–']);

const MAYBE = new Set(['peut-être', 'maybe', 'perhaps', 'может', 'возможно']);
const BUT = new Set(['mais', 'but', 'а', 'но']);

/** "le nombre d'interpellations n'est pas de 60 mais de 46": the count that replaces the one before. */
const NOT_REACH = 12;

/** The negation the "but" answers ("pas … mais", "not … but", "не … а"), or null. */
function negationBefore(doc: Annotated, but: number, q: Quantity): string | null {
  for (let k = but - 1; k >= Math.max(0, but - NOT_REACH) && sameSentence(doc, k, q.start); k--) {
    const word = doc.tokens[k]?.lower ?? '';
    if (NEGATIONS.has(word)) return word;
  }
  return null;
}

function butInstead(doc: Annotated, q: Quantity): boolean {
  let k = skipQuotesLeft(doc, q.start - 1);
  if (['de', 'd', 'of'].includes(doc.tokens[k]?.lower ?? '')) k = skipQuotesLeft(doc, k - 1);
  // "n'était pas de 5 000 mais d'environ 1 500", "Ce n'est pas une dizaine de blessés mais 26".
  return BUT.has(doc.tokens[k]?.lower ?? '') && NEGATIONS.has(negationBefore(doc, k, q) ?? '');
}

// "… placées en garde à vue, et non 32": a count given before and corrected, of the same thing.
const AGAINST = new Set(['contre', 'против', 'versus', 'non', 'не', 'not']);

const EN_REACH = 4;

function hedgedAfterComma(doc: Annotated, q: Quantity): boolean {
  const { tokens } = doc;
  const k = skipQuotesLeft(doc, q.start - 1);
  return MAYBE.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.text === ',';
}

/**
 * "Nous en avons recensé sept", "La police en a compté 2 300": the pronoun "en" before the verb
 * (after a pronoun, or before an auxiliary: "en trois jours" is a preposition). Returns where "en"
 * stands, or -1.
 */
function enBefore(doc: Annotated, q: Quantity): number {
  for (let k = q.start - 1; k >= Math.max(0, q.start - EN_REACH) && sameSentence(doc, k, q.start); k--) {
    const t = doc.tokens[k] as Token;
    const pronoun = doc.sets.pronouns.has(doc.tokens[k - 1]?.lower ?? '');
    // "la police en a compté", "la police en reconnaît 37": an auxiliary or a verb of saying next.
    const verb =
      k + 1 < q.start &&
      (doc.sets.auxiliaries.has(doc.tokens[k + 1]?.lower ?? '') || cueOf(doc, k + 1)?.cue.kind === 'speech');
    if (t.lower === 'en' && (pronoun || verb)) return k;
    // "la police en a compté « environ 1 200 »": quotes around the figure.
    if (t.kind !== 'word' && !QUOTES.has(t.text)) return -1;
  }
  return -1;
}

/** "Quant aux arrestations, la police en reconnaît 37": what "en" stands for, named before it. */
function namedBefore(doc: Annotated, from: number): Metric | null {
  for (let k = from - 1; k >= 0 && sameSentence(doc, k, from); k--) {
    const c = cueOf(doc, k);
    if (c?.cue.kind === 'metric') return c.cue.metric;
    // A figure stands at k: what comes before it is another count's business.
    if (doc.tokens[k]?.kind === 'number') return null;
  }
  // "Des familles … à la recherche d'un proche. Nous en avons enregistré quatorze": or in the
  // sentence before, when it has no figure of its own.
  const range = doc.seg.sentences[(doc.seg.sentenceOf[from] ?? 0) - 1];
  if (range === undefined || doc.seg.paragraphOf[range[0]] !== doc.seg.paragraphOf[from]) return null;
  let named: Metric | null = null;
  for (let k = range[0]; k <= range[1]; k++) {
    if (doc.tokens[k]?.kind === 'number') return null;
    const c = cueOf(doc, k);
    if (c?.cue.kind === 'metric') named = c.cue.metric;
  }
  return named;
}

// Bodies whose count is given bare after another's: "… and the police "approximately 700"".
const AUTHORITIES = new Set([
  'police',
  'authorities',
  'government',
  'ministry',
  'organisers',
  'organizers',
  'union',
  'préfecture',
  'gendarmerie',
  'полиция',
  'власти',
  'мвд',
]);

const BRACKET_LABEL_REACH = 7;

/** "27 (SITREP No. 1: 19)", "21 человек (по сводке № 2 — 17)": the earlier report's count, in brackets. */
function earlierReportInBrackets(doc: Annotated, q: Quantity): boolean {
  const mark = doc.tokens[skipQuotesLeft(doc, q.start - 1)]?.text ?? '';
  if (mark !== ':' && !DASHES.has(mark)) return false;
  const open = openBracketBefore(doc, q.start - 1, BRACKET_LABEL_REACH);
  return open >= 0 && (doc.tokens[open - 1]?.kind === 'number' || doc.tokens[open - 2]?.kind === 'number');
}

const DWARFS = 20;

/** The figure is many times the last one bound: no other count of the same thing. */
function dwarfs(state: BindState, q: Quantity): boolean {
  const index = state.last === null ? undefined : state.quantityAt.get(state.last.start);
  const before = index === undefined ? undefined : state.quantities[index];
  const reference = before === undefined ? 0 : (before.max ?? before.min);
  return reference >= 1 && q.min >= DWARFS * reference;
}

/** ", la préfecture de 1 200": another body's count follows. */
function authorityNext(doc: Annotated, k: number): boolean {
  const first = ['the', 'la', 'le', 'les'].includes(doc.tokens[k]?.lower ?? '') ? k + 1 : k;
  return AUTHORITIES.has(doc.tokens[first]?.lower ?? '');
}

function authorityFirst(doc: Annotated, q: Quantity): boolean {
  let k = skipQuotesLeft(doc, q.start - 1);
  // ", la préfecture de 1 200": the verb left out, its "de" kept.
  if (SPOKEN_OF.has(doc.tokens[k]?.lower ?? '')) k--;
  if (!AUTHORITIES.has(doc.tokens[k]?.lower ?? '')) return false;
  k--;
  if (['the', 'la', 'le', 'les'].includes(doc.tokens[k]?.lower ?? '')) k--;
  return ALTERNATIVE_SEPARATORS.has(doc.tokens[k]?.lower ?? '');
}

/** ", according to the union: 12,000", ", по данным организаторов — 30 тысяч": a source, then its figure. */
function sourceFirst(doc: Annotated, q: Quantity): boolean {
  const k = skipQuotesLeft(doc, q.start - 1);
  if (!['—', '–', ':', ','].includes(doc.tokens[k]?.text ?? '')) return false;
  const source = cueBehindWords(doc, k - 1, q);
  return source?.cue.kind === 'source' && ALTERNATIVE_SEPARATORS.has(doc.tokens[source.start - 1]?.lower ?? '');
}

// Words between a verb of saying and the count it gives: "говорила о 50 000", "parle de 3 000".
const SPOKEN_OF = new Set(['о', 'об', 'про', 'de', 'd', 'of', 'about']);

const ASIDE_PRONOUNS = new Set(['elle', 'lui', 'eux', 'elles', 'он', 'она', 'они']);

/**
 * A speaker and a verb of saying right before the figure ("Government says 11", "оппозиция
 * говорила о 50 000"), and where the speaker's words begin: after a comma, or at the sentence's
 * start. Null when no verb of saying is there.
 */
function speakerBefore(doc: Annotated, q: Quantity): 'comma' | 'start' | null {
  const { tokens } = doc;
  let k = skipQuotesLeft(doc, q.start - 1);
  // "В МВД потом сказали — «около двухсот»": a dash may stand between.
  if (DASHES.has(tokens[k]?.text ?? '')) k--;
  if (SPOKEN_OF.has(tokens[k]?.lower ?? '')) k--;
  // "Правозащитники считают, что больше тысячи": the speaker's words after "что".
  if (THAT.has(tokens[k]?.lower ?? '')) k -= tokens[k - 1]?.text === ',' ? 2 : 1;
  const speech = cueOf(doc, k);
  if (speech?.cue.kind !== 'speech') return null;
  // "La gendarmerie, elle, dit 19": a pronoun set off by commas repeats the speaker.
  let from = speech.start - 1;
  if (tokens[from]?.text === ',' && ASIDE_PRONOUNS.has(tokens[from - 1]?.lower ?? '') && tokens[from - 2]?.text === ',')
    from -= 3;
  for (let j = from, words = 0; words <= SOURCE_NAME_REACH; j--, words++) {
    if (j < 0 || !sameSentence(doc, j, q.start)) return words > 0 ? 'start' : null;
    const t = tokens[j] as Token;
    if (t.text === ',' || t.text === ';') return words > 0 ? 'comma' : null;
    // "ВЕДУЩАЯ: Полиция говорит о двухстах": a speaker's label ends with a colon.
    if (t.text === ':') return words > 0 ? 'start' : null;
    if (t.kind !== 'word' || cueOf(doc, j)?.cue.kind === 'metric') return null;
  }
  return null;
}

/** ", оппозиция говорила о 50 000": after a comma, a speaker and a verb of saying, then the count. */
function speakerFirst(doc: Annotated, q: Quantity): boolean {
  return speakerBefore(doc, q) === 'comma';
}

/** Past the figure, and past a word for people after it ("« quelques centaines d'individus »"). */
function afterOwnNoun(doc: Annotated, q: Quantity): number {
  const after = skipFillers(doc, skipQuotesRight(doc, q.end));
  const noun = cueOf(doc, after);
  if (noun === null || (noun.cue.kind !== 'groupNoun' && noun.cue.kind !== 'participantNoun'))
    return skipQuotesRight(doc, q.end);
  return skipQuotesRight(doc, noun.end);
}

function estimated(doc: Annotated, q: Quantity): boolean {
  const verb = cueOf(doc, skipQuotesLeft(doc, q.start - 1));
  const word = doc.tokens[verb?.start ?? -1]?.lower ?? '';
  return word.startsWith('estim') || word.startsWith('оцен');
}

/**
 * "Government says 11.", "Sheriff's office now says 117.", "La gendarmerie parle de « moins de
 * 250 personnes »": a speaker, a verb of saying, a number (and a word for people), the end.
 */
function saidAlone(doc: Annotated, q: Quantity): boolean {
  const after = afterOwnNoun(doc, q);
  const next = doc.tokens[after];
  // "La police parle de 5 000 — à Port-au-Prince seulement": a dash opens a comment on it;
  // "la radio dit 12, mais nous on en compte vingt": a comma before "but" ends it too.
  const ends =
    next === undefined ||
    isStop(next) ||
    DASHES.has(next.text) ||
    (next.text === ',' && (BUT.has(doc.tokens[after + 1]?.lower ?? '') || authorityNext(doc, after + 1)));
  // "With students and parents, I would say nine or ten thousand.": or after a comma.
  return ends && speakerBefore(doc, q) !== null;
}

const MORE = new Set(['more']);
const EARLIER_REACH = 12;

/** The metric word that comes first in the figure's sentence, not far before it, or null. */
function metricEarlierInSentence(doc: Annotated, q: Quantity): Metric | null {
  let found: Metric | null = null;
  for (let k = q.start - 1; k >= Math.max(0, q.start - EARLIER_REACH) && sameSentence(doc, k, q.start); k--) {
    if (doc.tokens[k]?.kind === 'number') return null;
    const c = cueOf(doc, k);
    if (c?.cue.kind === 'metric') found = c.cue.metric;
  }
  return found;
}

// Decides what a figure counts (killed, injured, arrested, participants, missing) from the
// words around it. Denials, figures of zero, are found in denials.ts.

import type { Metric } from '../domain/claim.js';
import type { Annotated, CueSpan } from './annotate.js';
import { countsForces, crowdCount, groupSize, metricBefore } from './crowds.js';
import { cameToHospital } from './hospital.js';
import { askedFor } from './interview.js';
import { labelBeforeColon } from './labels.js';
import type { Cue } from './lexicon.js';
import {
  FAMILY_WORDS,
  familiesOf,
  missingBeforeRelative,
  missingInClause,
  missingJustBefore,
  missingLater,
  missingRightAfter,
  whereaboutsUnknown,
} from './missing.js';
import type { Quantity } from './numbers.js';
import {
  ALREADY,
  ARTICLES,
  type Binding,
  type BindState,
  type ClaimedCues,
  COORDINATORS,
  cueBehindWords,
  cueOf,
  DASHES,
  INVERTED_NOUNS,
  isQuantityEnd,
  isStop,
  NEGATIONS,
  openBracketBefore,
  PART_OPENERS,
  QUOTES,
  STILL,
  sameSentence,
  skipFillers,
  skipQuotesLeft,
  skipQuotesRight,
  THAT,
  WAS,
} from './reading.js';
import { sameCountAs } from './same-count.js';
import type { Token } from './tokens.js';

const HEAD_LOOKAHEAD = 3;
const OF_THEIR = new Set(['из', 'of']);
const POSSESSIVES = new Set([
  'его',
  'её',
  'ее',
  'их',
  'нашей',
  'нашего',
  'своей',
  'своего',
  'his',
  'her',
  'their',
  'our',
]);
const PREDICATE_WINDOW = 10;
const SHORT_PREDICATE_WINDOW = 5;
const LEFT_WINDOW = 8;
// Words between a part and its whole ("17,000 of its 24,000", "2 sur 5", "1 из 3").
const PARTITIVE_OPENERS = new Set(['of', 'out', 'sur', 'de', 'd', 'des', 'из']);
const PARTITIVE_WORDS = new Set([
  'of',
  'its',
  'their',
  'our',
  'the',
  'de',
  'd',
  'ses',
  'leurs',
  'nos',
  'sur',
  'из',
  'des',
  'all',
  // "20 of the country's 30 counties".
  'country',
  's',
]);
// Cues after a figure that still leave it without a noun of its own ("and 3 in Aqtau, police said").
const BARE_NEIGHBOURS = new Set<Cue['kind']>(['date', 'prefix', 'source', 'speech', 'hedge']);
const NO_CLAIM: Binding = { metric: null, final: true };
const UNKNOWN: Binding = { metric: null, final: false };

/** The metric of quantity q, or null when it counts something else. */
export function bindMetric(doc: Annotated, q: Quantity, state: BindState): Metric | null {
  const { tokens } = doc;
  const paragraph = doc.seg.paragraphOf[q.start] ?? 0;
  // "17,000 of its 24,000 members have stopped work": the whole is no claim of its own.
  if (state.absorbed?.has(q.start)) return null;
  // "По словам одного из них", "according to one of them": who speaks, not a count.
  if (q.min === 1 && q.max === 1 && cueOf(doc, skipQuotesLeft(doc, q.start - 1))?.cue.kind === 'source') return null;
  if (whereaboutsUnknown(doc, q)) return 'missing';

  // "150 arrêtés, dont 4 membres": a breakdown counts what the figure before it counted,
  // unless its own noun says otherwise ("parmi les 26 syndicalistes arrêtés").
  // "the families of three of them had not been able to locate them": missing, before any part.
  if (familiesOf(doc, q) && missingLater(doc, q)) return 'missing';
  if (isBreakdown(doc, q.start) && state.last !== null && state.last.paragraph === paragraph) {
    // "не могут найти двоих из них": the verb before says what befell the part.
    const before = cueOf(doc, skipQuotesLeft(doc, q.start - 1));
    if (before?.cue.kind === 'metric' && before.cue.metric === 'missing') return 'missing';
    // "12 000 policiers sont mobilisés, dont 5 000 dans la capitale": a part of a count that was
    // no claim is none either.
    const whole = state.quantities[(state.quantityAt.get(q.start) ?? 0) - 1];
    if (whole !== undefined && whole.start !== state.last.start && sameSentence(doc, whole.start, q.start)) return null;
    const own = right(doc, q, state, true);
    if (own.metric !== null) return own.metric;
    // "dont un tiers de mineurs": a fraction, not a count.
    if (own.final && cueOf(doc, skipQuotesRight(doc, q.end))?.cue.kind === 'nonPerson') return null;
    // "dont 5 sont toujours détenus" counts; "of whom 12 were later released" does not.
    const verb = predicate(doc, skipQuotesRight(doc, q.end), q, state, SHORT_PREDICATE_WINDOW, false);
    if (verb !== null && verb.metric === null && verb.final) return null;
    return verb?.metric ?? state.last.metric;
  }
  // "6 relatives of the missing": those who look for the people are not counted with them.
  const after = skipQuotesRight(doc, q.end);
  // "Three families of the parish still do not know where their sons are": one missing each.
  if (FAMILY_WORDS.has(tokens[after]?.lower ?? '') && PARTITIVE_OPENERS.has(tokens[after + 1]?.lower ?? ''))
    return missingLater(doc, q) && !missingRightAfter(doc, after + 1) ? 'missing' : null;
  // "14 demandes de familles recherchant un proche": one missing person for each request.
  if (REQUESTS.has(tokens[after]?.lower ?? '') && familyWithin(doc, after + 1) && missingLater(doc, q))
    return 'missing';
  // "Trois familles n'ont aucune nouvelle d'un proche": one missing person for each family.
  if (FAMILY_WORDS.has(tokens[after]?.lower ?? '') && missingLater(doc, q)) return 'missing';
  // "les policiers (une trentaine, cagoulés)": a count in brackets is of the noun before them.
  if (tokens[q.start - 1]?.text === '(' && doc.sets.forceNouns.has(tokens[q.start - 2]?.lower ?? '')) return null;
  // "The families of at least 40 protesters say they have no news of them": those whose families
  // are looking for them, when the sentence says they cannot be found.
  if (familiesOf(doc, q) && missingLater(doc, q)) return 'missing';
  // "located 290 of the people reported missing", "released 41": the verb before says no claim.
  const verbBefore = cueOf(doc, skipQuotesLeft(doc, q.start - 1));
  if (verbBefore?.cue.kind === 'block' && sameSentence(doc, verbBefore.start, q.start)) return null;
  // "HURT during arrest or in the lock-up: 9": a label's first word, before any word in it.
  const label = labelBeforeColon(doc, q);
  if (label !== null) return label;
  // "погибли 70 человек", "detained 23 people": a verb right before the figure governs it.
  const adjacent = leftAdjacent(doc, q, state);
  // "ont « embarqué cinq garçons », la famille ne sait pas où ils sont": missing, as below.
  // "elle ne sait toujours pas où la police a emmené ses deux adolescents": or before it.
  if (adjacent === 'arrested' && (missingInClause(doc, q, state) || missingJustBefore(doc, q))) return 'missing';
  if (adjacent !== null) return adjacent;
  const r = right(doc, q, state, false);
  // "26 supporters picked up by men in plain clothes had not been seen since": those taken whom
  // no one has seen since are counted as missing, not twice.
  if (r.metric === 'arrested' && (missingInClause(doc, q, state) || missingBeforeRelative(doc, q))) return 'missing';
  // "despite 9,500 soldiers on the streets": forces sent in are not among those who gathered.
  // A verb of marching after the noun lets public servants march ("12.000 agents ont défilé").
  if (r.metric === 'participants' && countsForces(doc, q, true)) return null;
  if (r.metric !== null) return r.metric;
  if (r.final) return null;
  const same = sameCountAs(doc, q, state);
  if (same !== null) return same;
  const l =
    subjectBeforeDash(doc, q) ??
    openerMetric(doc, q, state) ??
    groupSize(doc, q) ??
    left(doc, q, state) ??
    countedBefore(doc, q.start, state) ??
    askedFor(doc, q, state);
  // "300 pickets had gathered when some 60 deputies ordered them off": likewise; but "обратились
  // шестеро участников акции и двое сотрудников полиции" names police among those the verb counts.
  if (l === 'participants' && countsForces(doc, q, false)) return elidedNoun(doc, q, state);
  // "Задержания продолжаются? — Забрали шестерых мужчин, родственникам ничего не сообщают".
  if (l === 'arrested' && (missingInClause(doc, q, state) || missingJustBefore(doc, q))) return 'missing';
  if (l === 'inherit') {
    // "Сколько погибших? — Генеральный прокурор назвал цифру 169": the figure the question asks for.
    // "— Combien d'arrestations ? — Le commissariat nous a donné le chiffre de 42": the question
    // names it before the figure just given does.
    return (
      askedFor(doc, q, state) ?? (state.last !== null && state.last.paragraph === paragraph ? state.last.metric : null)
    );
  }
  return l ?? elidedNoun(doc, q, state) ?? crowdCount(doc, q);
}

/** "16 deaths in Zhanaozen and one in Shetpe": an elided noun repeats the one before. */
function elidedNoun(doc: Annotated, q: Quantity, state: BindState): Metric | null {
  if (state.last === null || state.last.sentence !== doc.seg.sentenceOf[q.start]) return null;
  const before = doc.tokens[skipQuotesLeft(doc, q.start - 1)];
  if (before !== undefined && COORDINATORS.has(before.lower) && rightIsBare(doc, q, state)) return state.last.metric;
  // "задержаны 38 человек, в Томске — 21": a place, a dash, and the same count elsewhere.
  if (placeThenDash(doc, q) && rightIsBare(doc, q, state)) return state.last.metric;
  return null;
}

const PLACE_REACH = 4;
const REQUESTS = new Set(['demandes', 'appels', 'requests', 'calls', 'inquiries', 'обращений', 'заявлений', 'звонков']);

function familyWithin(doc: Annotated, from: number): boolean {
  for (let k = from; k < from + 3; k++) if (FAMILY_WORDS.has(doc.tokens[k]?.lower ?? '')) return true;
  return false;
}

/**
 * ", в Томске — 21", ", à Ziguinchor : 15": a comma, a place, then a dash or colon before the
 * figure; or "…, а всего за три дня — уже больше сотни": a running total after a dash.
 */
function placeThenDash(doc: Annotated, q: Quantity): boolean {
  const { tokens } = doc;
  let dash = skipQuotesLeft(doc, q.start - 1);
  const already = ALREADY.has(tokens[dash]?.lower ?? '');
  if (already) dash--;
  if (!DASHES.has(tokens[dash]?.text ?? '') && tokens[dash]?.text !== ':') return false;
  if (already) return true;
  for (let k = dash - 1; k >= Math.max(0, dash - PLACE_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return false;
    if (doc.sets.placePrepositions.has(t.lower)) return tokens[k - 1]?.text === ',' && tokens[k + 1]?.capital === true;
  }
  return false;
}

const DASH_SUBJECT_REACH = 16;

/**
 * "Пострадавших при задержании, о которых мы знаем, — 22": the noun that opens the sentence (or
 * the part after a colon) names what the figure after the dash counts.
 */
function subjectBeforeDash(doc: Annotated, q: Quantity): Metric | null {
  const { tokens } = doc;
  let dash = skipQuotesLeft(doc, q.start - 1);
  // "Колонна — по разным оценкам, от 5 до 7 тысяч человек —": a source between dash and figure.
  if (tokens[dash]?.text === ',') {
    const source = cueBehindWords(doc, dash - 1, q);
    if (source?.cue.kind === 'source') dash = source.start - 1;
  }
  if (!DASHES.has(tokens[dash]?.text ?? '')) return null;
  let k = dash - 1;
  while (k > dash - DASH_SUBJECT_REACH && k > 0 && sameSentence(doc, k - 1, q.start)) {
    const t = tokens[k - 1] as Token;
    // A colon opens the subject; another dash or figure means a list, not one subject.
    if (t.text === ':' || DASHES.has(t.text) || t.kind === 'number') break;
    k--;
  }
  if (k <= dash - DASH_SUBJECT_REACH) return null;
  // "🔹 Пострадавших …": a bullet before the subject is no word of it.
  while (k < dash && tokens[k]?.kind === 'punct') k++;
  const c = cueOf(doc, k);
  if (c === null || c.start !== k) return null;
  if (c.cue.kind === 'metric') return c.cue.metric;
  return c.cue.kind === 'eventNoun' || c.cue.kind === 'participantNoun' ? 'participants' : null;
}

const PART_PRONOUNS = new Set(['these', 'those', 'them', 'eux', 'elles', 'них', 'которых']);
const OPENER_REACH = 4;
// How far back a figure looks for its sentence's first word; past it, no opener applies.
const OPENER_SCAN = 30;

/** The metric named by a sentence's partitive opener, for a figure with no noun of its own. */
function openerMetric(doc: Annotated, q: Quantity, state: BindState): Metric | 'inherit' | null {
  const sentence = doc.seg.sentenceOf[q.start];
  let first = q.start;
  while (first > 0 && doc.seg.sentenceOf[first - 1] === sentence && q.start - first < OPENER_SCAN) first--;
  if (
    first === q.start ||
    (first > 0 && doc.seg.sentenceOf[first - 1] === sentence) ||
    !PART_OPENERS.has(doc.tokens[first]?.lower ?? '')
  )
    return null;
  for (let k = first + 1; k < Math.min(q.start, first + 1 + OPENER_REACH); k++) {
    const c = cueOf(doc, k);
    if (c?.cue.kind === 'metric') return c.cue.metric;
  }
  // "Of these, 50 have been transferred": a part of the count just given, which is the first
  // of the sentence before ("received 21 people injured …, attended by 68,000. Of these, 8 …").
  const pronoun = doc.tokens[first + 1]?.lower ?? '';
  // "Parmi elles figurent 14 agents": or a verb between.
  const between = doc.tokens[first + 2];
  // "Parmi elles figurent 29 manifestants, 7 policiers et deux journalistes": every item of the
  // list that follows is a part too.
  const listed = LIST_JOINERS.has(doc.tokens[skipQuotesLeft(doc, q.start - 1)]?.lower ?? '') && q.start > first + 3;
  if (
    PART_PRONOUNS.has(pronoun) &&
    (between?.text === ',' || between?.kind === 'word') &&
    (first + 3 === q.start || listed)
  )
    return state.firstOfSentence?.get((sentence ?? 0) - 1) ?? 'inherit';
  return null;
}

function leftAdjacent(doc: Annotated, q: Quantity, state: BindState): Metric | null {
  let k = skipQuotesLeft(doc, q.start - 1);
  const sep = doc.tokens[k]?.text;
  if (sep === ':' || sep === '—' || sep === '–' || sep === '-') k--;
  // "Пострадали, по нашим данным, пять человек", "ont été tués, selon la police, 5 manifestants".
  if (sep === ',') k = beforeAsideSource(doc, k, q) ?? k;
  // "une marche forte selon nos estimations de 5 000 personnes": a source with no commas.
  const source = cueOf(doc, k);
  if (source?.cue.kind === 'source' && source.end === k + 1) k = source.start - 1;
  // "увели человек 15" (inverted approximation), "судьба ещё двоих": step over the noun or adverb.
  // "не могут связаться ещё с тремя": the preposition the verb takes; "травмы получили и не менее
  // девяти": "also".
  if (WITH.has(doc.tokens[k]?.lower ?? '') || ALSO.has(doc.tokens[k]?.lower ?? '')) k--;
  // "la mort de quatre personnes", "the deaths of four people": a metric noun and its "of".
  if (OF.has(doc.tokens[k]?.lower ?? '')) {
    const noun = cueOf(doc, k - 1);
    // "l'arrestation de 31 « agitateurs »": a verb's noun ("arrestation") as well.
    if (noun?.cue.kind === 'metric' && noun.end === k) k--;
  }
  // "задержанных было 27": the noun, then "was", then the figure.
  if (WAS.has(doc.tokens[k]?.lower ?? '') && cueOf(doc, k - 1)?.cue.kind === 'metric') k--;
  // "В райбольнице мне сказали, что обращались 14 человек": those who came to a hospital.
  // "had received at least six bodies", "a reçu 14 demandes de familles": a noun of its own
  // outweighs the verb.
  const ownKind = cueOf(doc, skipFillers(doc, skipQuotesRight(doc, q.end)))?.cue.kind;
  if (cameToHospital(doc, k, q) && ownKind !== 'metric' && ownKind !== 'nonPerson') return 'injured';
  const between = doc.tokens[k];
  const inverted = between !== undefined && INVERTED_NOUNS.has(between.lower);
  if (between !== undefined && (inverted || STILL.has(between.lower)) && doc.tokens[k + 1]?.attached !== true) k--;
  const c = cueOf(doc, k);
  if (c === null || state.consumed.has(c) || !sameSentence(doc, k, q.start)) return null;
  // "перекрыли 3 улицы", "ont réuni 5 000 signatures": the noun after the figure says it counts things.
  if (cueOf(doc, skipQuotesRight(doc, q.end))?.cue.kind === 'nonPerson') return null;
  if (c.cue.kind === 'metric') {
    // "the hospital had admitted 10 deaths": a metric noun of its own outweighs the verb before.
    const own = cueOf(doc, skipFillers(doc, skipQuotesRight(doc, q.end)));
    if (own?.cue.kind === 'metric' && own.cue.role === 'noun' && own.cue.metric !== c.cue.metric) return null;
    state.consumed.add(c);
    return c.cue.metric;
  }
  // "qu'on était 150 et que personne n'a été blessé": "we were", then the count.
  if (c.cue.kind === 'participantNoun' && c.end === q.start && WE_WERE.has(doc.tokens[c.end - 1]?.lower ?? '')) {
    if (cueOf(doc, skipFillers(doc, skipQuotesRight(doc, q.end)))?.cue.kind === 'metric') return null;
    return 'participants';
  }
  if (c.cue.kind === 'participantPred') {
    // "les familles revendiquent 3 morts": a metric noun of its own outweighs the verb before.
    if (cueOf(doc, skipFillers(doc, skipQuotesRight(doc, q.end)))?.cue.kind === 'metric') return null;
    state.consumed.add(c);
    return 'participants';
  }
  // "Le cortège, parti à 11 h, comptait 4 000 personnes": the size of a gathering named before;
  // "группа жителей численностью около 200 человек": a group of people of that size.
  if (c.cue.kind === 'countVerb' && eventBefore(doc, c.start, q.start)) return 'participants';
  // "Наш корреспондент насчитал человек семьсот": people counted.
  const people = inverted || INVERTED_NOUNS.has(doc.tokens[q.end]?.lower ?? '');
  // "Побитых было много — я сама насчитала человек восемь": unless the sentence named them.
  if (c.cue.kind === 'countVerb' && people && !countsForces(doc, q, false))
    return metricBefore(doc, c.start, q) ?? 'participants';
  return null;
}

const ASIDE_SOURCE_REACH = 6;
/** The token before ", по нашим данным," when `comma` closes such an aside; null otherwise. */
function beforeAsideSource(doc: Annotated, comma: number, q: Quantity): number | null {
  const c = cueBehindWords(doc, comma - 1, q);
  if (c === null || (c.cue.kind !== 'source' && c.cue.kind !== 'hedge')) return null;
  return doc.tokens[c.start - 1]?.text === ',' ? c.start - 2 : null;
}

const OF = new Set(['de', 'd', 'of']);
// The verb that ends "on était", "nous étions", "we were", "нас было".
const WE_WERE = new Set(['était', 'étions', 'were', 'было', 'sommes', 'only']);
const LIST_JOINERS = new Set([',', 'et', 'and', 'и']);
const ALSO = new Set(['и']);
const WITH = new Set(['с', 'со', 'у']);
const WITH_WORDS = new Set(['with', 'avec', 'с']);

const EVENT_REACH = 16;

const RELATIVES = new Set(['qui', 'which', 'that', 'who', 'который', 'которая', 'которое', 'которые']);

function eventBefore(doc: Annotated, from: number, figure: number): boolean {
  // "l'enseignement public, qui compte 85 000 agents": a relative verb counts the noun just before.
  if (RELATIVES.has(doc.tokens[from - 1]?.lower ?? '')) {
    const k = doc.tokens[from - 2]?.text === ',' ? from - 3 : from - 2;
    const kind = cueOf(doc, k)?.cue.kind;
    return kind === 'eventNoun' || kind === 'participantNoun';
  }
  for (let k = from - 1; k >= Math.max(0, from - EVENT_REACH) && sameSentence(doc, k, figure); k--) {
    const kind = cueOf(doc, k)?.cue.kind;
    // "собралась группа граждан численностью около 2,5 тыс.": a gathering, named by its verb.
    if (kind === 'eventNoun' || kind === 'participantNoun' || kind === 'participantPred') return true;
    if (kind === 'metric' || isStop(doc.tokens[k] as Token)) return false;
  }
  return false;
}

/** No cue right after the figure ("and one in Shetpe", "et 3 à Aqtau"). */
/** The same reading state, but what a trial reading claims stays unclaimed in the real one. */
function trialState(state: BindState): BindState {
  const claimed = new Set<CueSpan>();
  const consumed: ClaimedCues = {
    has: (c) => claimed.has(c) || state.consumed.has(c),
    add: (c) => claimed.add(c),
  };
  return { ...state, consumed };
}

function rightIsBare(doc: Annotated, q: Quantity, state: BindState): boolean {
  for (let k = q.end; k < q.end + 3; k++) {
    const t = doc.tokens[k];
    if (t === undefined || !sameSentence(doc, k, q.start) || state.quantityAt.has(k)) return true;
    const c = cueOf(doc, k);
    // "and 6 persons under Article 212": a plain noun for people repeats the elided verb, and
    // what follows it ("участников митинга") is its own. "et une vingtaine d'étudiants": the
    // noun may come after a filler.
    if (
      c !== null &&
      (c.cue.kind === 'groupNoun' || c.cue.kind === 'participantNoun') &&
      k === skipFillers(doc, q.end)
    ) {
      // "and two police vans were set alight": a word for people naming whose things they are.
      if (cueOf(doc, c.end)?.cue.kind === 'nonPerson') return false;
      return (
        c.cue.kind === 'groupNoun' ||
        predicate(doc, c.end, q, trialState(state), SHORT_PREDICATE_WINDOW, false) === null
      );
    }
    if (c !== null && !BARE_NEIGHBOURS.has(c.cue.kind)) return false;
  }
  return true;
}

function isBreakdown(doc: Annotated, start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 6); k--) {
    const c = cueOf(doc, k);
    if (c !== null && c.cue.kind === 'breakdown') return sameSentence(doc, k, start);
    const t = doc.tokens[k] as Token;
    // "« dont 11 dans un état jugé sérieux »": a quote mark may stand between.
    if (
      t.kind === 'punct' &&
      t.text !== ',' &&
      t.text !== ':' &&
      t.text !== '—' &&
      t.text !== '–' &&
      !QUOTES.has(t.text)
    )
      return false;
    // Past three words, only a place may stand between: "из них в Минске — более тысячи".
    if (start - k > 3 && t.kind === 'word' && !t.capital && !doc.sets.placePrepositions.has(t.lower)) return false;
  }
  return false;
}

/** Reads rightwards: "70 tués", "150 personnes ont été arrêtées", "4 000 ouvriers ont cessé le travail". */
function right(doc: Annotated, q: Quantity, state: BindState, headOnly: boolean): Binding {
  const { tokens, sets } = doc;
  let k = skipQuotesRight(doc, q.end);
  let skipped = 0;
  while (
    skipped < 2 &&
    tokens[k] !== undefined &&
    sets.fillers.has((tokens[k] as Token).lower) &&
    cueOf(doc, k) === null
  ) {
    k++;
    skipped++;
  }
  let head: CueSpan | null = null;
  let unknownWords = 0;
  let verbFirst = false;
  for (let step = 0; step < HEAD_LOOKAHEAD; step++) {
    const t = tokens[k];
    if (t === undefined || !sameSentence(doc, k, q.start)) break;
    if (state.quantityAt.has(k)) {
      // "17,000 of its 24,000 members": read on past the whole to the noun of both.
      const whole = state.quantities[state.quantityAt.get(k) as number] as Quantity;
      if (headOnly || !isPartitive(doc, q, whole)) break;
      // "one of three workers struck by live rounds": one person; the whole is the figure.
      if (isOnePerson(doc, q)) return NO_CLAIM;
      if (state.absorbed === undefined) state.absorbed = new Set();
      state.absorbed.add(whole.start);
      k = whole.end;
      // The whole's own noun is the head of both: it costs no step of the look-ahead.
      step--;
      continue;
    }
    const c = cueOf(doc, k);
    // "трое из его бригады тоже пропали": people of a team, not the team.
    if (
      c?.cue.kind === 'nonPerson' &&
      k > q.end &&
      OF_THEIR.has(tokens[q.end]?.lower ?? '') &&
      POSSESSIVES.has(tokens[q.end + 1]?.lower ?? '')
    ) {
      unknownWords++;
      k = c.end;
      continue;
    }
    if (c !== null) {
      head = c;
      break;
    }
    if (t.kind !== 'word') break;
    if (sets.auxiliaries.has(t.lower)) {
      verbFirst = true;
      break;
    }
    // "des dizaines de milliers de Gabonais", "thousands of Kenyans": people named by where
    // they are from are people all the same.
    if (!(t.capital && step === 0 && skipped > 0 && k > q.end)) unknownWords++;
    k++;
  }
  if (head === null) {
    if (headOnly) return UNKNOWN;
    // "70 were killed", "Seventy, the workers said, were killed": the verb comes later.
    const found = predicate(
      doc,
      k,
      q,
      state,
      verbFirst || unknownWords === 0 ? PREDICATE_WINDOW : SHORT_PREDICATE_WINDOW,
      // "Thousands have now joined", "5,000 marched": with nothing between, the count is of people.
      unknownWords === 0,
      false,
      // "put the number of injured at more than 60, and report that one man remains missing".
      true,
    );
    return found ?? UNKNOWN;
  }
  const cue = head.cue;
  switch (cue.kind) {
    case 'metric': {
      if (isCombined(doc, head, state)) return NO_CLAIM;
      state.consumed.add(head);
      if (cue.role === 'noun' && !headOnly) {
        // "3 dead at gate 2, many hurt": the verb of the next item is not this noun's.
        const override = predicate(doc, head.end, q, state, PREDICATE_WINDOW, false, true);
        // "deux corps transportés vers l'hôpital", '"20 bodies" are being held in the mortuary':
        // the dead carried to hospital or kept are still dead.
        const deadStayDead =
          cue.metric === 'killed' && (override?.metric === 'injured' || override?.metric === 'arrested');
        if (override !== null && (override.metric !== null || override.final) && !deadStayDead) return override;
      } else if (!headOnly && skipped === 0) {
        // "Четверо задержанных получили травмы", "deux détenus auraient été hospitalisés": a
        // participle used as a noun, then what befell them; "девять задержанных отпустили": a release.
        const after = endsAsNoun(tokens[head.end - 1] as Token)
          ? verbAfterNoun(doc, head.end, q)
          : verbAfterAuxiliary(doc, head.end, q);
        if (after?.cue.kind === 'block') return NO_CLAIM;
        if (after !== null && after.cue.kind === 'metric' && after.cue.metric !== cue.metric) {
          state.consumed.add(after);
          return { metric: after.cue.metric };
        }
      }
      if (skipped > 0 && !headOnly) {
        // "deux des blessés sont morts", "two of those detained were sentenced": the verb says
        // what happened to the part.
        // "At least nine of the detainees our members saw had visible injuries": a relative clause
        // may stand before it.
        const override = predicate(doc, head.end, q, state, SHORT_PREDICATE_WINDOW + 2, false);
        if (override !== null && (override.metric === null ? override.final : override.metric !== cue.metric))
          return override;
      }
      return { metric: cue.metric };
    }
    case 'breakdown': {
      // "nine of them seriously", "один из них госпитализирован", "2 parmi les manifestants":
      // a part of the figure before, unless its own verb says what happened to it.
      if (headOnly) return UNKNOWN;
      // "more than 2,000 of them came out": a part of a group of people, and what it did.
      const own = predicate(doc, head.end, q, state, PREDICATE_WINDOW, true);
      // "names five dead, three of them with gunshot wounds": how they died, not hurt.
      const manner = WITH_WORDS.has(tokens[head.end]?.lower ?? '') && state.last?.metric === 'killed';
      if (own !== null && (own.metric !== null || own.final) && !manner) return own;
      const last = state.last;
      return last !== null && last.paragraph === doc.seg.paragraphOf[q.start] ? { metric: last.metric } : UNKNOWN;
    }
    case 'participantNoun': {
      if (headOnly) return UNKNOWN;
      const found = predicate(doc, head.end, q, state, PREDICATE_WINDOW, false);
      if (found !== null && (found.metric !== null || found.final)) return found;
      // "Пострадали 12 полицейских и не менее восьми участников митинга": a second subject of
      // the verb before, not a count of the crowd.
      const before = tokens[skipQuotesLeft(doc, q.start - 1)]?.lower ?? '';
      if (state.last?.sentence === doc.seg.sentenceOf[q.start] && COORDINATORS.has(before)) return UNKNOWN;
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
    case 'eventNoun':
      // "toll rises to 37 as protests spread": a clause after the figure has its own subject.
      if (doc.sets.clauseWords.has(tokens[q.end]?.lower ?? '')) return UNKNOWN;
      // "the 1,000+ at the rally", "200 à la manifestation": those at a gathering took part in it.
      return !headOnly &&
        unknownWords > 0 &&
        doc.sets.placePrepositions.has(tokens[skipQuotesRight(doc, q.end)]?.lower ?? '')
        ? { metric: 'participants' }
        : NO_CLAIM;
    case 'prefix':
      // "3,000 at the gate": a word that labels numbers after it ("Gate 3") says nothing here.
      return head.start > skipQuotesRight(doc, q.end) + 1 ? UNKNOWN : NO_CLAIM;
    case 'nonPerson':
    case 'unit':
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
function predicate(
  doc: Annotated,
  from: number,
  q: Quantity,
  state: BindState,
  window: number,
  people: boolean,
  commaStops = false,
  clauseStops = false,
): Binding | null {
  const { tokens } = doc;
  let k = from;
  let seen = 0;
  let afterBreakdown = false;
  // Between two commas around the figure ("424 persons, 83 of them officers, received"): an
  // aside, after which the verb may follow a comma.
  let inAside = doc.tokens[skipQuotesLeft(doc, q.start - 1)]?.text === ',';
  let relative = false;
  // '"10,000–12,000 unidentified workers", and have arrested': a quoted figure's phrase ends
  // with its closing quote when a comma or "and" follows it ("« 300 personnes » ont été" goes on).
  const quoted = QUOTES.has(tokens[q.start - 1]?.text ?? '');
  while (seen < window) {
    const t = tokens[k];
    if (t === undefined || !sameSentence(doc, k, q.start) || isStop(t) || (commaStops && t.text === ',')) return null;
    if (clauseStops && t.text === ',' && COORDINATORS.has(tokens[k + 1]?.lower ?? '')) return null;
    // "three dead and we still cannot find two": a clause whose subject is the speaker has its own
    // verb ("… et elles sont toujours retenues" goes on about the same people).
    if (COORDINATORS.has(t.lower) && SPEAKERS.has(tokens[k + 1]?.lower ?? '')) return null;
    // "qu'on était 150 et que personne n'a été blessé": "and that" opens a clause of its own.
    if (COORDINATORS.has(t.lower) && THAT.has(tokens[k + 1]?.lower ?? '')) return null;
    // "quelque 1'100 personnes — ouvrières, leurs familles, des voisins — ont défilé": an aside
    // between dashes right after the noun.
    if (k === from && DASHES.has(t.text)) {
      const close = closingAsideDash(doc, k, q);
      if (close !== null) {
        k = close + 1;
        continue;
      }
    }
    // "la mort de 10 personnes à Janaözen, où des grévistes affrontaient la police": a clause
    // about a place has its own subject.
    if (PLACE_CLAUSES.has(t.lower)) return null;
    // "quatre morts dans des heurts après l'arrestation d'un député": a time clause is not the verb.
    if (commaStops && TIME_CLAUSE_OPENERS.has(t.lower)) return null;
    if (quoted && k > q.end && QUOTES.has(t.text)) {
      const next = tokens[k + 1];
      if (next === undefined || next.text === ',' || COORDINATORS.has(next.lower)) return null;
    }
    const inner = state.quantityAt.get(k);
    if (inner !== undefined) {
      // "8,000 teachers from 34 districts took part": a count of things is stepped over.
      const other = state.quantities[inner] as Quantity;
      const next = cueOf(doc, other.end);
      // "Onze fonctionnaires de police et deux gendarmes ont été blessés": a second subject
      // shares the verb.
      const joined = COORDINATORS.has(tokens[k - 1]?.lower ?? '') ? peopleNounAfter(doc, other.end) : null;
      if (joined !== null) {
        seen += joined - k;
        k = joined;
        continue;
      }
      // "plus de 120.000 personnes — 100.000 selon la police — ont défilé": another source's
      // count, between dashes, is stepped over to the verb.
      if (next?.cue.kind === 'source' && DASHES.has(tokens[k - 1]?.text ?? '')) {
        const close = closingDash(doc, next.end, q);
        if (close === null) return null;
        k = close + 1;
        continue;
      }
      if (next === null || next.cue.kind !== 'nonPerson') return null;
      seen += next.end - k;
      k = next.end;
      continue;
    }
    // "one young man, a 23-year-old student, had died": an apposition is an aside.
    if (t.text === ',' && k >= from && APPOSITION_OPENERS.has(tokens[k + 1]?.lower ?? '')) {
      const end = asideEnd(doc, k + 1, q);
      if (end !== null) {
        k = end + 1;
        continue;
      }
    }
    // "(… по данным полиции — около 400 человек) в отделение начали поступать пострадавшие": a
    // figure inside brackets has no verb outside them.
    if (t.text === ')' && openBracketBefore(doc, q.start, OPEN_BRACKET_REACH) >= 0) return null;
    // "1 patient (male, approx. 30 years) died": what stands in brackets is an aside.
    if (t.text === '(') {
      const close = closingBracket(doc, k, q);
      if (close === null) return null;
      k = close + 1;
      continue;
    }
    // "12, раненых — 30": a metric noun opening the next item of a list is not this figure's
    // (", received treatment" after an aside is the verb of the clause).
    const listed = cueOf(doc, k + 1)?.cue;
    if (t.text === ',' && !afterBreakdown && listed?.kind === 'metric' && (listed.role === 'noun' || !inAside))
      return null;
    if (t.text === ',') inAside = !inAside;
    if (RELATIVE_SUBJECTS.has(t.lower)) relative = true;
    afterBreakdown = false;
    const c = cueOf(doc, k);
    if (c !== null) {
      const cue = c.cue;
      if (cue.kind === 'metric') {
        if (isCombined(doc, c, state)) return NO_CLAIM;
        // "two workers who were beaten at the protest died in hospital": the relative clause's
        // verb, then the main one.
        const mainAfterRelative = relative ? verbAfterRelative(doc, c.end, cue.metric, q) : null;
        if (mainAfterRelative !== null) {
          state.consumed.add(mainAfterRelative.span);
          return { metric: mainAfterRelative.metric };
        }
        const main = mainVerbAfterParticiple(doc, c, q);
        if (main !== null) {
          state.consumed.add(main.span);
          return { metric: main.metric };
        }
        state.consumed.add(c);
        return { metric: cue.metric };
      }
      // "Several thousand banana plantation and packing-house workers have gathered": a word for
      // people on the way makes the count one of people.
      if (
        (cue.kind === 'groupNoun' || cue.kind === 'participantNoun') &&
        !doc.sets.forceNouns.has(tokens[c.start]?.lower ?? '')
      )
        people = true;
      if (cue.kind === 'participantPred' && people) {
        state.consumed.add(c);
        return { metric: 'participants' };
      }
      // '"no more than 150" pickets were present that morning has hurt his family': the verb
      // right after the noun is its own, and says nothing of a metric.
      if (cue.kind === 'participantPred' && c.start === from) return null;
      // "одиннадцать до сих пор не отпущены": not released is still held.
      if (
        cue.kind === 'block' &&
        NEGATIONS.has(tokens[c.start - 1]?.lower ?? '') &&
        isRelease(tokens[c.start] as Token)
      )
        return { metric: 'arrested' };
      // "Quelque 900 ouvriers, sur un effectif de 1 400, ont cessé le travail": a whole said to
      // be no count of its own is stepped over with its figure.
      const whole = state.quantityAt.get(c.end);
      if (cue.kind === 'block' && whole !== undefined && OF.has(tokens[c.end - 1]?.lower ?? '')) {
        const other = state.quantities[whole] as Quantity;
        seen += other.end - k;
        k = other.end;
        continue;
      }
      if (cue.kind === 'block') return NO_CLAIM;
      if (cue.kind === 'contrast') return null;
      // "Quatre policiers figurent parmi eux.": a part of the count of the sentence before.
      const partOf = cue.kind === 'breakdown' && endsSentence(doc, c.end) ? countedJustBefore(doc, q, state) : null;
      if (partOf !== null) return { metric: partOf };
      // "25 personnes dont les familles sont sans nouvelles": "whose", not a part of them.
      if (cue.kind === 'breakdown' && ARTICLES.has(tokens[c.end]?.lower ?? '')) {
        k = c.end;
        continue;
      }
      if (cue.kind === 'breakdown') {
        // Step over "dont 4 membres," or "among them teachers, students and shopkeepers," to the
        // verb of the main clause; an aside costs nothing of the window.
        const end = asideEnd(doc, k, q);
        if (end === null) return null;
        k = end;
        afterBreakdown = true;
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

const ASIDE_REACH = 14;
const RELATIVE_SUBJECTS = new Set(['who', 'qui', 'которые', 'который']);
const MAIN_VERB_REACH = 6;
const NOT_A_VERB_AFTER = new Set([
  'their',
  'his',
  'her',
  'the',
  'a',
  'after',
  'during',
  'of',
  'leur',
  'leurs',
  'la',
  'le',
  'les',
  'de',
  'après',
  'lors',
  'их',
  'после',
  'при',
]);

/**
 * The main verb after a relative clause's own (ending at `from`, of metric `own`): the first
 * other metric verb after it, before any punctuation.
 */
function verbAfterRelative(
  doc: Annotated,
  from: number,
  own: Metric,
  q: Quantity,
): { span: CueSpan; metric: Metric } | null {
  for (let k = from; k < from + MAIN_VERB_REACH && sameSentence(doc, k, q.start); k++) {
    const t = doc.tokens[k] as Token;
    if (t.kind === 'punct') return null;
    const c = cueOf(doc, k);
    if (c === null) continue;
    // "who needed medical treatment after their arrest": a noun after a preposition is no verb.
    const noun = NOT_A_VERB_AFTER.has(doc.tokens[k - 1]?.lower ?? '');
    if (c.cue.kind === 'metric' && c.cue.role === 'pred' && !noun && c.cue.metric !== own)
      return { span: c, metric: c.cue.metric };
    k = c.end - 1;
  }
  return null;
}
const RELEASE_STEMS = ['отпущен', 'освобожд', 'released', 'libéré', 'relâché'];

function isRelease(t: Token): boolean {
  return RELEASE_STEMS.some((stem) => t.lower.startsWith(stem));
}

/** The metric counted in the sentence just before the figure's, or null. */
function countedJustBefore(doc: Annotated, q: Quantity, state: BindState): Metric | null {
  const last = state.last;
  return last !== null && last.sentence === (doc.seg.sentenceOf[q.start] ?? 0) - 1 ? last.metric : null;
}

/** Token k ends its sentence: "parmi eux." but not "incl. her son". */
function endsSentence(doc: Annotated, k: number): boolean {
  const t = doc.tokens[k];
  if (t === undefined || !sameSentence(doc, k, k - 1)) return true;
  return isStop(t) && (k + 1 >= doc.tokens.length || !sameSentence(doc, k, k + 1));
}

// How far back an opening bracket is looked for.
const OPEN_BRACKET_REACH = 40;
const SPEAKERS = new Set(['we', 'i', 'you', 'nous', 'je', 'j', 'on', 'vous', 'мы', 'я', 'вы']);
const DASH_ASIDE_REACH = 25;

function closingAsideDash(doc: Annotated, open: number, q: Quantity): number | null {
  for (let k = open + 1; k < open + DASH_ASIDE_REACH; k++) {
    const t = doc.tokens[k];
    if (t === undefined || !sameSentence(doc, k, q.start) || isStop(t)) return null;
    if (DASHES.has(t.text)) return k;
  }
  return null;
}

/** The end of a noun for people right after a figure (an adjective may stand between), or null. */
function peopleNounAfter(doc: Annotated, from: number): number | null {
  for (let k = from; k < from + 2; k++) {
    const c = cueOf(doc, k);
    if (c !== null) return c.cue.kind === 'groupNoun' || c.cue.kind === 'participantNoun' ? c.end : null;
    if (doc.tokens[k]?.kind !== 'word') return null;
  }
  return null;
}

function closingDash(doc: Annotated, from: number, q: Quantity): number | null {
  for (let k = from; k < from + ASIDE_SOURCE_REACH; k++) {
    const t = doc.tokens[k];
    if (t === undefined || !sameSentence(doc, k, q.start) || isStop(t)) return null;
    if (DASHES.has(t.text)) return k;
  }
  return null;
}
const APPOSITION_OPENERS = new Set(['a', 'an', 'un', 'une', 'aged', 'âgé', 'âgée', 'âgés', 'âgées']);
const PLACE_CLAUSES = new Set(['où', 'where', 'где']);
const TIME_CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'après', 'avant', 'depuis', 'после', 'до']);

/**
 * Where an aside opened by a breakdown word ends: at the comma closing it ("among them teachers,
 * students and shopkeepers, were detained"), or at the comma before the verb when the list
 * runs on with its own commas. Null when the sentence ends first: the aside was the clause.
 */
function asideEnd(doc: Annotated, from: number, q: Quantity): number | null {
  const { tokens } = doc;
  let lastComma: number | null = null;
  for (let k = from; k < from + ASIDE_REACH; k++) {
    const t = tokens[k];
    // "dont des blessés, des proches de victimes et des soignants.": a list to the end of the
    // sentence leaves no verb to find.
    if (t === undefined || !sameSentence(doc, k, q.start) || isStop(t)) return null;
    if (t.text === ',') {
      // "teachers, students and shopkeepers, were": a list goes on while nouns follow commas.
      const next = tokens[k + 1];
      if (next === undefined || doc.sets.auxiliaries.has(next.lower) || cueOf(doc, k + 1)?.cue.kind === 'metric')
        return k;
      lastComma = k;
    }
  }
  return lastComma;
}

const BRACKET_REACH = 12;

function closingBracket(doc: Annotated, open: number, q: Quantity): number | null {
  for (let k = open + 1; k < open + BRACKET_REACH; k++) {
    const t = doc.tokens[k];
    if (t === undefined || !sameSentence(doc, k, q.start)) return null;
    if (t.text === ')') return k;
  }
  return null;
}

const PARTICIPLE_REACH = 6;
// Between an auxiliary and its verb: "have not been found", "n'ont toujours pas été".
const BETWEEN_AUXILIARY_AND_VERB = new Set([
  'not',
  'never',
  'still',
  'yet',
  'ne',
  'n',
  'pas',
  'toujours',
  'jamais',
  'не',
  'так',
]);

/**
 * "three protesters detained on Friday have not been found": a participle that only says which
 * people, then the main verb that says what befell them. Null when no such verb follows.
 */
function mainVerbAfterParticiple(
  doc: Annotated,
  participle: CueSpan,
  q: Quantity,
): { span: CueSpan; metric: Metric } | null {
  const { tokens, sets } = doc;
  if (participle.cue.kind !== 'metric' || participle.cue.role !== 'pred') return null;
  const befell = participle.cue.metric;
  // One word right after the noun for the people: "protesters detained", "jeunes arrêtés".
  const noun = cueOf(doc, participle.start - 1)?.cue.kind;
  if (participle.end - participle.start !== 1 || (noun !== 'groupNoun' && noun !== 'participantNoun')) return null;
  /** The verb a span holds when it says something else befell them, or null. */
  const otherVerb = (span: CueSpan | null) =>
    span !== null && span.cue.kind === 'metric' && span.cue.role === 'pred' && span.cue.metric !== befell
      ? { span, metric: span.cue.metric }
      : null;
  for (let k = participle.end; k < participle.end + PARTICIPLE_REACH; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word' || !sameSentence(doc, k, q.start)) return null;
    const other = cueOf(doc, k);
    // "detained on Friday": when is stepped over; "have not been found" may be one phrase.
    if (other?.cue.kind === 'date') continue;
    if (other !== null) return sets.auxiliaries.has(t.lower) ? otherVerb(other) : null;
    if (!sets.auxiliaries.has(t.lower)) continue;
    let j = k;
    while (
      j < k + 4 &&
      (sets.auxiliaries.has(tokens[j]?.lower ?? '') || BETWEEN_AUXILIARY_AND_VERB.has(tokens[j]?.lower ?? '')) &&
      cueOf(doc, j) === null
    )
      j++;
    return otherVerb(cueOf(doc, j));
  }
  return null;
}

const NOUN_VERB_REACH = 3;

/** The cue of the verb right after a noun ("задержанных получили травмы"), within its clause. */
function verbAfterNoun(doc: Annotated, from: number, q: Quantity): CueSpan | null {
  for (let k = from; k < from + NOUN_VERB_REACH; k++) {
    const t = doc.tokens[k];
    if (t === undefined || t.kind !== 'word' || !sameSentence(doc, k, q.start) || COORDINATORS.has(t.lower))
      return null;
    if (doc.sets.clauseWords.has(t.lower)) return null;
    const c = cueOf(doc, k);
    if (c !== null) return c;
  }
  return null;
}

/** The cue of the verb after a noun when auxiliaries lead to it ("détenus auraient été hospitalisés"). */
function verbAfterAuxiliary(doc: Annotated, from: number, q: Quantity): CueSpan | null {
  let k = from;
  for (;;) {
    const hedge = cueOf(doc, k);
    if (hedge?.cue.kind === 'hedge') k = hedge.end;
    else if (hedge === null && doc.sets.auxiliaries.has(doc.tokens[k]?.lower ?? '')) k++;
    else break;
    if (k > from + NOUN_VERB_REACH) return null;
  }
  if (k === from || !sameSentence(doc, k, q.start)) return null;
  const c = cueOf(doc, k);
  return c !== null && (c.cue.kind === 'block' || (c.cue.kind === 'metric' && c.cue.role === 'pred')) ? c : null;
}

/** Russian genitive plural of a participle or adjective used as a noun ("задержанных", "раненых"). */
function endsAsNoun(t: Token): boolean {
  return t.lower.endsWith('ых') || t.lower.endsWith('их');
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
    return (
      c !== null &&
      c.cue.kind === 'metric' &&
      c.cue.metric !== metric &&
      !state.consumed.has(c) &&
      nextIsNotFigure(doc, c, state)
    );
  };
  return check(head.end, 1) || check(head.start - 1, -1);
}

function nextIsNotFigure(doc: Annotated, c: CueSpan, state: BindState): boolean {
  // "70 tués et 150 blessés" is two figures; "tués et blessés" with no number is one total.
  for (let k = c.start - 1; k >= Math.max(0, c.start - 3); k--) if (state.quantityAt.has(k)) return false;
  void doc;
  return true;
}

function isOnePerson(doc: Annotated, q: Quantity): boolean {
  return q.min === 1 && q.max === 1 && q.end === q.start + 1 && doc.tokens[q.start]?.kind === 'word';
}

/** "17,000 of its 24,000", "2 sur 5", "1 из 3": a part, then the whole it is taken from. */
function isPartitive(doc: Annotated, part: Quantity, whole: Quantity): boolean {
  if (!PARTITIVE_OPENERS.has(doc.tokens[part.end]?.lower ?? '')) return false;
  for (let k = part.end; k < whole.start; k++) if (!PARTITIVE_WORDS.has((doc.tokens[k] as Token).lower)) return false;
  return whole.min > (part.max ?? part.min);
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
      // "des blessés légers, douze au total": one plain word may follow the noun.
      const plain = doc.tokens[k - 1]?.kind === 'word' && cueOf(doc, k - 1) === null ? cueOf(doc, k - 2) : null;
      if (plain?.cue.kind === 'metric' && !state.consumed.has(plain)) {
        state.consumed.add(plain);
        return plain.cue.metric;
      }
      const c = cueOf(doc, k - 1);
      if (c !== null && !state.consumed.has(c) && sameSentence(doc, k - 1, q.start)) {
        if (c.cue.kind === 'metric') {
          state.consumed.add(c);
          return c.cue.metric;
        }
        // "снова собрались, «уже тысячи две»": how many gathered.
        if (c.cue.kind === 'participantNoun' || c.cue.kind === 'participantPred') return 'participants';
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
          // "о побоях при задержании сообщили 6 человек": "during arrest" says when, not what.
          if (DURING.has(tokens[c.start - 1]?.lower ?? '') && cueOf(doc, c.start - 2)?.cue.kind === 'metric') break;
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
        // "родственники задержанных (подписи — 27)": a noun for things names what is counted.
        case 'nonPerson':
          if (c.end === q.start - 1 && LABEL_MARKS.has(tokens[q.start - 1]?.text ?? '')) return null;
          break;
        case 'change':
          // "ça pourrait monter à 100", "the toll rose to 12": the count named before goes on.
          // A toll that is the subject of the change, however far back in its clause, names it:
          // "the death toll from a raid by security forces on a sit-in has risen to 60".
          {
            const subject = countedBefore(doc, c.start, state, true);
            if (subject !== null) return subject;
          }
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

const DURING = new Set(['при', 'during', 'lors']);
const LABEL_MARKS = new Set(['—', '–', ':']);
const SUBJECT_REACH = 25;
// "число пострадавших", "the number of injured", "le nombre de blessés": a count as a subject.
const COUNT_NOUNS = new Set(['число', 'количество', 'number', 'nombre', 'total']);
const CROWDS = new Set(['crowd', 'crowds', 'толпа', 'толпу', 'foule', 'cortège', 'колонна', 'march', 'procession']);

/**
 * What a change verb's subject counts, however far back in its sentence: a toll ("the death toll
 * from a raid ... has risen to 60") or a count of a metric ("Число пострадавших в ходе беспорядков
 * в столице ... превысило 680"). Nothing when a figure stands between them.
 */
function countedBefore(doc: Annotated, from: number, state: BindState, afterChange = false): Metric | null {
  for (let k = from - 1; k >= Math.max(0, from - SUBJECT_REACH) && sameSentence(doc, k, from); k--) {
    if (state.quantityAt.has(k) || isStop(doc.tokens[k] as Token)) return null;
    const c = cueOf(doc, k);
    if (c?.cue.kind === 'toll') return 'killed';
    // "Толпа у отдела выросла до полутора тысяч", "The crowd, which had grown to over 400".
    if (afterChange && c?.cue.kind === 'eventNoun' && CROWDS.has((doc.tokens[c.start] as Token).lower))
      return 'participants';
    if (c?.cue.kind === 'metric') {
      let j = c.start - 1;
      // "the number of people killed": the people stand between the count and what befell them.
      const people = cueOf(doc, j);
      if (people?.cue.kind === 'groupNoun') j = people.start - 1;
      while (j >= 0 && doc.sets.fillers.has((doc.tokens[j] as Token).lower)) j--;
      if (COUNT_NOUNS.has(doc.tokens[j]?.lower ?? '')) return c.cue.metric;
    }
  }
  return null;
}

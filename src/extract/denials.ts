// Finds denials, figures of zero: "denied any deaths", "aucun mort", "никто не погиб",
// "погибших нет", and tells them from denials of severity only ("nobody was seriously hurt").

import type { Metric } from '../domain/claim.js';
import type { Annotated, CueSpan } from './annotate.js';
import type { Cue } from './lexicon.js';
import {
  type BindState,
  COORDINATORS,
  DASHES,
  isQuantityEnd,
  isStop,
  NEGATIONS,
  QUOTES,
  sameSentence,
} from './reading.js';
import type { Token } from './tokens.js';

export interface Denial {
  metric: Metric;
  /** Token where the denial starts (for its sentence). */
  at: number;
}

const DENIAL_WINDOW = 10;
const NEGATOR_WINDOW = 6;
const NOUN_REACH = 3;
// "ni au commissariat, ni à la prison centrale": "neither" before places lists them.
const NI = new Set(['ни', 'ni', 'nor']);

/** Figures of zero: "denied any deaths", "aucun mort", "никто не погиб", "погибших нет". */
export function findDenials(doc: Annotated, state: BindState): Denial[] {
  const { tokens, cover, sets } = doc;
  const out: Denial[] = [];
  /** "sentence metric" of each denial made, so that one sentence denies a metric once. */
  const denied = new Set<string>();
  const { sentenceOf, paragraphOf } = doc.seg;
  /**
   * One denial per sentence and metric; and a denial repeated in the next sentence of the same
   * paragraph ("…не соответствует действительности. Погибших нет.") is the same claim.
   */
  const deny = (metric: Metric, at: number): void => {
    const sentence = sentenceOf[at] ?? 0;
    const previous = out.at(-1);
    const repeated =
      previous !== undefined &&
      previous.metric === metric &&
      (sentenceOf[previous.at] ?? 0) === sentence - 1 &&
      paragraphOf[previous.at] === paragraphOf[at];
    const key = `${sentence} ${metric}`;
    if (denied.has(key) || repeated) return;
    denied.add(key);
    out.push({ metric, at });
  };
  let lastDenialEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const c = cover[i];
    if (c === null || c === undefined || c.start !== i) continue;
    if (c.cue.kind === 'accounted') {
      if (everyoneBefore(doc, c)) deny('missing', i);
      continue;
    }
    if (c.cue.kind === 'metric' && c.cue.role === 'pred') {
      if (negatedForGroup(doc, c, state) || negatedObject(doc, c)) deny(c.cue.metric, i);
      continue;
    }
    if (c.cue.kind === 'negatorAfter') {
      const metric = negatedVerbBefore(doc, c);
      if (metric !== null) deny(metric, i);
      continue;
    }
    if (c.cue.kind === 'denial' || c.cue.kind === 'negator') {
      if (i < lastDenialEnd) continue;
      // "Pas de démenti sur le nombre de morts", "no denial of the toll": a denial denied.
      if (c.cue.kind === 'denial' && cover[i - 1]?.cue.kind === 'negator') continue;
      const window = c.cue.kind === 'denial' ? DENIAL_WINDOW : NEGATOR_WINDOW;
      const metrics: Metric[] = [];
      let k = c.end;
      let seen = 0;
      let blocked = false;
      // "aucun détenu n'a été blessé", "no detainee was hurt": the noun names who, the verb what.
      let nounOnly = false;
      // A noun that says who ("aucun des manifestants arrêtés") leaves the verb a few words more.
      while (seen < window || (nounOnly && seen < window + NOUN_REACH)) {
        const t = tokens[k];
        if (t === undefined || !sameSentence(doc, k, i) || isStop(t) || state.quantityAt.has(k)) {
          blocked = blocked || (t !== undefined && state.quantityAt.has(k));
          break;
        }
        const m = cover[k];
        // "ни в изоляторе, ни в суде их нет": places listed, not what is denied.
        if (m?.cue.kind === 'metric' && NI.has(tokens[i]?.lower ?? '') && sets.placePrepositions.has(t.lower)) break;
        if (m !== null && m !== undefined) {
          // "aucun manifestant n'a été tué": the elided "n'" is no "n°".
          if ((m.cue.kind === 'prefix' || m.cue.kind === 'unit') && m.end === k + 1 && SINGLE.has(t.lower)) {
            k++;
            seen++;
            continue;
          }
          // "aucune personne n'est portée disparue": a second negator repeats the first.
          if (m.cue.kind === 'negator' && c.cue.kind === 'negator' && metrics.length === 0) {
            seen += m.end - k;
            k = m.end;
            continue;
          }
          if (m.cue.kind === 'metric' && nounOnly && metrics.length === 1 && m.cue.metric !== metrics[0]) {
            metrics[0] = m.cue.metric;
            nounOnly = false;
          } else if (m.cue.kind === 'metric' && metrics.length > 0 && !JOINED.has(tokens[k - 1]?.lower ?? '')) {
            // "no student was harmed in custody": a second metric word not joined to the first
            // says where or how, not what else is denied.
            break;
          } else if (m.cue.kind === 'metric' && !metrics.includes(m.cue.metric)) {
            // Only a noun right after the negator names who: "no student was harmed in custody"
            // denies harm, not arrests.
            // "никто из задержанных не пропадал": the noun may follow "из" / "of".
            // "aucun des manifestants arrêtés n'a été perdu de vue": a participle after the noun
            // says who, too.
            const right =
              k === c.end ||
              (k === c.end + 1 && PARTS_OF.has(tokens[c.end]?.lower ?? '')) ||
              (m.cue.role === 'pred' &&
                GROUPS.has(cover[k - 1]?.cue.kind ?? 'unit') &&
                VERB_NEXT.has(tokens[m.end]?.lower ?? ''));
            nounOnly = metrics.length === 0 && c.cue.kind === 'negator' && (m.cue.role === 'noun' || right);
            metrics.push(m.cue.metric);
          } else if (!PEOPLE.has(m.cue.kind) && m.cue.kind !== 'hedge' && metrics.length > 0) break;
          // "ни один участник акций не погиб": the event the people took part in.
          else if (c.cue.kind === 'negator' && !PEOPLE.has(m.cue.kind) && m.cue.kind !== 'eventNoun') break;
          seen += m.end - k;
          k = m.end;
          continue;
        }
        // "ни один задержанный не получил травм": a light verb between the noun and its metric.
        if (
          nounOnly &&
          (sets.auxiliaries.has(t.lower) || SINGLE.has(t.lower) || t.lower === 'été' || LIGHT_VERBS.has(t.lower))
        ) {
          k++;
          seen++;
          continue;
        }
        nounOnly = false;
        // Past the first metric word only coordinated ones count ("morts et de blessés").
        if (
          metrics.length > 0 &&
          !COORDINATORS.has(t.lower) &&
          !sets.fillers.has(t.lower) &&
          t.lower !== 'any' &&
          t.lower !== 'de'
        )
          break;
        // "никто полицией не избит", "nobody from the force died": who did it, or which group.
        if (c.cue.kind === 'negator' && metrics.length === 0 && BY_WHOM.has(t.lower)) {
          k++;
          seen++;
          continue;
        }
        if (
          c.cue.kind === 'negator' &&
          metrics.length === 0 &&
          !sets.auxiliaries.has(t.lower) &&
          !sets.fillers.has(t.lower) &&
          !SINGLE.has(t.lower)
        )
          break;
        k++;
        seen++;
      }
      // "погибших нет", "факт задержаний отрицают": in Russian the negation may follow the noun.
      if (metrics.length === 0 && (c.cue.kind === 'negator' || c.cue.kind === 'denial')) {
        const before = metricBeforeNegation(doc, c);
        if (before !== null && !isQuantityEnd(state, before.start - 1)) {
          // "ни погибших, ни раненых нет", "погибших и раненых нет": one negation, every noun;
          // "Погибших и тяжело пострадавших нет" denies deaths and only serious injuries.
          const severe = SEVERITY.has(tokens[before.start - 1]?.lower ?? '');
          metrics.push(...coordinatedBefore(doc, severe ? before.start - 1 : before.start));
          if (!severe) metrics.push(before.metric);
        }
      }
      // "Q: Was anyone killed? A: No, thank God. Nobody.": a bare "nobody" answers the question.
      if (metrics.length === 0 && c.cue.kind === 'negator' && answersAlone(doc, c)) {
        const asked = metricAsked(doc, doc.seg.sentenceOf[i] ?? 0);
        if (asked !== null) metrics.push(asked);
      }
      if (blocked || deniesSeverityOnly(doc, c.end, k)) continue;
      // "«Ни одного погибшего нет»": two negations of one noun are one denial.
      for (const metric of metrics) deny(metric, i);
      if (metrics.length > 0) lastDenialEnd = k;
    }
  }
  return out;
}

// What joins two denied metrics: "ni morts ni blessés", "no deaths or injuries", "morts et de blessés".
const JOINED = new Set([...COORDINATORS, ',', 'ni', 'nor', 'de', 'd', 'any']);
const PARTS_OF = new Set(['из', 'of']);
// What follows a participle used as an adjective: the clause's own verb ("arrêtés n'a été").
const VERB_NEXT = new Set([
  ...NEGATIONS,
  'was',
  'were',
  'has',
  'have',
  'had',
  'a',
  'ont',
  'est',
  'sont',
  'был',
  'была',
  'были',
]);
const LIGHT_VERBS = new Set(['получил', 'получила', 'получили', 'получило', 'suffered', 'subi']);
const BY_WHOM = new Set([
  'из',
  'полицией',
  'милицией',
  'омоном',
  'силовиками',
  'from',
  'the',
  'force',
  'ranks',
  'of',
  'them',
]);
const PEOPLE = new Set<Cue['kind']>(['metric', 'groupNoun', 'participantNoun']);
// "nobody was seriously hurt", "aucun blessé grave": a denial of how badly, not of whether.
const SEVERITY = new Set([
  'seriously',
  'serious',
  'severely',
  'critically',
  'grave',
  'graves',
  'grièvement',
  'gravement',
  'серьёзно',
  'серьезно',
  'тяжело',
  'тяжёлых',
  'тяжелых',
  'серьёзных',
  'серьезных',
  // "Aucune blessure ne met la vie en danger", "no injury is life-threatening".
  'danger',
  'vital',
  'life-threatening',
]);

const SEVERITY_REACH = 5;

function deniesSeverityOnly(doc: Annotated, from: number, to: number): boolean {
  for (let k = from; k <= to && k < doc.tokens.length; k++) if (SEVERITY.has(doc.tokens[k]?.lower ?? '')) return true;
  // "Aucune blessure ne met la vie en danger": the rest of the clause, over plain words only.
  for (let k = to; k <= to + SEVERITY_REACH && k < doc.tokens.length && sameSentence(doc, k, from); k++) {
    const t = doc.tokens[k] as Token;
    if (SEVERITY.has(t.lower)) return true;
    if (t.kind !== 'word' || doc.cover[k] != null || COORDINATORS.has(t.lower)) return false;
  }
  return false;
}
// "Every person detained has been accounted for", "все указанные лица установлены".
const EVERYONE = new Set(['every', 'all', 'everyone', 'tous', 'toutes', 'все', 'всех', 'каждый']);
const EVERYONE_REACH = 14;

function everyoneBefore(doc: Annotated, at: CueSpan): boolean {
  for (let k = at.start - 1; k >= Math.max(0, at.start - EVERYONE_REACH) && sameSentence(doc, k, at.start); k--) {
    if (EVERYONE.has((doc.tokens[k] as Token).lower)) return true;
  }
  return false;
}

// "«мирные жители не пострадали»": a whole group (no number) of whom the verb is denied.
const NOT_RU = new Set(['не']);
const GROUPS = new Set<Cue['kind']>(['groupNoun', 'participantNoun']);

function negatedForGroup(doc: Annotated, verb: CueSpan, state: BindState): boolean {
  const { tokens, cover } = doc;
  if (!NOT_RU.has(tokens[verb.start - 1]?.lower ?? '')) return false;
  const subject = cover[verb.start - 2];
  if (subject === null || subject === undefined || !GROUPS.has(subject.cue.kind)) return false;
  // "20 человек не пострадали" is about counted people, not a denial of the whole.
  return !isQuantityEnd(state, subject.start - 1);
}

// "les forces de l'ordre n'avaient tué personne": a verb, negated before, with "no one" as object.
const NO_ONE_AFTER = new Set(['personne', 'quiconque', 'никого']);

function negatedObject(doc: Annotated, verb: CueSpan): boolean {
  const { tokens } = doc;
  if (!NO_ONE_AFTER.has(tokens[verb.end]?.lower ?? '')) return false;
  for (let k = verb.start - 1; k >= 0 && k > verb.start - 4; k--) {
    const word = (tokens[k] as Token).lower;
    if (NEGATIONS.has(word)) return true;
    if (!doc.sets.auxiliaries.has(word)) return false;
  }
  return false;
}

// "has not abducted anybody", "did not kill anyone": the negation stands before the verb.

function negatedVerbBefore(doc: Annotated, at: CueSpan): Metric | null {
  const verb = doc.cover[at.start - 1];
  if (verb?.cue.kind !== 'metric' || verb.cue.role !== 'pred' || !sameSentence(doc, verb.start, at.start)) return null;
  return NEGATIONS.has(doc.tokens[verb.start - 1]?.lower ?? '') ? verb.cue.metric : null;
}

const NEGATION_REACH = 10;
// "пострадавших среди задержанных нет", "погибших при задержании нет".
const AMONG = new Set(['среди', 'among', 'parmi', 'при']);
// Words that end the clause a trailing negation may reach back into.
const CLAUSE_BREAKS = new Set(['что', 'который', 'которые', 'которых', 'но', 'а', 'однако']);

/**
 * The metric noun a negation after it denies: right before it ("погибших нет"), or, when the
 * negation closes its clause, across a group ("пострадавших среди граждан и сотрудников нет")
 * or a source between commas ("Погибших, по нашим данным, нет").
 */
function metricBeforeNegation(doc: Annotated, at: CueSpan): { metric: Metric; start: number } | null {
  const { tokens, cover } = doc;
  // "пострадавших «не зафиксировано»": a quote mark may stand between.
  // "DÉCÈS — aucun à notre connaissance", "Décès : aucun": so may the dash or colon of a heading.
  const between = tokens[at.start - 1]?.text ?? '';
  // "introuvables : ni au commissariat, ni à la prison" lists places, not what is denied.
  const heading = (DASHES.has(between) || between === ':') && !NI.has(tokens[at.start]?.lower ?? '');
  const before = QUOTES.has(between) || heading ? at.start - 2 : at.start - 1;
  const adjacent = cover[before];
  if (adjacent?.cue.kind === 'metric' && sameSentence(doc, before, at.start)) {
    if (OTHER.has(tokens[adjacent.start - 1]?.lower ?? '')) return null;
    // "о якобы избитых задержанных не соответствует действительности": a denial after a noun
    // group denies what its first word says befell them.
    const first = at.cue.kind === 'denial' ? cover[adjacent.start - 1] : null;
    if (first?.cue.kind === 'metric' && sameSentence(doc, first.start, at.start))
      return { metric: first.cue.metric, start: first.start };
    // "пострадавших среди задержанных нет": the noun before "среди" is what is denied.
    const among = adjacent.start - 1;
    const head = AMONG.has(tokens[among]?.lower ?? '') ? cover[among - 1] : null;
    if (head?.cue.kind === 'metric' && sameSentence(doc, head.start, at.start))
      return { metric: head.cue.metric, start: head.start };
    // "пропавших без вести нет": two words of one metric are one noun, and what is coordinated
    // with it stands before both ("Погибших и пропавших без вести нет").
    let start = adjacent.start;
    for (
      let c = cover[start - 1];
      c?.cue.kind === 'metric' && c.cue.metric === adjacent.cue.metric;
      c = cover[start - 1]
    )
      start = c.start;
    return { metric: adjacent.cue.metric, start };
  }
  const next = tokens[at.end];
  // "заявлений … не поступало и что погибших нет": or before "and" opening the next clause.
  if (next !== undefined && next.kind !== 'punct' && !COORDINATORS.has(next.lower)) return null;
  let k = at.start - 1;
  for (let steps = 0; k >= 0 && steps < NEGATION_REACH && sameSentence(doc, k, at.start); steps++) {
    const c = cover[k];
    if (c !== null && c !== undefined) {
      // "ни в изоляторе, ни в суде их нет": a place, stepped over.
      if (c.cue.kind === 'metric' && doc.sets.placePrepositions.has(tokens[c.start]?.lower ?? '')) {
        k = c.start - 1;
        continue;
      }
      if (c.cue.kind === 'metric') {
        // "других тел … не поступало": other bodies, not none; "их забрали …, в отделах их нет":
        // a verb, not a noun, is no subject of "нет".
        if (OTHER.has(tokens[c.start - 1]?.lower ?? '')) return null;
        if (c.cue.role === 'pred' && !looksLikeNoun(tokens[c.start] as Token)) {
          k = c.start - 1;
          continue;
        }
        return { metric: c.cue.metric, start: c.start };
      }
      // "пострадавших в ходе вечерней акции нет": the event stands between the noun and "нет";
      // "погибших в городе не было": so does a place.
      // "Погибших, по данным больницы, нет": or the body a source names.
      const place =
        c.cue.kind === 'nonPerson' &&
        (doc.sets.placePrepositions.has(tokens[c.start - 1]?.lower ?? '') || cover[c.start - 1]?.cue.kind === 'source');
      // "пострадавших среди них нет": a part named by a pronoun.
      if (!place && !['groupNoun', 'source', 'eventNoun', 'participantNoun', 'date', 'breakdown'].includes(c.cue.kind))
        return null;
      k = c.start - 1;
      continue;
    }
    const t = tokens[k] as Token;
    // "погибших 11 августа в Бресте не было": a date's day stands between.
    const day = t.kind === 'number' && cover[k + 1]?.cue.kind === 'date';
    if ((t.kind === 'punct' && t.text !== ',') || (t.kind === 'number' && !day) || CLAUSE_BREAKS.has(t.lower))
      return null;
    k--;
  }
  return null;
}
const ANSWER_TOKENS = 6;
const QUESTION_REACH = 3;

/** "Nobody.", "Никто.": a negator that is, with its stop, the whole sentence. */
function answersAlone(doc: Annotated, c: CueSpan): boolean {
  const range = doc.seg.sentences[doc.seg.sentenceOf[c.start] ?? 0];
  if (range === undefined) return false;
  // "— Нет, слава богу.": a dash or a label's colon may open the answer.
  let first = range[0];
  while (first < c.start && doc.tokens[first]?.kind === 'punct') first++;
  return range[1] - first < ANSWER_TOKENS && c.start === first;
}

/** The metric a question among the few sentences before asks about, or null. */
function metricAsked(doc: Annotated, sentence: number): Metric | null {
  for (let s = sentence - 1; s >= Math.max(0, sentence - QUESTION_REACH); s--) {
    const range = doc.seg.sentences[s];
    if (range === undefined || doc.tokens[range[1]]?.text !== '?') continue;
    for (let k = range[0]; k <= range[1]; k++) {
      const cue = doc.cover[k]?.cue;
      if (cue?.kind === 'metric') return cue.metric;
    }
    return null;
  }
  return null;
}

const OTHER = new Set(['других', 'другие', 'иных']);

/** Russian participles used as nouns end like adjectives: "погибших", "пострадавшие", "раненых". */
function looksLikeNoun(t: Token): boolean {
  // "о пропаже людей не поступало": "пропажа" is listed with the verbs but is a noun.
  return /(ых|их|ые|ие|ий|ый|ая|ой)$|^пропаж|^исчезновени/u.test(t.lower);
}

// What may stand between two nouns one negation denies: "ни погибших, ни раненых", "погибших и раненых".
const NOUN_JOINERS = new Set([',', 'ни', 'и', 'или']);

/** The metric nouns joined to the one starting at `start`, read back from it, in text order. */
function coordinatedBefore(doc: Annotated, start: number): Metric[] {
  const { tokens, cover } = doc;
  const found: Metric[] = [];
  let k = start - 1;
  while (k >= 0 && sameSentence(doc, k, start)) {
    const joiners = k;
    while (k >= 0 && NOUN_JOINERS.has((tokens[k] as Token).lower)) k--;
    const c = k >= 0 ? cover[k] : null;
    if (k === joiners || c === null || c === undefined || c.cue.kind !== 'metric') break;
    if (!found.includes(c.cue.metric)) found.unshift(c.cue.metric);
    k = c.start - 1;
  }
  return found;
}

const SINGLE = new Set([
  // "Aucun signalement de disparition n'a été enregistré": a report of it.
  'signalement',
  // "aucune personne n'avait été signalée disparue": how the absence was reported.
  'signalée',
  'signalé',
  'signalés',
  'signalées',
  'portée',
  'porté',
  'portés',
  'portées',
  'seul',
  'seule',
  'single',
  'одного',
  'один',
  'одной',
  'единого',
  'any',
  'aucun',
  'aucune',
  'un',
  'une',
  'a',
  'de',
  'd',
  'ne',
  'n',
  'не',
  'y',
  'eu',
  'faire',
  'avoir',
  'there',
  'were',
  'was',
  'been',
  'has',
  'have',
  'had',
  'reported',
  'confirmed',
  'deaths',
]);

// Counts that only a crowd is given: the size of a group ("a group of about 200", "группа из
// 40–50 человек"), an estimate ("Police estimate 800"), "человек двести", "there were N people",
// and the forces sent in, which never count among those who gathered.

import type { Metric } from '../domain/claim.js';
import type { Annotated } from './annotate.js';
import type { Quantity } from './numbers.js';
import {
  ALREADY,
  cueOf,
  INVERTED_NOUNS,
  isStop,
  STILL,
  sameSentence,
  skipFillers,
  skipQuotesLeft,
  skipQuotesRight,
  WAS,
} from './reading.js';
import type { Token } from './tokens.js';

// Words for forces that also name public servants or staff who strike.
const SERVANTS = new Set(['agents', 'fonctionnaires', 'сотрудников', 'сотрудники', 'officers', 'guards', 'gardes']);
const METRIC_BEFORE_REACH = 8;

/**
 * The figure counts forces sent in ("60 deputies", "9,500 soldiers"), never the crowd. With
 * `servantsMayMarch`, words that also name public servants ("agents", "сотрудники") are left out.
 */
export function countsForces(doc: Annotated, q: Quantity, servantsMayMarch: boolean): boolean {
  const noun = doc.tokens[skipFillers(doc, q.end)]?.lower ?? '';
  return doc.sets.forceNouns.has(noun) && !(servantsMayMarch && SERVANTS.has(noun));
}

// "a group of around 150", "un groupe d'une trentaine de personnes", "группа из 40–50 человек",
// "группе в несколько десятков человек".
const GROUP_WORDS = new Set([
  'group',
  'groupe',
  'группа',
  'группы',
  'группе',
  'группу',
  'группой',
  // "a crowd of up to 150", "une foule de 3 000 personnes", "толпа из сотни человек".
  'crowd',
  'foule',
  'толпа',
  'толпы',
  'толпе',
  'толпу',
]);
const GROUP_LINKS = new Set(['of', 'de', 'd', 'из', 'в']);
const APPROX_BEFORE_LINK = new Set(['примерно', 'около', 'порядка']);
const BODY_GROUPS = new Set([
  'working',
  'support',
  'contact',
  'рабочей',
  'рабочая',
  'рабочую',
  'контактной',
  'контактная',
  'travail',
]);

/** A group's size, given with no verb of its own, counts people who took part. */
export function groupSize(doc: Annotated, q: Quantity): Metric | null {
  const link = skipQuotesLeft(doc, q.start - 1);
  if (!GROUP_LINKS.has(doc.tokens[link]?.lower ?? '')) return null;
  // "группе примерно из двухсот человек": an approximation may stand before the link.
  const group = APPROX_BEFORE_LINK.has(doc.tokens[link - 1]?.lower ?? '') ? link - 2 : link - 1;
  if (!GROUP_WORDS.has(doc.tokens[group]?.lower ?? '') || countsForces(doc, q, false)) return null;
  // "инициативной группой из 15 человек", "a working group of 12": a body that speaks or meets.
  const kind = doc.tokens[group - 1]?.lower ?? '';
  if (BODY_GROUPS.has(kind) || kind.startsWith('инициативн')) return null;
  // "Группа из 20–30 человек попыталась прорваться в здание. Они были задержаны": what the next
  // sentence says befell "them" is what the group is counted for.
  return befellThemNext(doc, q) ?? 'participants';
}

const THEY = new Set(['они', 'they', 'ils', 'elles']);
const THEY_REACH = 3;

function befellThemNext(doc: Annotated, q: Quantity): Metric | null {
  const sentence = doc.seg.sentenceOf[q.start] ?? 0;
  const next = doc.seg.sentences[sentence + 1];
  if (next === undefined || doc.seg.paragraphOf[next[0]] !== doc.seg.paragraphOf[q.start]) return null;
  const they = skipQuotesRight(doc, next[0]);
  if (!THEY.has(doc.tokens[they]?.lower ?? '')) return null;
  for (let k = they + 1; k <= they + THEY_REACH; k++) {
    const c = cueOf(doc, k);
    if (c !== null) return c.cue.kind === 'metric' && c.cue.role === 'pred' ? c.cue.metric : null;
    if (!doc.sets.auxiliaries.has(doc.tokens[k]?.lower ?? '')) return null;
  }
  return null;
}

const ESTIMATE_STEMS = ['estimat', 'estim', 'évalu', 'оцен', 'reckon'];
const ESTIMATE_LINKS = new Set(['à', 'at', 'в']);
const US = new Set(['нас']);
const IS = new Set(['is', 'was', 'est', 'était']);
const CROWD_SIZE = 50;
const THEY_ARE = new Set(['sont', 'étaient', 'are', 'were']);
const THEY_WORDS = new Set(['elles', 'ils', 'they', 'nous', 'we']);
const ORGANISERS = new Set(['organisers', 'organizers', 'organisateurs', 'организаторы', 'intersyndicale']);
const THERE_WERE = new Set(['there were', 'there are', 'y avait', 'y a', 'it was']);

/**
 * A count that nothing else names, of the kind only a crowd is given: an estimate ("Police
 * estimate 800", "по нашей оценке уже 600–700"), "человек двести" (people, inverted), "нас уже
 * под четыреста" (we were).
 */
export function crowdCount(doc: Annotated, q: Quantity): Metric | null {
  if (countsForces(doc, q, false)) return null;
  let k = skipQuotesLeft(doc, q.start - 1);
  if (STILL.has(doc.tokens[k]?.lower ?? '') || ALREADY.has(doc.tokens[k]?.lower ?? '')) k--;
  // "Je les estime à six cents": the preposition after the verb.
  if (ESTIMATE_LINKS.has(doc.tokens[k]?.lower ?? '')) k--;
  const before = doc.tokens[k];
  if (before === undefined || !sameSentence(doc, k, q.start)) return null;
  // "Our estimate is between 800 and 1,000": the estimate is the subject.
  const estimateIs =
    IS.has(before.lower) && ESTIMATE_STEMS.some((stem) => doc.tokens[k - 1]?.lower.startsWith(stem) ?? false);
  if (estimateIs) return 'participants';
  // "Our monitors estimated 4,000–5,000 riders": the estimate opens the figure itself.
  if (ESTIMATE_STEMS.some((stem) => doc.tokens[q.start]?.lower.startsWith(stem))) return 'participants';
  // "Organisers counted "about 5,000"": the organisers' count is of the crowd.
  const said = cueOf(doc, k);
  if (said?.cue.kind === 'speech' && ORGANISERS.has(doc.tokens[said.start - 1]?.lower ?? '')) return 'participants';
  // "there were "not more than 400" people", "il y avait 300 personnes".
  if (THERE_WERE.has(`${doc.tokens[k - 1]?.lower} ${before.lower}`)) {
    // '… told the radio there were "no more than 800".': or nothing at all after it.
    const after = skipFillers(doc, skipQuotesRight(doc, q.end));
    const noun = cueOf(doc, after)?.cue.kind;
    const ends = doc.tokens[after] === undefined || isStop(doc.tokens[after] as Token);
    return noun === 'groupNoun' || noun === 'participantNoun' || ends ? 'participants' : null;
  }
  // "на трассе было от 600 до 800 человек": people who were there, counted.
  if (WAS.has(before.lower) && INVERTED_NOUNS.has(doc.tokens[q.end]?.lower ?? ''))
    return metricBefore(doc, k, q) ?? 'participants';
  // "Elles sont déjà plusieurs centaines devant le siège": "they are", then the count.
  // "Ils sont 27 dans le box" counts defendants: only a crowd-sized count is a crowd.
  if (THEY_ARE.has(before.lower) && THEY_WORDS.has(doc.tokens[k - 1]?.lower ?? '') && q.min >= CROWD_SIZE)
    return 'participants';
  if (INVERTED_NOUNS.has(before.lower) || US.has(before.lower)) {
    // "силовиков человек 300": the forces, counted.
    if (doc.sets.forceNouns.has(doc.tokens[k - 1]?.lower ?? '')) return null;
    // "Задержаны, по словам очевидцев, «человек пятнадцать»": what the sentence said before.
    return metricBefore(doc, k, q) ?? 'participants';
  }
  // "по нашей оценке": the estimate may be a source's phrase ending in the noun.
  const c = cueOf(doc, k);
  const word = c === null ? before.lower : (doc.tokens[c.start]?.lower ?? '') + (doc.tokens[c.end - 1]?.lower ?? '');
  return ESTIMATE_STEMS.some((stem) => word.includes(stem)) ? 'participants' : null;
}

export function metricBefore(doc: Annotated, from: number, q: Quantity): Metric | null {
  for (let k = from - 1; k >= Math.max(0, from - METRIC_BEFORE_REACH) && sameSentence(doc, k, q.start); k--) {
    const c = cueOf(doc, k);
    if (c?.cue.kind === 'metric') return c.cue.metric;
  }
  return null;
}

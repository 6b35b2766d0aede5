// Tells figures about people from numbers that are something else: years, dates, times,
// ages, money, distances, percentages, article and list numbers.

import type { Annotated } from './annotate.js';
import { type Cue, type Lexicon, PhraseMatcher } from './lexicon.js';
import type { Quantity } from './numbers.js';
import type { Token } from './tokens.js';

interface FilterMatchers {
  unit: PhraseMatcher<Cue>;
  prefix: PhraseMatcher<Cue>;
  date: PhraseMatcher<Cue>;
}

const cache = new WeakMap<Lexicon, FilterMatchers>();

function matchers(lex: Lexicon): FilterMatchers {
  let found = cache.get(lex);
  if (found === undefined) {
    const only = (kind: Cue['kind']) => new PhraseMatcher(lex.cues.filter(([, c]) => c.kind === kind));
    found = { unit: only('unit'), prefix: only('prefix'), date: only('date') };
    cache.set(lex, found);
  }
  return found;
}

// A weekday after a figure is when it held ("150 samedi"), not a date written with it.
const WEEKDAY =
  /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|сред|четверг|пятниц|суббот|воскресень)/u;
const AGE_SUBJECTS = new Set(['he', 'she', 'who']);
const ONE_PERSON = new Set(['man', 'woman', 'boy', 'girl', 'pensioner']);
const AGE_SPAN_OPENERS = new Set(['from', 'between', 'de', 'entre', 'от']);
const AGE_WORDS = new Set(['ages', 'aged', 'age', 'âgés', 'âgées', 'âge', 'возрасте', 'возраст']);
const DATE_RANGE_JOINERS = new Set(['and', 'to', 'through', 'until', 'till', '-', '–', 'et', 'au', 'и', 'по']);
const DAY_ARTICLES = new Set(['le', 'the']);
const DAY_OPENERS = new Set(['on', 'since', 'from', 'until', 'by', 'to', 'and', 'between', 'of']);
const PEOPLE_CUES = new Set<Cue['kind']>(['metric', 'groupNoun', 'participantNoun', 'participantPred']);

/** True when the quantity can be a head count; false for years, times, money and the like. */
export function isFigure(doc: Annotated, q: Quantity): boolean {
  const m = matchers(doc.lex);
  const { tokens } = doc;
  // "от 2,5 до 3 тысяч": a decimal is a count once the scale after the range multiplies it.
  const scaledRange = q.cores.length > 1 && Number.isInteger(q.min);
  for (const core of q.cores) {
    if (!coreIsFigure(doc, m, core.start, core.end, scaledRange)) return false;
  }
  const first = q.cores[0];
  if (first === undefined) return false;
  const firstToken = tokens[first.start] as Token;
  // A year on its own or a span of years ("2004-2005"), unless people follow.
  if (q.cores.every((core) => core.kind === 'digits' && isYear(tokens[core.start] as Token))) {
    const next = doc.cover[q.end]?.cue;
    if (next === undefined || !PEOPLE_CUES.has(next.kind)) return false;
  }
  if (first.kind === 'digits' && q.cores.length === 1 && isNameLabel(doc, first.start, q.end)) return false;
  // "One man of about seventy was taken away": one person's age.
  if (tokens[q.start - 1]?.lower === 'of' && ONE_PERSON.has(tokens[q.start - 2]?.lower ?? '')) return false;
  // A list item or a thread's numbering: a number opening a line, followed by ".", ")" or "/".
  const after = tokens[first.end];
  if (
    first.kind === 'digits' &&
    (firstToken.newlines > 0 || first.start === 0) &&
    after !== undefined &&
    (after.text === '.' || after.text === ')' || after.text === '/') &&
    after.attached
  )
    return false;
  return true;
}

function coreIsFigure(doc: Annotated, m: FilterMatchers, start: number, end: number, scaled = false): boolean {
  const { tokens } = doc;
  const first = tokens[start] as Token;
  const next = tokens[end];
  const prev = tokens[start - 1];
  if (first.kind === 'number') {
    // "G20", "A4", "12h45", "16th", "100km": letters glued to digits are codes or units.
    if (prev !== undefined && first.attached && prev.kind === 'word') return false;
    if (next?.attached && next.kind === 'word' && end === start + 1) return false;
    // Times, dates and fractions: 14:00, 16/12/2011, 16.12.2011, 1/3.
    if (next?.attached && (next.text === ':' || next.text === '/' || next.text === '.' || next.text === 'h')) {
      const after = tokens[end + 1];
      if (after?.attached && after.kind === 'number') return false;
    }
    if (prev !== undefined && first.attached && (prev.text === ':' || prev.text === '/' || prev.text === '.')) {
      const before = tokens[start - 2];
      if (before !== undefined && prev.attached && before.kind === 'number') return false;
    }
    if (prev !== undefined && first.attached && prev.attached && prev.text === '-') {
      const before = tokens[start - 2];
      // "P-6", "COVID-19": a code. "16-12-2011", "12-05": a date. "300-400" reads low to high.
      if (before?.kind === 'word') return false;
      if (before?.kind === 'number' && (before.value >= first.value || isHyphenSeries(tokens, end))) return false;
    }
    // "23 h 12": the minutes of a time written the French way.
    if (prev?.lower === 'h' && tokens[start - 2]?.kind === 'number') return false;
    if (first.decimal && end === start + 1 && !scaled) return false;
    // Phone numbers: "8 (383) 000-00-00", "+56 9 4412 0098".
    if (next !== undefined && next.text === '(' && tokens[end + 1]?.kind === 'number' && tokens[end + 2]?.text === ')')
      return false;
    if (prev !== undefined && prev.text === '+' && first.attached && next?.kind === 'number') return false;
    // Digit groups side by side ("9 4412 0098") or an area code ("8 (383)") are a phone number.
    // "11:52 14 arrested": a count may follow the time of a log entry.
    const afterTime =
      prev?.kind === 'number' && tokens[start - 2]?.text === ':' && tokens[start - 3]?.kind === 'number';
    if ((prev?.kind === 'number' && !afterTime) || (next?.kind === 'number' && end === start + 1)) return false;
    if (prev?.text === '(' && next?.text === ')' && tokens[start - 2]?.kind === 'number') return false;
    // "000-00-00", "0098": digits with leading zeros are codes, not counts.
    if (first.text.length > 1 && first.text.startsWith('0') && /^\d+$/.test(first.text)) return false;
  }
  // "25-year-old", "16-го": a hyphen glued to a unit.
  if (next !== undefined && next.text === '-' && next.attached) {
    const unit = tokens[end + 1];
    if (unit?.attached && m.unit.matchAt(tokens, end + 1) !== null) return false;
  }
  if (next !== undefined && m.unit.matchAt(tokens, end) !== null) return false;
  if (prev !== undefined && (m.prefix.matchAt(tokens, start - 1) !== null || prefixEndsAt(doc, m, start - 1)))
    return false;
  // "whose ages range from 18 to 41", "âgés de 19 à 52 ans": a span of ages.
  if (prev !== undefined && AGE_SPAN_OPENERS.has(prev.lower)) {
    for (let k = start - 2; k >= Math.max(0, start - 4); k--) if (AGE_WORDS.has(tokens[k]?.lower ?? '')) return false;
  }
  // Dates: "16 décembre", "December 16", "vendredi 16", "16-17 декабря".
  if (next !== undefined && m.date.matchAt(tokens, end) !== null && !WEEKDAY.test(next.lower)) return false;
  if (prev !== undefined && m.date.matchAt(tokens, start - 1) !== null && !isPeopleAhead(doc, end)) return false;
  // "between January 14 and 18", "May 3 to 5": the second day of a range of dates.
  if (
    prev !== undefined &&
    DATE_RANGE_JOINERS.has(prev.lower) &&
    tokens[start - 2]?.kind === 'number' &&
    m.date.matchAt(tokens, start - 3) !== null
  )
    return false;
  // "entre le 9 et le 12 août", "с 15 по 17 января": the first day of a range of dates.
  if (next !== undefined && DATE_RANGE_JOINERS.has(next.lower)) {
    const day = DAY_ARTICLES.has(tokens[end + 1]?.lower ?? '') ? end + 2 : end + 1;
    if (tokens[day]?.kind === 'number' && m.date.matchAt(tokens, day + 1) !== null) return false;
  }
  // "des mineurs de 16 et 17 ans", "aged 19 to 24 years", "с 10 до 18 часов": the first of a pair
  // of ages or hours.
  if (
    next !== undefined &&
    (DATE_RANGE_JOINERS.has(next.lower) || next.lower === 'до') &&
    tokens[end + 1]?.kind === 'number'
  ) {
    if (m.unit.matchAt(tokens, end + 2) !== null) return false;
  }
  // "since the protests began on 31 May": a day before the month that is also a verb.
  if (next?.text === 'May' && DAY_OPENERS.has(prev?.lower ?? '')) return false;
  // "12 May 2005", "May 12, 2005": the month that is also a hedge word, written with a day.
  if (next?.text === 'May' && tokens[end + 1]?.kind === 'number') return false;
  if (prev?.text === 'May' && (next === undefined || next.kind !== 'word' || !isPeopleAhead(doc, end))) return false;
  // "Nomvula Sithole, 51, said", "[SOT - PROTESTER, 24]": an age set off by commas after a name.
  if (isAgeAfterName(doc, start, end)) return false;
  // "including 12 aged under 18": the age after "aged".
  if (AGE_WORDS.has(tokens[start - 2]?.lower ?? '') || AGE_WORDS.has(prev?.lower ?? '')) return false;
  // "+7 912 604-33-18": a phone number's country code.
  if (prev?.text === '+' && first.attached) return false;
  // "she was 19.", "he is 17": an age at the end of a clause.
  if (
    (prev?.lower === 'was' || prev?.lower === 'is') &&
    AGE_SUBJECTS.has(tokens[start - 2]?.lower ?? '') &&
    (next === undefined || next.kind === 'punct')
  )
    return false;
  return true;
}

/**
 * "Delmas 33 (", "among them Local 52 Vice President", "at Gate 3 when": a number that ends a
 * proper name inside a sentence, with words going on after it, labels a place or a body.
 * A list by place ("Zhanaozen 14, Shetpe 1") ends each number with a comma and stays a figure.
 */
function isNameLabel(doc: Annotated, start: number, end: number): boolean {
  const { tokens, seg } = doc;
  const name = tokens[start - 1];
  const before = tokens[start - 2];
  if (name === undefined || before === undefined || name.kind !== 'word' || !name.capital) return false;
  if (doc.cover[start - 1] != null || name.newlines > 0) return false;
  if (seg.sentenceOf[start - 2] !== seg.sentenceOf[start - 1] || before.kind === 'punct') return false;
  const next = tokens[end];
  if (next === undefined) return false;
  // "(en duplex de Delmas 33)": a label closing the brackets it stands in.
  if (next.text === '(' || next.text === ')') return true;
  // "In Zhanaozen 14 were killed": a verb after the number makes it the subject.
  if (next.kind !== 'word' || doc.sets.auxiliaries.has(next.lower) || isPeopleAhead(doc, end)) return false;
  return doc.cover[end]?.cue.kind !== 'metric';
}

const AGE_CLOSERS = new Set([',', ')', ']']);
const OLDEST = 110;

function isAgeAfterName(doc: Annotated, start: number, end: number): boolean {
  const { tokens, cover } = doc;
  const first = tokens[start] as Token;
  const name = tokens[start - 2];
  if (first.kind !== 'number' || end !== start + 1 || first.value > OLDEST || tokens[start - 1]?.text !== ',')
    return false;
  if (name === undefined || name.kind !== 'word' || !AGE_CLOSERS.has(tokens[end]?.text ?? '')) return false;
  // A name, or one person ("PROTESTER", "The man, 41,"); never a metric word ("Injured, 45, were").
  const cue = cover[start - 2]?.cue.kind;
  return (cue === undefined && name.capital) || cue === 'groupNoun' || cue === 'participantNoun';
}

/** Four plain digits between 1800 and 2100. */
function isYear(t: Token): boolean {
  return t.text.length === 4 && t.value >= 1800 && t.value <= 2100;
}

/** "2011-12-16", "000-00-00": a third group after a hyphen. */
function isHyphenSeries(tokens: Token[], end: number): boolean {
  const next = tokens[end];
  return (
    next?.text === '-' && next.attached && tokens[end + 1]?.kind === 'number' && tokens[end + 1]?.attached === true
  );
}

function prefixEndsAt(doc: Annotated, m: FilterMatchers, i: number): boolean {
  // "n°" is two tokens: 'n' then '°'.
  const t = doc.tokens[i];
  if (t === undefined || t.text !== '°') return false;
  return m.prefix.matchAt(doc.tokens, i - 1) !== null;
}

function isPeopleAhead(doc: Annotated, i: number): boolean {
  const c = doc.cover[i]?.cue;
  return c !== undefined && PEOPLE_CUES.has(c.kind);
}

// Finds sentence, paragraph and clause limits over tokens, so that a figure is only ever tied
// to words of its own sentence (and, for attribution and time, of its neighbour).

import type { Token } from './tokens.js';

export interface Segments {
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /** Clause index of each token (clauses never cross sentences). */
  clauseOf: Int32Array;
  /** Paragraph index of each token. */
  paragraphOf: Int32Array;
  /** [firstToken, lastToken] of each sentence. */
  sentences: Array<[number, number]>;
}

const TERMINATORS = new Set(['.', '!', '?', '…', '。']);
const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '[', ']', '—', '–', '«', '»', '"', '“', '”', '/']);
const OPENERS = new Set(['«', '"', '“', '(', '[', '—', '–', '-', '•', '*', '„']);

function startsSentence(t: Token | undefined): boolean {
  if (t === undefined) return true;
  if (t.kind === 'number') return true;
  if (t.kind === 'punct') return OPENERS.has(t.text);
  return t.capital;
}

// Short words a full stop may follow inside a sentence ("approx. 30", "e.g. the").
const ABBREVIATIONS = new Set([
  'approx',
  'eg',
  'e.g',
  'ie',
  'i.e',
  'etc',
  'vs',
  'st',
  'dr',
  'mr',
  'mrs',
  'ms',
  'no',
  'lt',
  'gen',
  'col',
  'sgt',
  'cf',
  'env',
  'cca',
  'ок',
  'г',
  'ул',
  'т.е',
  'др',
  'св',
]);

// Abbreviations written before a name, never at the end of a sentence ("г. Арарат", "ул. Мира",
// "Dr. Qureshi"); case matters: "Г." may be someone's initial.
const TITLES = new Set(['г', 'ул', 'пр', 'пос', 'им', 'Mr', 'Mrs', 'Ms', 'Dr', 'Me', 'Mme', 'Mlle', 'St']);

/**
 * Chat messages written without capitals ("police came at 7. i saw maybe 15") end their
 * sentences with a full stop before a small letter. A text is read that way when most of its
 * full stops are followed by one.
 */
function writtenInLowerCase(tokens: Token[]): boolean {
  let lower = 0;
  let upper = 0;
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1] as Token;
    const t = tokens[i] as Token;
    if (prev.kind !== 'punct' || !TERMINATORS.has(prev.text) || t.attached || t.kind !== 'word') continue;
    if (t.capital) upper++;
    else lower++;
  }
  return lower >= 2 && lower > upper;
}

function endsWithAbbreviation(tokens: Token[], terminator: number): boolean {
  const word = tokens[terminator - 1];
  return word === undefined || word.kind !== 'word' || word.text.length === 1 || ABBREVIATIONS.has(word.lower);
}

export function segment(tokens: Token[]): Segments {
  const n = tokens.length;
  const lowerCaseText = writtenInLowerCase(tokens);
  const sentenceOf = new Int32Array(n);
  const clauseOf = new Int32Array(n);
  const paragraphOf = new Int32Array(n);
  const sentences: Array<[number, number]> = [];
  let sentence = 0;
  let clause = 0;
  let paragraph = 0;
  let sentenceStart = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (i > 0) {
      const prev = tokens[i - 1] as Token;
      let breakSentence = false;
      if (t.newlines >= 2) {
        paragraph++;
        breakSentence = true;
      } else if (t.newlines === 1) {
        // A single line break ends a headline or a list item, but not hard-wrapped prose.
        breakSentence =
          (prev.kind === 'punct' && TERMINATORS.has(prev.text)) || startsSentence(t) || prev.kind !== 'word';
      } else if (prev.kind === 'punct' && TERMINATORS.has(prev.text) && !t.attached) {
        // "в приёмное отделение медицинского центра г. Арарат поступили": a town, a street.
        const titled = prev.text === '.' && TITLES.has(tokens[i - 2]?.text ?? '') && t.kind === 'word';
        breakSentence =
          !titled &&
          (startsSentence(t) || (lowerCaseText && t.kind === 'word' && !endsWithAbbreviation(tokens, i - 1)));
      }
      if (breakSentence) {
        sentences.push([sentenceStart, i - 1]);
        sentenceStart = i;
        sentence++;
        clause++;
      } else if (prev.kind === 'punct' && CLAUSE_PUNCT.has(prev.text)) {
        clause++;
      } else if (t.kind === 'punct' && CLAUSE_PUNCT.has(t.text)) {
        clause++;
      }
    }
    sentenceOf[i] = sentence;
    clauseOf[i] = clause;
    paragraphOf[i] = paragraph;
  }
  if (n > 0) sentences.push([sentenceStart, n - 1]);
  return { sentenceOf, clauseOf, paragraphOf, sentences };
}

// Finds who gives a figure: "selon le ministère", "according to the workers", "по словам
// рабочих", the subject of "a déclaré" / "said" / "сообщили", or a following sentence
// "Ces données ont été communiquées par les travailleurs". Null when the text asserts it.

import type { Annotated } from './annotate.js';
import { type Lexicon, PhraseMatcher } from './lexicon.js';
import type { Token } from './tokens.js';

const REACH = 40;
// Object pronouns between a speaker and the verb: "les ouvriers nous ont dit".
const CLITICS = new Set(['nous', 'vous', 'leur', 'lui', 'me', 'm', 'te', 't', 'se', 'us', 'нам', 'мне', 'нам']);
const MAX_SPEAKER_TOKENS = 8;
const LEADING_PREPOSITIONS = new Set(['в', 'во', 'на', 'у', 'in', 'at', 'à', 'au', 'aux', 'dans']);
const NP_STOP_PUNCT = new Set([',', ';', ':', '.', '!', '?', '(', ')', '«', '»', '"', '“', '”', '—', '–']);

const referenceCache = new WeakMap<Lexicon, { references: PhraseMatcher<true>; agents: PhraseMatcher<true> }>();

function referenceMatchers(lex: Lexicon): { references: PhraseMatcher<true>; agents: PhraseMatcher<true> } {
  let found = referenceCache.get(lex);
  if (found === undefined) {
    found = { references: new PhraseMatcher(lex.references), agents: new PhraseMatcher(lex.agents) };
    referenceCache.set(lex, found);
  }
  return found;
}

/** Who gives the figure at tokens [start, end), looking in its own sentence. */
export function attributionInSentence(doc: Annotated, start: number, end: number): string | null {
  const { tokens, cover, seg } = doc;
  const sentence = seg.sentenceOf[start];
  let best: { distance: number; speaker: string } | null = null;
  const consider = (k: number, distance: number): void => {
    const c = cover[k];
    if (c === null || c === undefined || c.start !== k) return;
    if (best !== null && best.distance <= distance) return;
    let speaker: string | null = null;
    if (c.cue.kind === 'source') speaker = nounPhraseAfter(doc, c.end);
    else if (c.cue.kind === 'speech' || c.cue.kind === 'denial') speaker = subjectOf(doc, c.start, c.end);
    if (speaker !== null) best = { distance, speaker };
  };
  // A denial's own verb ("a nié") names its speaker first.
  consider(start, 0);
  for (let k = start - 1, d = 1; k >= 0 && d < REACH && seg.sentenceOf[k] === sentence; k--, d++) consider(k, d);
  for (let k = end, d = 1; k < tokens.length && d < REACH && seg.sentenceOf[k] === sentence; k++, d++) consider(k, d);
  const found = best as { distance: number; speaker: string } | null;
  return found === null ? null : found.speaker;
}

/** "Ces données ont été communiquées par les travailleurs": who gave the previous sentence's figures. */
export function attributionFromFollowingSentence(doc: Annotated, sentence: number): string | null {
  const range = doc.seg.sentences[sentence];
  if (range === undefined) return null;
  const [first, last] = range;
  const { references, agents } = referenceMatchers(doc.lex);
  const opening = references.matchAt(doc.tokens, first) ?? references.matchAt(doc.tokens, first + 1);
  if (opening === null) return null;
  for (let k = opening.end; k <= Math.min(last, opening.end + 12); k++) {
    const agent = agents.matchAt(doc.tokens, k);
    if (agent !== null) {
      const speaker = nounPhraseAfter(doc, agent.end);
      if (speaker !== null) return speaker;
    }
  }
  return null;
}

/** The words after "selon", "according to", "par": up to punctuation or a new clause. */
function nounPhraseAfter(doc: Annotated, from: number): string | null {
  const { tokens, sets, seg } = doc;
  let k = from;
  const sentence = seg.sentenceOf[from - 1];
  let last = -1;
  while (k < tokens.length && k - from < MAX_SPEAKER_TOKENS && seg.sentenceOf[k] === sentence) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && NP_STOP_PUNCT.has(t.text)) break;
    if (t.kind === 'number') break;
    if (sets.clauseWords.has(t.lower) && k > from && !isInsideName(tokens, k)) break;
    const c = doc.cover[k];
    if (
      c !== null &&
      c !== undefined &&
      k > from &&
      (c.cue.kind === 'speech' || c.cue.kind === 'hedge' || c.cue.kind === 'metric' || c.cue.kind === 'participantPred')
    )
      break;
    last = k;
    k++;
  }
  return speakerText(doc, from, last);
}

/** "et" inside a name ("Ministère de l'Intérieur et de la Défense") keeps it whole. */
function isInsideName(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  const after = tokens[k + 2];
  return (
    (tokens[k] as Token).lower.length <= 3 &&
    next !== undefined &&
    (next.capital || (after?.capital === true && next.text.length <= 3)) &&
    (tokens[k] as Token).lower !== 'que'
  );
}

/** The subject of a speech verb: before it ("le ministère a nié"), else after it ("said the ministry"). */
function subjectOf(doc: Annotated, verbStart: number, verbEnd: number): string | null {
  const { tokens, sets, seg } = doc;
  const sentence = seg.sentenceOf[verbStart];
  let k = verbStart - 1;
  // Step back over auxiliaries and adverbs between subject and verb ("a tout d'abord nié").
  while (
    k >= 0 &&
    seg.sentenceOf[k] === sentence &&
    (sets.auxiliaries.has((tokens[k] as Token).lower) ||
      sets.speakerTrim.has((tokens[k] as Token).lower) ||
      CLITICS.has((tokens[k] as Token).lower)) &&
    (tokens[k] as Token).kind === 'word'
  )
    k--;
  const last = k;
  let first = k + 1;
  while (k >= 0 && seg.sentenceOf[k] === sentence && last - k < MAX_SPEAKER_TOKENS) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && NP_STOP_PUNCT.has(t.text)) break;
    if (t.kind === 'number') break;
    if (sets.clauseWords.has(t.lower) && !isInsideName(tokens, k)) break;
    const c = doc.cover[k];
    if (
      c !== null &&
      c !== undefined &&
      (c.cue.kind === 'metric' ||
        c.cue.kind === 'hedge' ||
        c.cue.kind === 'speech' ||
        c.cue.kind === 'source' ||
        c.cue.kind === 'negator')
    )
      break;
    first = k;
    k--;
  }
  if (first <= last) {
    const speaker = speakerText(doc, trimFront(doc, first, last), last);
    if (speaker !== null) return speaker;
  }
  // Inverted: ", said the ministry." / "сообщил Интерфакс" / "заявили в МВД".
  return nounPhraseAfter(doc, verbEnd);
}

function trimFront(doc: Annotated, first: number, last: number): number {
  const { tokens, sets } = doc;
  let k = first;
  while (k < last && sets.speakerTrim.has((tokens[k] as Token).lower)) k++;
  return k;
}

/** The verbatim words of a speaker, minus a leading preposition and a trailing "eux-mêmes". */
function speakerText(doc: Annotated, first: number, last: number): string | null {
  const { tokens, sets } = doc;
  if (last < first) return null;
  let a = first;
  let b = last;
  while (a <= b && LEADING_PREPOSITIONS.has((tokens[a] as Token).lower) && a < b) a++;
  while (
    b >= a &&
    (sets.speakerTail.has((tokens[b] as Token).lower) || sets.clauseWords.has((tokens[b] as Token).lower))
  )
    b--;
  if (b < a) return null;
  if (a === b && sets.pronouns.has((tokens[a] as Token).lower)) return null;
  const firstToken = tokens[a] as Token;
  if (firstToken.kind !== 'word') return null;
  // Elided articles ("l'Intérieur") lost their apostrophe token; keep the source's own text.
  let text = doc.text
    .slice(firstToken.start, (tokens[b] as Token).end)
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length === 0) return null;
  if (sets.pronouns.has(firstToken.lower) && a === b) return null;
  text = text.replace(/^[«"“(]+|[»"”)]+$/g, '').trim();
  return text.length === 0 ? null : text;
}

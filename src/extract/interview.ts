// Interviews and question-and-answer texts: a bare figure in an answer takes its metric from
// the question it answers ("Et les blessés ? — Quatre-vingt-six, au minimum").

import type { Metric } from '../domain/claim.js';
import type { Annotated } from './annotate.js';
import type { Quantity } from './numbers.js';
import { type BindState, cueOf, PART_OPENERS } from './reading.js';
import type { Token } from './tokens.js';

// "Combien de morts ?", "How many were hurt?", "Сколько пострадавших ...?": the words of a question.
const HOW_MANY = new Set(['combien', 'how', 'сколько']);
const RECEIVED = new Set([
  'patients',
  'receive',
  'admitted',
  'поступило',
  'поступили',
  'пациентов',
  'reçu',
  'accueilli',
]);

/**
 * In an interview, a bare figure that answers a question takes its metric from the question
 * ("Et les blessés ? — Quatre-vingt-six, au minimum"; "Combien étaient-ils dans la rue ? — Des
 * dizaines de milliers"). A question about a part ("Среди них были полицейские? — Да, девять.")
 * keeps the metric of the answer before it.
 */
export function askedFor(doc: Annotated, q: Quantity, state: BindState): Metric | null {
  const { tokens, seg } = doc;
  const sentence = seg.sentenceOf[q.start] ?? 0;
  const own = seg.sentences[sentence];
  // "QUESTION. — Et les arrestations ?\n\nLE PORTE-PAROLE. — Plus de 400": a speaker's label may
  // stand between as a sentence of its own.
  let asked = sentence - 1;
  const label = seg.sentences[asked];
  if (label !== undefined && isLabel(doc, label)) asked--;
  const question = seg.sentences[asked];
  if (own === undefined || question === undefined) return null;
  // Only the first figure of the answer's first sentence answers the question.
  for (let k = own[0]; k < q.start; k++) if (state.quantityAt.has(k)) return null;
  if (tokens[question[1]]?.text !== '?') return null;
  let countsPeople = false;
  let part = false;
  let found: Metric | null = null;
  for (let k = question[0]; k <= question[1]; k++) {
    const t = tokens[k] as Token;
    if (PART_OPENERS.has(t.lower)) part = true;
    if (HOW_MANY.has(t.lower)) countsPeople = true;
    // "How many patients did you receive?", "Сколько человек поступило к вам?": a hospital's count.
    if (found === null && RECEIVED.has(t.lower)) found = 'injured';
    const c = cueOf(doc, k);
    if (c === null || found !== null) continue;
    if (c.cue.kind === 'metric') found = c.cue.metric;
    else if (c.cue.kind === 'participantPred' || c.cue.kind === 'participantNoun') found = 'participants';
  }
  // "Были пострадавшие? — Мы знаем как минимум о девяти": a yes-or-no question names it too.
  if (found !== null) return found;
  if (part) return state.last?.metric ?? null;
  // "Combien sont-ils sur l'avenue ?", "How many were there?": a question about a crowd.
  return countsPeople ? 'participants' : null;
}

const LABEL_TOKENS = 5;

/** "LE PORTE-PAROLE.", "ORGANISER:": a short sentence with no cue, no figure and no question. */
function isLabel(doc: Annotated, [first, last]: [number, number]): boolean {
  if (last - first >= LABEL_TOKENS || doc.tokens[last]?.text === '?') return false;
  for (let k = first; k <= last; k++) if (doc.cover[k] != null || doc.tokens[k]?.kind === 'number') return false;
  return true;
}

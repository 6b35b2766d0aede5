// Tells whether a figure is put as possible, alleged or reported rather than asserted:
// "il est bien possible que ... 150", "150 people were reportedly detained", "по некоторым данным".

import type { Annotated } from './annotate.js';
import type { Token } from './tokens.js';

// A hedge reaches this far; beyond it a sentence has moved on to something else.
const REACH = 40;
const CLAUSE_BREAKS = new Set([';', '—', '–']);

/**
 * A hedge before the figure covers it until a strong break (";", "mais", "but", "но");
 * a hedge after it covers it only within the same clause ("70 auraient été tués").
 */
export function isHedged(doc: Annotated, start: number, end: number): boolean {
  const { tokens, cover, seg } = doc;
  const sentence = seg.sentenceOf[start];
  for (let k = start - 1, seen = 0; k >= 0 && seen < REACH; k--, seen++) {
    if (seg.sentenceOf[k] !== sentence) break;
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && CLAUSE_BREAKS.has(t.text)) break;
    const c = cover[k];
    if (c === null || c === undefined) continue;
    if (c.cue.kind === 'hedge' && isHedgeWord(doc, c.start)) return true;
    if (c.cue.kind === 'contrast') break;
  }
  const clause = seg.clauseOf[end - 1];
  for (let k = end, seen = 0; k < tokens.length && seen < REACH; k++, seen++) {
    if (seg.clauseOf[k] !== clause) break;
    const c = cover[k];
    if (c !== null && c !== undefined && c.cue.kind === 'hedge' && isHedgeWord(doc, c.start)) return true;
  }
  return false;
}

/** "May" the month is no hedge; "may" the verb is. */
function isHedgeWord(doc: Annotated, i: number): boolean {
  const t = doc.tokens[i] as Token;
  if (t.lower === 'may') return t.text === 'may';
  return true;
}

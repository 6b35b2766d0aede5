// Names the place a figure is about when its sentence gives one: a capitalised name after
// "à", "in", "в" and the like. A heuristic; people confirm the place on the desk.

import type { Annotated } from './annotate.js';
import type { Token } from './tokens.js';

const REACH = 40;
const MAX_NAME_TOKENS = 3;

/** The capitalised name nearest to tokens [start, end) after a place preposition, or null. */
export function placeNear(doc: Annotated, start: number, end: number): string | null {
  const { tokens, seg } = doc;
  const sentence = seg.sentenceOf[start];
  let best: { distance: number; name: string } | null = null;
  const lo = Math.max(0, start - REACH);
  const hi = Math.min(tokens.length - 1, end + REACH);
  for (let k = lo; k <= hi; k++) {
    if (seg.sentenceOf[k] !== sentence) continue;
    const name = nameAfter(doc, k);
    if (name === null) continue;
    const distance = k < start ? start - k : k - end;
    if (best === null || distance < best.distance) best = { distance, name };
  }
  return best === null ? null : best.name;
}

function nameAfter(doc: Annotated, k: number): string | null {
  const { tokens, sets, cover } = doc;
  const prep = tokens[k] as Token;
  if (prep.kind !== 'word' || !sets.placePrepositions.has(prep.lower)) return null;
  let j = k + 1;
  let last = -1;
  while (j < tokens.length && j - k <= MAX_NAME_TOKENS && doc.seg.sentenceOf[j] === doc.seg.sentenceOf[k]) {
    const t = tokens[j] as Token;
    const c = cover[j];
    // Months, weekdays and acronyms of institutions ("в МВД") are not places.
    const isName =
      t.kind === 'word' &&
      t.capital &&
      t.text !== t.text.toUpperCase() &&
      (c === null || c === undefined || c.cue.kind === 'groupNoun');
    if (!isName) break;
    last = j;
    j++;
  }
  if (last === -1) return null;
  return doc.text.slice((tokens[k + 1] as Token).start, (tokens[last] as Token).end);
}

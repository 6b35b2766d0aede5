// People who cannot be found: those whose families look for them, those taken away whom no one
// has seen since, those whose whereabouts no one knows. Missing is what annotators count them as,
// not arrested, even when the sentence also says they were taken.

import type { Annotated } from './annotate.js';
import type { Cue } from './lexicon.js';
import type { Quantity } from './numbers.js';
import { ARTICLES, type BindState, cueOf, NEGATIONS, QUOTES, STILL, sameSentence } from './reading.js';
import type { Token } from './tokens.js';

/**
 * True when the clause after an arrested figure says the people cannot be found, before any
 * other figure or breakdown begins ("… dont une dizaine sont encore au commissariat" stops it).
 */
export function missingInClause(doc: Annotated, q: Quantity, state: BindState): boolean {
  for (let k = q.end; k < q.end + MISSING_REACH; k++) {
    const t = doc.tokens[k];
    // A semicolon may stand before the clause that says so ("… embarqués ; l'UTTH ignore où ils se trouvent").
    if (t === undefined || !sameSentence(doc, k, q.start) || state.quantityAt.has(k)) return false;
    const c = cueOf(doc, k);
    if (c === null) continue;
    // "… had been unable to locate five of them": the verb's own object is who is missing.
    if (c.cue.kind === 'metric' && c.cue.metric === 'missing') return !objectAfter(state, c.end);
    // "37 personnes dont les familles sont sans nouvelles": "whose", not a part of them.
    if (c.cue.kind === 'breakdown' && ARTICLES.has(doc.tokens[c.end]?.lower ?? '')) continue;
    // Another subject ("… la communication du lieu de détention des personnes disparues"), a
    // speaker ("et affirme qu'aucun manifestant n'est porté disparu") or a part ends the clause;
    // the agent of the arrest does not ("picked up by men in plain clothes").
    const agent =
      AGENT_WORDS.has(doc.tokens[c.start - 1]?.lower ?? '') || AGENT_WORDS.has(doc.tokens[c.start - 2]?.lower ?? '');
    const ownNoun = c.start <= q.end + 2;
    if (c.cue.kind === 'groupNoun' && !agent && !ownNoun) return false;
    if (CLAUSE_ENDERS.has(c.cue.kind)) return false;
  }
  return false;
}

const AGENT_WORDS = new Set(['by', 'par']);
const OBJECT_REACH = 2;

function objectAfter(state: BindState, from: number): boolean {
  for (let k = from; k < from + OBJECT_REACH; k++) if (state.quantityAt.has(k)) return true;
  return false;
}

const CLAUSE_ENDERS = new Set<Cue['kind']>([
  'breakdown',
  'block',
  'speech',
  'source',
  'negator',
  'denial',
  'participantNoun',
]);

const WHERE = new Set(['где', 'où', 'where']);

const BE_FOUND = new Set(['находятся', 'находится', 'are', 'trouvaient', 'trouvent', 'trouve', 'were', 'is']);

const UNKNOWN_WORDS = new Set(['неизвестно', 'inconnu', 'unknown']);

const ALL = new Set(['все', 'tous', 'all']);

const WHEREABOUTS_REACH = 12;

/** "где находятся двое из них, мы не знаем": where they are, then that no one knows. */
export function whereaboutsUnknown(doc: Annotated, q: Quantity): boolean {
  const { tokens } = doc;
  let k = q.start - 1;
  // "où se trouvaient les neuf autres": an article, and a reflexive verb of being.
  if (ARTICLES.has(tokens[k]?.lower ?? '')) k--;
  if (STILL.has(tokens[k]?.lower ?? '') || BE_FOUND.has(tokens[k]?.lower ?? '') || ALL.has(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower === 'se') k--;
  if (!WHERE.has(tokens[k]?.lower ?? '') || k === q.start - 1) return false;
  // "где находятся двое из них, мы не знаем", "Где ещё трое — неизвестно".
  for (let j = q.end; j < q.end + WHEREABOUTS_REACH && sameSentence(doc, j, q.start); j++) {
    if (NEGATIONS.has((tokens[j] as Token).lower) || UNKNOWN_WORDS.has((tokens[j] as Token).lower)) return true;
  }
  return false;
}

// "the families of", "les familles de", "родственники": people who report someone missing.
export const FAMILY_WORDS = new Set([
  'жёны',
  'жены',
  'родители',
  'матери',
  'families',
  'family',
  'relatives',
  'parents',
  'familles',
  'proches',
  'родственники',
  'родные',
  'семьи',
]);

const FAMILY_REACH = 4;

const MISSING_REACH = 25;

export function familiesOf(doc: Annotated, q: Quantity): boolean {
  for (let k = q.start - 1; k >= Math.max(0, q.start - FAMILY_REACH); k--) {
    const t = doc.tokens[k] as Token;
    if (FAMILY_WORDS.has(t.lower)) return true;
    if (t.kind !== 'word' && !QUOTES.has(t.text)) return false;
  }
  return false;
}

export function missingLater(doc: Annotated, q: Quantity): boolean {
  for (let k = q.end; k < q.end + MISSING_REACH; k++) {
    const t = doc.tokens[k];
    if (t === undefined || !sameSentence(doc, k, q.start)) return false;
    const c = cueOf(doc, k);
    if (c?.cue.kind === 'metric' && c.cue.metric === 'missing') return true;
  }
  return false;
}

const LOOK_BACK = 8;
const RELATIVE_REACH = 4;
const RELATIVE_OBJECTS = new Set(['who', 'whom', 'qui', 'que', 'qu', 'которых', 'которые']);

/**
 * "elle ne sait toujours pas où la police a emmené ses deux adolescents": people taken, after a
 * verb that says no one knows where they are.
 */
export function missingJustBefore(doc: Annotated, q: Quantity): boolean {
  for (let k = q.start - 2; k >= Math.max(0, q.start - LOOK_BACK) && sameSentence(doc, k, q.start); k--) {
    const c = cueOf(doc, k);
    if (c?.cue.kind === 'metric' && c.cue.metric === 'missing') return true;
  }
  return false;
}

/**
 * "не можем найти … ещё двоих ребят, которых посадили в машину": the people a clause says were
 * taken are the object of a verb before that says they cannot be found.
 */
export function missingBeforeRelative(doc: Annotated, q: Quantity): boolean {
  let relative = false;
  for (let k = q.end; k < q.end + RELATIVE_REACH && sameSentence(doc, k, q.start); k++)
    if (RELATIVE_OBJECTS.has(doc.tokens[k]?.lower ?? '')) relative = true;
  if (!relative) return false;
  for (let k = q.start - 1; k >= Math.max(0, q.start - LOOK_BACK) && sameSentence(doc, k, q.start); k--) {
    const c = cueOf(doc, k);
    if (c?.cue.kind === 'metric') return c.cue.metric === 'missing';
  }
  return false;
}

/** "relatives of the missing": the missing cue right after "of (the)". */
export function missingRightAfter(doc: Annotated, of: number): boolean {
  for (let k = of + 1; k <= of + 2; k++) {
    const c = cueOf(doc, k);
    if (c !== null) return c.cue.kind === 'metric' && c.cue.metric === 'missing';
  }
  return false;
}

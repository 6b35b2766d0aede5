// Labels before a colon, as in lists, logs and reports ("HURT during arrest or in the lock-up: 9",
// "RELEASED on bond: 34", "Поступило с места событий …: 24 человека"): the label names the count.

import type { Metric } from '../domain/claim.js';
import type { Annotated } from './annotate.js';
import { hospitalIntake } from './hospital.js';
import type { Quantity } from './numbers.js';
import { cueOf, skipQuotesLeft } from './reading.js';
import type { Token } from './tokens.js';

const LABEL_REACH = 12;

/** "HURT during arrest or in the lock-up: 9": the first word of a label names what it counts. */
export function labelBeforeColon(doc: Annotated, q: Quantity): Metric | null {
  const colon = skipQuotesLeft(doc, q.start - 1);
  if (doc.tokens[colon]?.text !== ':') return null;
  let start = colon;
  while (start > colon - LABEL_REACH && start > 0 && (doc.tokens[start] as Token).newlines === 0) start--;
  if ((doc.tokens[start] as Token).newlines === 0 && start > 0) return null;
  for (let k = start; k < colon; k++) {
    const c = cueOf(doc, k);
    // "Patients brought in police custody: 7": the first word for what befell them; "RELEASED on
    // bond: 34": none.
    if (c?.cue.kind === 'metric') return c.cue.metric;
    if (c?.cue.kind === 'block') return null;
  }
  // "Поступило с места событий …: 24 человека", in a hospital's own report.
  return hospitalIntake(doc, start) || hospitalIntake(doc, start + 1) ? 'injured' : null;
}

// Hospitals in the text: a verb of coming or receiving in a sentence that names one ("обращались
// 14 человек", "l'hôpital indique avoir accueilli 23 personnes"), a hospital's own report, and the
// labels of such reports ("Поступило с места событий …: 24 человека").

import type { Metric } from '../domain/claim.js';
import type { Annotated } from './annotate.js';
import type { Quantity } from './numbers.js';
import { cueOf, sameSentence, skipQuotesLeft } from './reading.js';
import type { Token } from './tokens.js';

const CAME = new Set([
  'обращались',
  'обратились',
  'обратилось',
  'обратился',
  'обратилась',
  'поступили',
  'поступило',
  'поступил',
  'приняли',
  'доставлены',
  'доставлен',
  'доставили',
  'привезли',
  'accueilli',
  'reçu',
  'received',
  'admitted',
  // "Our two teams saw 38 patients", at a clinic.
  'saw',
]);
const HOSPITAL_STEMS = [
  'медцентр',
  'медицинск',
  'приёмн',
  'приемн',
  'hôpital',
  'hospital',
  'urgences',
  'clinique',
  'clinic',
  'больниц',
  'райбольниц',
  'горбольниц',
  'травмпункт',
  'стационар',
  'поликлиник',
  'медпункт',
  'скор',
];

const HOSPITAL_REACH = 30;

/**
 * "обращались 14 человек", "L'hôpital indique avoir accueilli 23 personnes": a verb of coming or
 * receiving in a sentence that names a hospital (the verb alone may mean a court or a letter).
 */
export function cameToHospital(doc: Annotated, verb: number, q: Quantity): boolean {
  if (!CAME.has(doc.tokens[verb]?.lower ?? '')) return false;
  // "Since seven this morning we have received 16 patients", said at a hospital's own briefing.
  if (hospitalReport(doc)) return true;
  for (let k = verb - 1; k >= Math.max(0, verb - HOSPITAL_REACH) && sameSentence(doc, k, q.start); k--) {
    const word = (doc.tokens[k] as Token).lower;
    if (HOSPITAL_STEMS.some((stem) => word.startsWith(stem))) return true;
  }
  return false;
}

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
  const came = CAME.has(doc.tokens[start]?.lower ?? '') || CAME.has(doc.tokens[start + 1]?.lower ?? '');
  return came && hospitalReport(doc) ? 'injured' : null;
}

const HEADER_REACH = 60;

/** A hospital's own report: its heading names the hospital. */
function hospitalReport(doc: Annotated): boolean {
  for (let k = 0; k < Math.min(doc.tokens.length, HEADER_REACH); k++) {
    const word = (doc.tokens[k] as Token).lower;
    if (HOSPITAL_STEMS.some((stem) => word.startsWith(stem))) return true;
  }
  return false;
}

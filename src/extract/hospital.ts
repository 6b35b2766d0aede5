// Hospitals in the text: a verb of coming or receiving in a sentence that names one ("обращались
// 14 человек", "l'hôpital indique avoir accueilli 23 personnes"), or in a hospital's own report.

import type { Annotated } from './annotate.js';
import type { Quantity } from './numbers.js';
import { sameSentence } from './reading.js';
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

/** "Поступило …" opening a label, in a hospital's own report: those the hospital took in. */
export function hospitalIntake(doc: Annotated, k: number): boolean {
  return CAME.has(doc.tokens[k]?.lower ?? '') && hospitalReport(doc);
}

const HEADER_REACH = 60;

const reports = new WeakMap<Annotated, boolean>();

/** A hospital's own report: its heading names the hospital (read once per document). */
function hospitalReport(doc: Annotated): boolean {
  const known = reports.get(doc);
  if (known !== undefined) return known;
  const found = headingNamesHospital(doc);
  reports.set(doc, found);
  return found;
}

function headingNamesHospital(doc: Annotated): boolean {
  for (let k = 0; k < Math.min(doc.tokens.length, HEADER_REACH); k++) {
    const word = (doc.tokens[k] as Token).lower;
    if (HOSPITAL_STEMS.some((stem) => word.startsWith(stem))) return true;
  }
  return false;
}

// Shapes shared by the extraction engine: what goes in (text, language, reference time) and
// what comes out (proposed claims). Pure types, no behaviour.

import type { Metric, ReportedTime } from '../domain/claim.js';

export const LANGS = ['fr', 'en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** The moment a report is read against: "ce matin" means the morning of this date, in this zone. */
export interface ExtractReference {
  /** 'YYYY-MM-DD' (read as local noon) or an ISO 8601 instant. */
  date: string;
  /** IANA zone of the incident, e.g. 'Asia/Aqtau'. Defaults to UTC. */
  timezone?: string;
}

export interface ExtractOptions {
  lang?: Lang;
  reference?: ExtractReference;
}

/** One figure found in a text, for a person to accept or reject. */
export interface ProposedClaim {
  metric: Metric;
  min: number;
  /** null is open-ended ("more than 70"). */
  max: number | null;
  approx: boolean;
  hedged: boolean;
  attribution: string | null;
  asOf: ReportedTime | null;
  place: string | null;
  /** The sentence that carries the figure, verbatim: text.slice(start, end) === quote. */
  quote: string;
  start: number;
  end: number;
}

export interface ExtractResult {
  lang: Lang;
  claims: ProposedClaim[];
}

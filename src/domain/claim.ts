// A claim is one figure one source asserts: who says how many of what, when, in which words.
// Pure types and invariants; no I/O.

export const METRICS = ['killed', 'injured', 'arrested', 'participants', 'missing'] as const;
export type Metric = (typeof METRICS)[number];

export const CLAIM_STATUSES = ['proposed', 'accepted', 'rejected'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** How finely a time is known: "12:45" is minute, "14 heures" hour, "en soirée" part-of-day. */
export const TIME_PRECISIONS = ['minute', 'hour', 'part-of-day', 'day'] as const;
export type TimePrecision = (typeof TIME_PRECISIONS)[number];

/**
 * A moment as a report gives it. `instant` is an ISO 8601 UTC string; it is displayed in the
 * incident's own time zone. `approx` marks "vers", "about", "около"; `by` marks a deadline
 * ("by Saturday morning": the figure holds up to that time).
 */
export interface ReportedTime {
  instant: string;
  precision: TimePrecision;
  approx: boolean;
  by: boolean;
}

/** The figure itself, following the conventions table in DESIGN.md. `max` null is open-ended. */
export interface Figure {
  min: number;
  max: number | null;
  approx: boolean;
}

export interface Claim extends Figure {
  id: string;
  incidentId: string;
  sourceId: string;
  metric: Metric;
  /** Put as possible, alleged or reported rather than asserted. */
  hedged: boolean;
  /** Who says it ("the workers", "the ministry"); null when the source itself asserts it. */
  attribution: string | null;
  /**
   * Who is counted, when narrower than the metric's whole ("members of the Socialist Movement",
   * "workers of the Kalamkas field"). A claim with a subject is a breakdown or a separate group:
   * shown in the tally, never folded into its range.
   */
  subject: string | null;
  asOf: ReportedTime | null;
  placeId: string | null;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  status: ClaimStatus;
}

/** Returns a message naming what is wrong with a figure, or null when it is sound. */
export function figureProblem(figure: Figure): string | null {
  if (!Number.isInteger(figure.min) || figure.min < 0) return 'min must be a whole number, 0 or more';
  if (figure.max !== null) {
    if (!Number.isInteger(figure.max) || figure.max < 0)
      return 'max must be a whole number, 0 or more, or empty for open-ended';
    if (figure.max < figure.min) return `max (${figure.max}) is below min (${figure.min})`;
  }
  return null;
}

// How figures, ranges and reported times read on a public page. A figure never loses its
// qualifier: "about", "at least", "up to" and "by" are part of what a source said.
import type { Figure } from '../domain/claim.js';
import type { Span } from '../domain/tally.js';
import type { PublicTime } from './public-incident.js';

const LOCALE = 'en-GB';
const number = new Intl.NumberFormat(LOCALE);

export function formatFigure(figure: Figure): string {
  const { min, max, approx } = figure;
  const about = approx ? 'about ' : '';
  if (max === null) return `${approx ? 'at least about' : 'at least'} ${number.format(min)}`;
  if (min === max) return min === 0 ? 'none' : `${about}${number.format(min)}`;
  if (min === 0) return `up to ${number.format(max)}`;
  return `${about}${number.format(min)}–${number.format(max)}`;
}

/** "0 – 150", "≈10 – ≈150", "≈200 or more": the edges of what sources say, uncertainty marked. */
export function formatSpan(span: Span): string {
  const low = `${span.minApprox ? '≈' : ''}${number.format(span.min)}`;
  if (span.max === null) return `${low} or more`;
  if (span.max === span.min) return low;
  return `${low} – ${span.maxApprox ? '≈' : ''}${number.format(span.max)}`;
}

function partOfDay(hour: number): string {
  if (hour < 5) return 'night';
  if (hour < 12) return 'morning';
  if (hour < 17) return 'afternoon';
  return 'evening';
}

const dateFormat = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A reported time in the incident's zone, as precise as the report and no more. A part of the
 * day is approximate by nature, so only a deadline ("by the morning") is marked on it.
 */
export function formatReportedTime(time: PublicTime): string {
  const [date = '', clock = ''] = time.local.split('T');
  const day = dateFormat.format(new Date(`${date}T00:00:00Z`));
  const prefix = time.by ? 'by ' : time.approx ? 'about ' : '';
  switch (time.precision) {
    case 'minute':
      return `${day}, ${prefix}${clock}`;
    case 'hour':
      return `${day}, ${prefix}${clock.slice(0, 2)}:00`;
    case 'part-of-day':
      return `${day}, ${time.by ? 'by the ' : ''}${partOfDay(Number(clock.slice(0, 2)))}`;
    case 'day':
      return `${time.by ? 'by ' : ''}${day}`;
  }
}

export function formatLocalDateTime(time: PublicTime): string {
  const [date = '', clock = ''] = time.local.split('T');
  return `${dateFormat.format(new Date(`${date}T00:00:00Z`))}, ${clock}`;
}

export const METRIC_LABELS = {
  killed: 'Killed',
  injured: 'Injured',
  arrested: 'Arrested',
  participants: 'Taking part',
  missing: 'Missing',
} as const;

export const SOURCE_KIND_LABELS = {
  witness: 'Witness',
  official: 'Official',
  press: 'Press',
  organisation: 'Organisation',
  social: 'Social media',
} as const;

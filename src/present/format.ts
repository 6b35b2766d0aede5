// How figures, ranges and reported times read on a public page, in the reader's language. A figure
// never loses its qualifier: "about", "at least", "up to" and "by" are part of what a source said.
// Pure: the translator carries the language (English when none is given, as on the desk); Intl
// formats numbers and dates in it.

const ENGLISH = translator('en');

import type { Figure, Metric } from '../domain/claim.js';
import type { SourceKind } from '../domain/source.js';
import type { Span } from '../domain/tally.js';
import { type Translator, translator } from '../i18n/translator.js';
import type { PublicTime } from './public-incident.js';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let found = cache.get(key);
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

export function formatNumber(value: number, tr: Translator = ENGLISH): string {
  return cached(numberFormats, tr.intlLocale, () => new Intl.NumberFormat(tr.intlLocale)).format(value);
}

export function formatFigure(figure: Figure, tr: Translator = ENGLISH): string {
  const { min, max, approx } = figure;
  const n = (value: number) => formatNumber(value, tr);
  if (max === null) return tr.t(approx ? 'figure.atLeastAbout' : 'figure.atLeast', { n: n(min) });
  if (min === max) {
    if (min === 0) return tr.t('figure.none');
    return approx ? tr.t('figure.about', { n: n(min) }) : n(min);
  }
  if (min === 0) return tr.t('figure.upTo', { n: n(max) });
  return tr.t(approx ? 'figure.aboutRange' : 'figure.range', { min: n(min), max: n(max) });
}

/** "0 – 150", "≈10 – ≈150", "≈200 or more": the edges of what sources say, uncertainty marked. */
export function formatSpan(span: Span, tr: Translator = ENGLISH): string {
  const low = `${span.minApprox ? '≈' : ''}${formatNumber(span.min, tr)}`;
  if (span.max === null) return tr.t('figure.orMore', { n: low });
  if (span.max === span.min) return low;
  return `${low} – ${span.maxApprox ? '≈' : ''}${formatNumber(span.max, tr)}`;
}

type PartOfDay = 'night' | 'morning' | 'afternoon' | 'evening';

function partOfDay(hour: number): PartOfDay {
  if (hour < 5) return 'night';
  if (hour < 12) return 'morning';
  if (hour < 17) return 'afternoon';
  return 'evening';
}

const BY_PART: Record<PartOfDay, string> = {
  night: 'time.byNight',
  morning: 'time.byMorning',
  afternoon: 'time.byAfternoon',
  evening: 'time.byEvening',
};

/** A local calendar date ("2011-12-16") as the language writes it: "16 Dec 2011", "16 déc. 2011". */
export function formatDay(date: string, tr: Translator = ENGLISH): string {
  const format = cached(
    dateFormats,
    tr.intlLocale,
    () => new Intl.DateTimeFormat(tr.intlLocale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  );
  return format.format(new Date(`${date}T00:00:00Z`));
}

/**
 * A reported time in the incident's zone, as precise as the report and no more. A part of the
 * day is approximate by nature, so only a deadline ("by the morning") is marked on it.
 */
export function formatReportedTime(time: PublicTime, tr: Translator = ENGLISH): string {
  const [date = '', clock = ''] = time.local.split('T');
  const day = formatDay(date, tr);
  const qualify = (text: string) =>
    time.by ? tr.t('time.by', { time: text }) : time.approx ? tr.t('time.about', { time: text }) : text;
  switch (time.precision) {
    case 'minute':
      return tr.t('time.dayAndTime', { day, time: qualify(clock) });
    case 'hour':
      return tr.t('time.dayAndTime', { day, time: qualify(`${clock.slice(0, 2)}:00`) });
    case 'part-of-day': {
      const part = partOfDay(Number(clock.slice(0, 2)));
      return tr.t('time.dayAndTime', { day, time: tr.t(time.by ? BY_PART[part] : `time.${part}`) });
    }
    case 'day':
      return time.by ? tr.t('time.by', { time: day }) : day;
  }
}

export function formatLocalDateTime(time: PublicTime, tr: Translator = ENGLISH): string {
  const [date = '', clock = ''] = time.local.split('T');
  return tr.t('time.dayAndTime', { day: formatDay(date, tr), time: clock });
}

export function metricLabel(metric: Metric, tr: Translator = ENGLISH): string {
  return tr.t(`metric.${metric}`);
}

export function sourceKindLabel(kind: SourceKind, tr: Translator = ENGLISH): string {
  return tr.t(`kind.${kind}`);
}

const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name in the reader's language, from its ISO code: "BE" → "Belgique". */
export function countryName(code: string, tr: Translator = ENGLISH): string {
  const names = cached(regionNames, tr.intlLocale, () => new Intl.DisplayNames([tr.intlLocale], { type: 'region' }));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

// A reported time as a form group: local wall-clock time, precision, "about" and "by".
import { type ReportedTime, TIME_PRECISIONS } from '../../../domain/claim.js';
import { instantToLocal } from '../../../domain/zoned-time.js';

const PRECISION_LABELS = {
  minute: 'to the minute',
  hour: 'to the hour',
  'part-of-day': 'part of the day',
  day: 'the day only',
} as const;

export function TimeFields({
  prefix,
  time,
  timezone,
  legend,
}: {
  prefix: string;
  time: ReportedTime | null;
  timezone: string;
  legend: string;
}) {
  return (
    <fieldset class="time-fields">
      <legend>
        {legend} <span class="hint">(local time, {timezone})</span>
      </legend>
      <input
        type="datetime-local"
        name={`${prefix}Local`}
        value={time ? instantToLocal(time.instant, timezone) : ''}
        aria-label={`${legend}: date and time`}
      />
      <select name={`${prefix}Precision`} aria-label={`${legend}: precision`}>
        {TIME_PRECISIONS.map((p) => (
          <option key={p} value={p} selected={(time?.precision ?? 'hour') === p}>
            {PRECISION_LABELS[p]}
          </option>
        ))}
      </select>
      <label class="check">
        <input type="checkbox" name={`${prefix}Approx`} checked={time?.approx ?? false} /> about
      </label>
      <label class="check">
        <input type="checkbox" name={`${prefix}By`} checked={time?.by ?? false} /> by (deadline)
      </label>
    </fieldset>
  );
}

/** "2011-12-16 14:00 (about)" for tables. */
export function localLabel(time: ReportedTime | null, timezone: string): string {
  if (!time) return '—';
  const local = instantToLocal(time.instant, timezone).replace('T', ' ');
  const shown =
    time.precision === 'day' ? local.slice(0, 10) : time.precision === 'hour' ? `${local.slice(0, 13)}:00` : local;
  return `${time.by ? 'by ' : time.approx ? 'about ' : ''}${shown}${time.precision === 'part-of-day' ? ' (part of day)' : ''}`;
}

// A tally as a chart: one mark per figure at the time it speaks of, coloured by who gives it. A
// bar is a range, an arrow an open-ended figure, a hollow mark an approximate one, a square a
// count of a narrower group. The who-says-what table and the lists beside it give the same
// figures in words, so the chart is an aid, never the only way in.
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { formatFigure, formatNumber, formatReportedTime, metricLabel } from '../../present/format.js';
import type { PublicClaim, PublicTally } from '../../present/public-incident.js';
import { usePage } from './page-context.js';

const WIDTH = 600;
const HEIGHT = 190;
const MARGIN = { top: 14, right: 14, bottom: 26, left: 46 };
const HOUR = 3_600_000;

interface Point {
  claim: PublicClaim;
  party: number;
  time: number;
  /** How many claims of this party give this very figure for this very time. */
  times: number;
}

/** Claims of one party that repeat the same figure for the same time (one report quoted by
 * several sources) draw one mark: stacked marks add bytes and nothing a reader can see. */
function distinctPoints(points: Omit<Point, 'times'>[]): Point[] {
  const byKey = new Map<string, Point>();
  for (const point of points) {
    const { claim } = point;
    const key = [point.party, point.time, claim.min, claim.max, claim.approx, claim.hedged, claim.subject].join('|');
    const seen = byKey.get(key);
    if (seen) seen.times += 1;
    else byKey.set(key, { ...point, times: 1 });
  }
  return [...byKey.values()];
}

const tickFormats = new Map<string, Intl.DateTimeFormat>();

function tickFormat(locale: string, timezone: string, withDay: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timezone}|${withDay}`;
  let format = tickFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: timezone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(withDay ? { day: 'numeric', month: 'short' } : {}),
    });
    tickFormats.set(key, format);
  }
  return format;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function TallyChart({ tally, timezone }: { tally: PublicTally; timezone: string }) {
  const { tr } = usePage();
  const points = distinctPoints(
    tally.parties.flatMap((line, party) =>
      line.claims.flatMap((claim) => (claim.asOf ? [{ claim, party, time: Date.parse(claim.asOf.instant) }] : [])),
    ),
  );
  const claimCount = tally.parties.reduce((n, p) => n + p.claims.length, 0);
  const unplotted = claimCount - points.reduce((n, p) => n + p.times, 0);
  if (points.length === 0) return null;

  const times = points.map((p) => p.time);
  let [start, end] = [Math.min(...times), Math.max(...times)];
  if (end - start < 2 * HOUR) [start, end] = [start - HOUR, end + HOUR];
  const pad = (end - start) * 0.05;
  const x = scaleUtc()
    .domain([start - pad, end + pad])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const top = Math.max(1, ...points.map((p) => (p.claim.max === null ? p.claim.min * 1.25 : p.claim.max)));
  const y = scaleLinear()
    .domain([0, top * 1.08])
    .nice(4)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const yTop = y.range()[1] as number;

  let previousDay = '';
  const xTicks = x.ticks(5).map((tick) => {
    const day = tick.toLocaleDateString('en-CA', { timeZone: timezone });
    const label = tickFormat(tr.intlLocale, timezone, day !== previousDay).format(tick);
    previousDay = day;
    return { at: round(x(tick)), label };
  });

  const partyLine = line<Point>()
    .x((p) => x(p.time))
    .y((p) => y(p.claim.min))
    .digits(1);
  const titleId = `chart-${tally.metric}-title`;
  const descId = `chart-${tally.metric}-desc`;

  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>{tr.t('chart.title', { metric: metricLabel(tally.metric, tr) })}</title>
        <desc id={descId}>{tr.t('chart.desc')}</desc>
        <path
          class="grid"
          d={y
            .ticks(4)
            .map((tick) => `M${MARGIN.left},${round(y(tick))}H${WIDTH - MARGIN.right}`)
            .join('')}
        />
        <g class="y-axis">
          {y.ticks(4).map((tick) => (
            <text key={tick} x={MARGIN.left - 6} y={round(y(tick)) + 4}>
              {formatNumber(tick, tr)}
            </text>
          ))}
        </g>
        <g class="x-axis">
          {xTicks.map((tick) => (
            <text key={tick.at} x={tick.at} y={HEIGHT - 8}>
              {tick.label}
            </text>
          ))}
        </g>
        {tally.parties.map((_, party) => {
          const whole = points.filter((p) => p.party === party && p.claim.subject === null);
          return whole.length > 1 ? (
            <path key={party} class={`line p${party % 6}`} d={partyLine(whole.sort((a, b) => a.time - b.time)) ?? ''} />
          ) : null;
        })}
        {points.map(({ claim, party, time, times }) => {
          const cx = round(x(time));
          const low = round(y(claim.min));
          const high = claim.max === null ? yTop + 6 : round(y(claim.max));
          const classes = [`mark p${party % 6}`, claim.approx ? 'approx' : '', claim.hedged ? 'hedged' : '']
            .filter(Boolean)
            .join(' ');
          const label = `${tally.parties[party]?.party}: ${formatFigure(claim, tr)}${claim.subject ? ` (${claim.subject})` : ''}, ${claim.asOf ? formatReportedTime(claim.asOf, tr) : ''}${times > 1 ? ` (×${times})` : ''}`;
          return (
            <g key={claim.id} class={classes}>
              <title>{label}</title>
              {high !== low ? <line class="range" x1={cx} x2={cx} y1={low} y2={high} /> : null}
              {claim.max === null ? (
                <path class="arrow" d={`M${cx - 5} ${high + 7}L${cx} ${high}L${cx + 5} ${high + 7}`} />
              ) : null}
              {claim.subject === null ? (
                <circle cx={cx} cy={low} r="5" />
              ) : (
                <rect x={cx - 4.5} y={low - 4.5} width="9" height="9" />
              )}
            </g>
          );
        })}
      </svg>
      {unplotted > 0 ? <figcaption class="meta">{tr.t('chart.unplotted', { count: unplotted })}</figcaption> : null}
    </figure>
  );
}

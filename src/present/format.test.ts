import { describe, expect, it } from 'vitest';
import { formatFigure, formatReportedTime, formatSpan } from './format.js';

describe('formatFigure', () => {
  it('says each convention the way the source put it', () => {
    expect(formatFigure({ min: 70, max: 70, approx: false })).toBe('70');
    expect(formatFigure({ min: 150, max: 150, approx: true })).toBe('about 150');
    expect(formatFigure({ min: 64, max: null, approx: false })).toBe('at least 64');
    expect(formatFigure({ min: 0, max: 800, approx: false })).toBe('up to 800');
    expect(formatFigure({ min: 70, max: 150, approx: false })).toBe('70–150');
    expect(formatFigure({ min: 0, max: 0, approx: false })).toBe('none');
    expect(formatFigure({ min: 4000, max: 4000, approx: false })).toBe('4,000');
  });
});

describe('formatSpan', () => {
  it('marks uncertain edges and open ends', () => {
    expect(formatSpan({ min: 0, max: 150, minApprox: false, maxApprox: true })).toBe('0 – ≈150');
    expect(formatSpan({ min: 200, max: null, minApprox: true, maxApprox: true })).toBe('≈200 or more');
  });
});

describe('formatReportedTime', () => {
  const at = (local: string, precision: 'minute' | 'hour' | 'part-of-day' | 'day', approx = false, by = false) =>
    formatReportedTime({ instant: '', local, precision, approx, by });

  it('is as precise as the report and no more', () => {
    expect(at('2011-12-16T12:45', 'minute', true)).toBe('16 Dec 2011, about 12:45');
    expect(at('2011-12-16T14:00', 'hour', true)).toBe('16 Dec 2011, about 14:00');
    expect(at('2011-12-16T19:00', 'part-of-day')).toBe('16 Dec 2011, evening');
    expect(at('2011-12-17T09:00', 'part-of-day', true, true)).toBe('17 Dec 2011, by the morning');
    expect(at('2011-12-16T23:00', 'part-of-day', true)).toBe('16 Dec 2011, evening');
    expect(at('2011-12-17T02:00', 'part-of-day', true)).toBe('17 Dec 2011, night');
    expect(at('2011-12-17T00:00', 'day', false, true)).toBe('by 17 Dec 2011');
  });
});

import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translator.js';
import { formatFigure, formatReportedTime, formatSpan } from './format.js';

const en = translator('en');
const fr = translator('fr');
const ru = translator('ru');
const kk = translator('kk');

describe('formatFigure', () => {
  it('says each convention the way the source put it', () => {
    expect(formatFigure({ min: 70, max: 70, approx: false }, en)).toBe('70');
    expect(formatFigure({ min: 150, max: 150, approx: true }, en)).toBe('about 150');
    expect(formatFigure({ min: 64, max: null, approx: false }, en)).toBe('at least 64');
    expect(formatFigure({ min: 0, max: 800, approx: false }, en)).toBe('up to 800');
    expect(formatFigure({ min: 70, max: 150, approx: false }, en)).toBe('70–150');
    expect(formatFigure({ min: 0, max: 0, approx: false }, en)).toBe('none');
    expect(formatFigure({ min: 4000, max: 4000, approx: false }, en)).toBe('4,000');
  });

  it('says them in the reader’s language, with its own digit grouping', () => {
    expect(formatFigure({ min: 150, max: 150, approx: true }, fr)).toBe('environ 150');
    expect(formatFigure({ min: 4000, max: 4000, approx: false }, fr)).toBe('4\u202f000');
    expect(formatFigure({ min: 64, max: null, approx: false }, ru)).toBe('не менее 64');
    expect(formatFigure({ min: 0, max: 800, approx: false }, kk)).toBe('800 дейін');
  });
});

describe('formatSpan', () => {
  it('marks uncertain edges and open ends', () => {
    expect(formatSpan({ min: 0, max: 150, minApprox: false, maxApprox: true }, en)).toBe('0 – ≈150');
    expect(formatSpan({ min: 200, max: null, minApprox: true, maxApprox: true }, en)).toBe('≈200 or more');
    expect(formatSpan({ min: 200, max: null, minApprox: true, maxApprox: true }, ru)).toBe('≈200 и более');
  });
});

describe('formatReportedTime', () => {
  const at = (
    local: string,
    precision: 'minute' | 'hour' | 'part-of-day' | 'day',
    approx = false,
    by = false,
    tr = en,
  ) => formatReportedTime({ instant: '', local, precision, approx, by }, tr);

  it('is as precise as the report and no more', () => {
    expect(at('2011-12-16T12:45', 'minute', true)).toBe('16 Dec 2011, about 12:45');
    expect(at('2011-12-16T14:00', 'hour', true)).toBe('16 Dec 2011, about 14:00');
    expect(at('2011-12-16T19:00', 'part-of-day')).toBe('16 Dec 2011, evening');
    expect(at('2011-12-17T09:00', 'part-of-day', true, true)).toBe('17 Dec 2011, by the morning');
    expect(at('2011-12-16T23:00', 'part-of-day', true)).toBe('16 Dec 2011, evening');
    expect(at('2011-12-17T02:00', 'part-of-day', true)).toBe('17 Dec 2011, night');
    expect(at('2011-12-17T00:00', 'day', false, true)).toBe('by 17 Dec 2011');
  });

  it('reads "about" and "by the morning" in each language', () => {
    expect(at('2011-12-16T12:45', 'minute', true, false, fr)).toBe('16 déc. 2011, vers 12:45');
    expect(at('2011-12-17T09:00', 'part-of-day', true, true, fr)).toBe('17 déc. 2011, d’ici le matin');
    expect(at('2011-12-16T14:00', 'hour', true, false, ru)).toBe('16 дек. 2011 г., около 14:00');
    expect(at('2011-12-17T09:00', 'part-of-day', true, true, ru)).toBe('17 дек. 2011 г., к утру');
    expect(at('2011-12-17T09:00', 'part-of-day', true, true, kk)).toBe('2011 ж. 17 жел., таңға қарай');
  });
});

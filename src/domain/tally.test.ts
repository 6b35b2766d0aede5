import { describe, expect, it } from 'vitest';
import { buildEntry } from '../../test/factories.js';
import { computeTally } from './tally.js';

describe('computeTally', () => {
  const ministryDenies = buildEntry('the ministry', { min: 0, max: 0 }, '10:00');
  const workersSeventy = buildEntry('the workers', { min: 70, max: 70, approx: false }, '09:00');
  const ministryAboutTen = buildEntry('the ministry', { min: 10, max: 10, approx: true }, '16:00');
  const workersFearOneFifty = buildEntry('The workers ', { min: 150, max: 150, hedged: true }, '23:00');

  const killed = computeTally('killed', [ministryAboutTen, workersFearOneFifty, ministryDenies, workersSeventy]);

  it('groups claims by who says them, in the order they first spoke', () => {
    expect(killed.parties.map((p) => p.party)).toEqual(['the workers', 'the ministry']);
  });

  it('orders each side in time and keeps what it said last', () => {
    const ministry = killed.parties[1];
    expect(ministry?.entries.map((e) => e.claim.min)).toEqual([0, 10]);
    expect(ministry?.latest?.claim.min).toBe(10);
    expect(killed.parties[0]?.latest?.claim.hedged).toBe(true);
  });

  it('spans the lowest and highest figure ever given, a denial included', () => {
    expect(killed.span).toEqual({ min: 0, max: 150, minApprox: false, maxApprox: true });
  });

  it('spans the latest figure of each side for where the disagreement stands now', () => {
    expect(killed.latestSpan).toEqual({ min: 10, max: 150, minApprox: true, maxApprox: true });
  });

  it('leaves the top of the range open when a figure is open-ended', () => {
    const tally = computeTally('injured', [
      buildEntry('the organisation', { metric: 'injured', min: 200, max: null, approx: true }, '12:00'),
      buildEntry('the hospital', { metric: 'injured', min: 40, max: 40 }, '13:00'),
    ]);
    expect(tally.span).toEqual({ min: 40, max: null, minApprox: false, maxApprox: true });
  });

  it('shows a breakdown apart and never folds it into the range', () => {
    const tally = computeTally('arrested', [
      buildEntry('the organisation', { metric: 'arrested', min: 150, max: 150, approx: true }, '18:00'),
      buildEntry('the organisation', { metric: 'arrested', min: 4, max: 4, subject: 'members' }, '18:00'),
    ]);
    expect(tally.span).toMatchObject({ min: 150, max: 150 });
    expect(tally.breakdowns.map((e) => e.claim.min)).toEqual([4]);
    expect(tally.parties[0]?.entries).toHaveLength(2);
    expect(tally.parties[0]?.latest?.claim.min).toBe(150);
  });

  it('counts only accepted claims of its own metric', () => {
    const tally = computeTally('killed', [
      buildEntry('a', { min: 5, max: 5, status: 'proposed' }),
      buildEntry('b', { min: 6, max: 6, status: 'rejected' }),
      buildEntry('c', { metric: 'injured', min: 7, max: 7 }),
    ]);
    expect(tally).toMatchObject({ span: null, latestSpan: null, parties: [], claimCount: 0 });
  });

  it('treats an "up to" figure as reaching from zero', () => {
    const tally = computeTally('participants', [
      buildEntry('police', { metric: 'participants', min: 0, max: 800 }),
      buildEntry('union', { metric: 'participants', min: 3000, max: null, approx: true }),
    ]);
    expect(tally.span).toEqual({ min: 0, max: null, minApprox: false, maxApprox: true });
  });
});

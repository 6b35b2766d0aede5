// Builders for records in tests: sensible defaults, overrides for what a test is about.
import type { Claim } from '../src/domain/claim.js';
import type { TallyEntry } from '../src/domain/tally.js';

let counter = 0;

export function buildClaim(overrides: Partial<Claim> = {}): Claim {
  counter += 1;
  return {
    id: `claim-${counter}`,
    incidentId: 'incident-1',
    sourceId: 'source-1',
    metric: 'killed',
    min: 1,
    max: 1,
    approx: false,
    hedged: false,
    attribution: null,
    subject: null,
    asOf: null,
    placeId: null,
    quote: 'one killed',
    quoteStart: 0,
    quoteEnd: 10,
    status: 'accepted',
    ...overrides,
  };
}

/** A tally entry for `party`, saying `min`–`max` at local-ish UTC time `at` (HH:MM on 16 Dec 2011). */
export function buildEntry(party: string, figure: Partial<Claim>, at?: string): TallyEntry {
  const instant = at ? `2011-12-16T${at}:00.000Z` : undefined;
  return {
    party,
    receivedAt: instant ?? '2011-12-16T20:00:00.000Z',
    claim: buildClaim({
      ...figure,
      asOf: instant ? { instant, precision: 'minute', approx: false, by: false } : null,
    }),
  };
}

// A tally gathers every accepted claim about one metric of one incident: grouped by who says it,
// ordered in time, with the range they span. Conflicts stay visible; nothing is averaged.
import type { Claim, Metric } from './claim.js';

/** A claim with what a tally needs beside it: who says it, and when it was said. */
export interface TallyEntry {
  claim: Claim;
  /** The claim's attribution, or the public label of its source when the source asserts it. */
  party: string;
  /** When the source was received: orders claims that give no time of their own. */
  receivedAt: string;
}

export interface Span {
  min: number;
  /** null when at least one figure is open-ended ("at least 64"). */
  max: number | null;
  /** The low or high edge comes from an approximate or hedged figure. */
  minApprox: boolean;
  maxApprox: boolean;
}

export interface PartyLine {
  party: string;
  /** The party's claims in time order, breakdowns included. */
  entries: TallyEntry[];
  /** The party's most recent figure for the whole (not a breakdown), if any. */
  latest: TallyEntry | null;
}

export interface Tally {
  metric: Metric;
  /** What all whole-count claims span, from the lowest to the highest figure ever given. */
  span: Span | null;
  /** What each party's latest whole-count figure spans: where the disagreement stands now. */
  latestSpan: Span | null;
  parties: PartyLine[];
  /** Figures about a narrower group ("4 of them members"): shown, never folded into a span. */
  breakdowns: TallyEntry[];
  claimCount: number;
}

/** The moment a claim speaks of: its own as-of time, else when its source arrived. */
export function entryTime(entry: TallyEntry): string {
  return entry.claim.asOf?.instant ?? entry.receivedAt;
}

function compareEntries(a: TallyEntry, b: TallyEntry): number {
  return (
    entryTime(a).localeCompare(entryTime(b)) ||
    a.receivedAt.localeCompare(b.receivedAt) ||
    a.claim.sourceId.localeCompare(b.claim.sourceId) ||
    a.claim.quoteStart - b.claim.quoteStart
  );
}

const isWhole = (entry: TallyEntry) => entry.claim.subject === null;
const isUncertain = (entry: TallyEntry) => entry.claim.approx || entry.claim.hedged;

export function spanOf(entries: readonly TallyEntry[]): Span | null {
  const first = entries[0];
  if (!first) return null;
  let low = first;
  let high: TallyEntry | null = first;
  for (const entry of entries) {
    if (entry.claim.min < low.claim.min) low = entry;
    if (high !== null && (entry.claim.max === null || entry.claim.max > (high.claim.max as number))) {
      high = entry.claim.max === null ? null : entry;
    }
  }
  const openEnded = entries.filter((e) => e.claim.max === null);
  return {
    min: low.claim.min,
    max: high === null ? null : high.claim.max,
    minApprox: isUncertain(low),
    maxApprox: high === null ? openEnded.some(isUncertain) : isUncertain(high),
  };
}

/** Builds the tally of one metric from entries of any metric and status: only accepted ones count. */
export function computeTally(metric: Metric, entries: readonly TallyEntry[]): Tally {
  const counted = entries
    .filter((e) => e.claim.metric === metric && e.claim.status === 'accepted')
    .sort(compareEntries);

  const byParty = new Map<string, TallyEntry[]>();
  for (const entry of counted) {
    const key = entry.party.trim().toLocaleLowerCase();
    const list = byParty.get(key);
    if (list) list.push(entry);
    else byParty.set(key, [entry]);
  }

  const parties: PartyLine[] = [...byParty.values()].map((partyEntries) => ({
    party: (partyEntries[0] as TallyEntry).party.trim(),
    entries: partyEntries,
    latest: partyEntries.filter(isWhole).at(-1) ?? null,
  }));

  const whole = counted.filter(isWhole);
  const latest = parties.flatMap((p) => (p.latest ? [p.latest] : []));
  return {
    metric,
    span: spanOf(whole),
    latestSpan: spanOf(latest),
    parties,
    breakdowns: counted.filter((e) => !isWhole(e)),
    claimCount: counted.length,
  };
}

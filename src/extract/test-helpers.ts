// Helpers shared by the extraction tests: extract one sentence and look at its figures.

import type { Metric } from '../domain/claim.js';
import { extractClaims } from './extract.js';
import type { Lang, ProposedClaim } from './types.js';

export const AQTAU = { date: '2011-12-16', timezone: 'Asia/Aqtau' } as const;

export function claimsOf(text: string, lang: Lang): ProposedClaim[] {
  return extractClaims(text, { lang, reference: AQTAU }).claims;
}

/** The figures of a text as "metric min max" strings, in text order. */
export function figuresOf(text: string, lang: Lang): string[] {
  return claimsOf(text, lang).map((c) => `${c.metric} ${c.min} ${c.max ?? '+'}${c.approx ? ' ~' : ''}`);
}

export function only(text: string, lang: Lang): ProposedClaim {
  const claims = claimsOf(text, lang);
  if (claims.length !== 1)
    throw new Error(
      `expected one claim in ${JSON.stringify(text)}, got ${claims.length}: ${JSON.stringify(claims.map((c) => [c.metric, c.min, c.max]))}`,
    );
  return claims[0] as ProposedClaim;
}

export type { Metric };

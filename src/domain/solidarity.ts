// Solidarity actions and messages: sent by readers, held as pending until an editor approves them.

export const MODERATION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];

/** An action somewhere in the world in support of the people of an incident. */
export interface SolidarityAction {
  id: string;
  incidentId: string;
  /** The day it took place, "2011-12-17". */
  date: string;
  /** ISO 3166-1 alpha-2, upper case: "BE". */
  country: string;
  city: string | null;
  organisation: string | null;
  /** What was done: "picket at the embassy", "flowers laid". */
  what: string;
  link: string | null;
  lat: number | null;
  lon: number | null;
  status: ModerationStatus;
}

export interface SolidarityMessage {
  id: string;
  incidentId: string;
  /** A name or an organisation, as the sender gave it. */
  author: string;
  country: string | null;
  text: string;
  status: ModerationStatus;
  /** When it was received (ISO 8601 UTC). */
  receivedAt: string;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** True for a two-letter code naming a country or territory ("BE", "GB"), false for "ZZ" or "EU". */
export function isCountryCode(code: string): boolean {
  // User-assigned and grouping codes (EU, UN, XA…) name no country; XK (Kosovo) does.
  if (!/^[A-Z]{2}$/.test(code) || /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/.test(code)) return false;
  try {
    return regionNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

// The rules a reader's submission must meet before it is stored: not too long, plain text only,
// at most two links, and a field meant for robots left empty. Pure: the routes say why in the
// reader's language from the reason given here; identical submissions are told apart by a hash.
import { sha256Hex } from './hash.js';

/** The longest a single field may be, in characters; the message text has its own. */
export const FIELD_LIMIT = 300;
export const TEXT_LIMIT = 2000;
export const MAX_LINKS = 2;

export type RefusalReason = 'honeypot' | 'too-long' | 'markup' | 'too-many-links' | 'empty';

export interface Refusal {
  ok: false;
  reason: RefusalReason;
  /** The field at fault, when one is. */
  field: string | null;
}

export type Checked<T> = { ok: true; value: T } | Refusal;

// The start of a tag, closed or not: an unclosed "<img src=x onerror=…" is markup too, and so
// are "</", "<!" and "<?". A "<" before a digit or a space ("I <3 you", "a < b") is text.
const TAG = /<(?:[a-z]|[/!?])/i;
const ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z]+);/i;
// What a reader's software may turn into a link, disguised ones included: any scheme
// ("hxxp://"), a scheme-relative "//host", and, failing those, "www." or a bare domain name.
const SCHEME = /[a-z][a-z0-9+.-]*:\/\//gi;
const SCHEME_RELATIVE = /(?:^|[("'[])\/\/(?=[a-z0-9])/gi;
const DOMAIN = /\bwww\.|\b(?:[a-z0-9-]+\.)+[a-z]{2,24}\b/i;

// Control characters other than tab and newline, and the zero-width and bidi-override marks
// that can hide or reorder text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A field as stored: Unicode-normalised, invisible characters removed, spaces tidied. */
export function plainText(value: string, multiline = false): string {
  const cleaned = value.normalize('NFC').replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
  if (!multiline) return cleaned.replace(/\s+/g, ' ').trim();
  return cleaned
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Links in a text, counted per word: several glued into one word ("https://a.https://b") count as several. */
export function countLinks(text: string): number {
  let links = 0;
  for (const word of text.split(/\s+/)) {
    const marked = (word.match(SCHEME)?.length ?? 0) + (word.match(SCHEME_RELATIVE)?.length ?? 0);
    links += marked > 0 ? marked : DOMAIN.test(word) ? 1 : 0;
  }
  return links;
}

export interface SubmissionFields {
  /** Field name → value as typed; null for an empty optional field. */
  fields: Record<string, string | null>;
  /** Fields that may hold several lines (a message's text). */
  multiline?: readonly string[];
  /** Fields that must not be empty. */
  required: readonly string[];
  /** The honeypot's value: anything in it means a robot filled the form. */
  honeypot: string | undefined;
}

/** Checks a submission against every rule; the first broken rule is the reason given. */
export function checkSubmission({
  fields,
  multiline = [],
  required,
  honeypot,
}: SubmissionFields): Checked<Record<string, string | null>> {
  if (honeypot !== undefined && honeypot.trim() !== '') return { ok: false, reason: 'honeypot', field: null };
  const cleaned: Record<string, string | null> = {};
  let links = 0;
  for (const [name, raw] of Object.entries(fields)) {
    const value = raw === null ? null : plainText(raw, multiline.includes(name));
    if (value === null || value === '') {
      if (required.includes(name)) return { ok: false, reason: 'empty', field: name };
      cleaned[name] = null;
      continue;
    }
    const limit = multiline.includes(name) ? TEXT_LIMIT : FIELD_LIMIT;
    if (value.length > limit) return { ok: false, reason: 'too-long', field: name };
    // Text stays text: markup is refused rather than silently stripped, so nothing is stored
    // that the sender did not see.
    if (TAG.test(value) || ENTITY.test(value)) return { ok: false, reason: 'markup', field: name };
    links += countLinks(value);
    cleaned[name] = value;
  }
  if (links > MAX_LINKS) return { ok: false, reason: 'too-many-links', field: null };
  return { ok: true, value: cleaned };
}

/**
 * The same words for the same incident give the same hash, whatever the case and spacing, so a
 * form sent twice (or by many hands) is stored once.
 */
export function contentHash(incidentId: string, fields: Record<string, string | null>): string {
  const parts = Object.keys(fields)
    .sort()
    .map((name) => `${name}=${(fields[name] ?? '').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim()}`);
  return sha256Hex([incidentId, ...parts].join('\u0000'));
}

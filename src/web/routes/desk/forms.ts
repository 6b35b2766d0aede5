// The desk's forms as zod schemas: what a browser sends (strings, absent checkboxes) becomes
// typed input, and a wrong value is named by its field.
import { z } from 'zod';
import { CLAIM_STATUSES, METRICS, TIME_PRECISIONS } from '../../../domain/claim.js';
import { DEMAND_STATUSES } from '../../../domain/demand.js';
import { PERSON_STATUSES } from '../../../domain/detainee.js';
import { isCountryCode, MODERATION_STATUSES } from '../../../domain/solidarity.js';
import { SOURCE_KINDS, VISIBILITIES } from '../../../domain/source.js';
import { ROLES } from '../../../domain/user.js';

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());
const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z.string().trim().max(max).nullable().default(null),
  );
const requiredText = (max: number) => z.string().trim().min(1, 'required').max(max, `at most ${max} characters`);
const wholeNumber = z.preprocess(
  (v) =>
    typeof v === 'string' ? (v.trim() === '' ? Number.NaN : Number(v.trim().replace(/[\s,.](?=\d{3}\b)/g, ''))) : v,
  z.number({ error: 'a whole number' }).int('a whole number').min(0, '0 or more'),
);
const optionalWholeNumber = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
  wholeNumber.nullable(),
);
export const localDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'a date and time such as 2011-12-16T14:10');
const version = z.coerce.number().int().min(1);
const csrf = { _csrf: z.string().optional() };

const reportedTimeFields = {
  asOfLocal: z.preprocess((v) => (v === '' ? null : v), localDateTime.nullable().default(null)),
  asOfPrecision: z.enum(TIME_PRECISIONS).default('hour'),
  asOfApprox: checkbox,
  asOfBy: checkbox,
};

export const claimFieldsForm = z.object({
  ...csrf,
  metric: z.enum(METRICS),
  min: wholeNumber,
  max: optionalWholeNumber,
  approx: checkbox,
  hedged: checkbox,
  attribution: optionalText(300),
  subject: optionalText(300),
  status: z.enum(CLAIM_STATUSES).default('proposed'),
  ...reportedTimeFields,
});

export const correctClaimForm = claimFieldsForm.extend({ version });
export const addClaimForm = claimFieldsForm.extend({
  quote: requiredText(4000),
  start: optionalWholeNumber.default(null),
});
export const decideClaimForm = z.object({ ...csrf, decision: z.enum(CLAIM_STATUSES), version });

export const intakeForm = z.object({
  ...csrf,
  kind: z.enum(SOURCE_KINDS),
  label: requiredText(200),
  language: z.preprocess(
    (v) => (v === '' || v === 'auto' ? null : v),
    z
      .string()
      .regex(/^[a-z]{2,3}$/, 'a language code such as fr')
      .nullable()
      .default(null),
  ),
  receivedAt: localDateTime,
  url: z.preprocess(
    (v) => (v === '' ? null : v),
    z
      .url({ protocol: /^https?$/, error: 'a full address starting with https://' })
      .nullable()
      .default(null),
  ),
  text: z.string().default(''),
  witnessName: optionalText(200),
  witnessContact: optionalText(300),
  visibility: z.enum(VISIBILITIES).default('internal'),
  intake: z.enum(['paste', 'upload', 'call-note']).default('paste'),
});

export const sourceEditForm = z.object({
  ...csrf,
  label: requiredText(200),
  kind: z.enum(SOURCE_KINDS),
  url: z.preprocess(
    (v) => (v === '' ? null : v),
    z
      .url({ protocol: /^https?$/, error: 'a full address starting with https://' })
      .nullable()
      .default(null),
  ),
  visibility: z.enum(VISIBILITIES),
  version,
});

export const incidentForm = z.object({
  ...csrf,
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'lowercase letters, digits and dashes'),
  title: requiredText(300),
  summary: z.string().trim().max(5000).default(''),
  language: z.string().regex(/^[a-z]{2,3}$/, 'a language code such as en'),
  timezone: requiredText(64),
  startedAt: localDateTime,
  visibility: z.enum(VISIBILITIES).default('internal'),
});
export const incidentEditForm = incidentForm.omit({ slug: true }).extend({
  placeId: z.preprocess((v) => (v === '' ? null : v), z.uuid().nullable().default(null)),
  version,
});

export const eventForm = z.object({
  ...csrf,
  atLocal: localDateTime,
  atPrecision: z.enum(TIME_PRECISIONS),
  atApprox: checkbox,
  atBy: checkbox,
  placeId: z.preprocess((v) => (v === '' ? null : v), z.uuid().nullable().default(null)),
  title: requiredText(300),
  description: z.string().trim().max(5000).default(''),
  sourceIds: z.preprocess((v) => (v === undefined ? [] : ([] as unknown[]).concat(v)), z.array(z.uuid())),
  visibility: z.enum(VISIBILITIES),
  version: version.optional(),
});

export const placeForm = z.object({
  ...csrf,
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes')
    .optional(),
  nameEn: requiredText(200),
  nameFr: optionalText(200),
  nameRu: optionalText(200),
  nameKk: optionalText(200),
  kind: requiredText(40),
  lat: z.coerce.number().min(-90, 'between -90 and 90').max(90, 'between -90 and 90'),
  lon: z.coerce.number().min(-180, 'between -180 and 180').max(180, 'between -180 and 180'),
  version: version.optional(),
});

export const userForm = z.object({
  ...csrf,
  email: z.string().trim().email('an e-mail address'),
  name: requiredText(200),
  role: z.enum(ROLES),
});
export const userEditForm = z.object({ ...csrf, role: z.enum(ROLES), disabled: checkbox });

/** Field name → message for the first problem of each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}

export function asOfFrom(form: {
  asOfLocal: string | null;
  asOfPrecision: (typeof TIME_PRECISIONS)[number];
  asOfApprox: boolean;
  asOfBy: boolean;
}) {
  return form.asOfLocal
    ? { local: form.asOfLocal, precision: form.asOfPrecision, approx: form.asOfApprox, by: form.asOfBy }
    : null;
}

export const correctionForm = z.object({
  ...csrf,
  text: z
    .string()
    .refine((text) => text.trim() !== '', 'required')
    .refine((text) => Buffer.byteLength(text) <= 2 * 1024 * 1024, 'at most 2 MB'),
});

const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2011-12-17');
const optionalDay = z.preprocess((v) => (v === '' ? null : v), isoDay.nullable().default(null));
const countryCode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine(isCountryCode, 'a two-letter country code such as BE');
const optionalCoordinate = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z.coerce
      .number()
      .min(min, `between ${min} and ${max}`)
      .max(max, `between ${min} and ${max}`)
      .nullable()
      .default(null),
  );
const optionalUrl = z.preprocess(
  (v) => (v === '' ? null : v),
  z
    .url({ protocol: /^https?$/, error: 'a full address starting with https://' })
    .nullable()
    .default(null),
);

export const decisionForm = z.object({ ...csrf, status: z.enum(MODERATION_STATUSES), version });

export const solidarityActionForm = z.object({
  ...csrf,
  date: isoDay,
  country: countryCode,
  city: optionalText(300),
  lat: optionalCoordinate(-90, 90),
  lon: optionalCoordinate(-180, 180),
  organisation: optionalText(300),
  what: requiredText(300),
  link: optionalUrl,
  status: z.enum(MODERATION_STATUSES),
  version,
});

export const messageDeskForm = z.object({
  ...csrf,
  author: requiredText(300),
  country: z.preprocess((v) => (v === '' ? null : v), countryCode.nullable().default(null)),
  text: requiredText(2000),
  status: z.enum(MODERATION_STATUSES),
  version,
});

export const personForm = z.object({
  ...csrf,
  name: optionalText(200),
  protected: checkbox,
  descriptor: requiredText(200),
  role: requiredText(200),
  detainedPlace: optionalText(200),
  detainedAt: optionalDay,
  lawyer: optionalText(200),
  notes: z.string().trim().max(5000).default(''),
  visibility: z.enum(VISIBILITIES),
  version: version.optional(),
  // The first status, when a person is added.
  status: z.preprocess((v) => (v === '' ? undefined : v), z.enum(PERSON_STATUSES).optional()),
  statusDate: optionalDay,
});

export const statusForm = z.object({
  ...csrf,
  status: z.enum(PERSON_STATUSES),
  date: isoDay,
  sourceId: z.preprocess((v) => (v === '' ? null : v), z.uuid().nullable().default(null)),
  note: z.string().trim().max(1000).default(''),
  version,
});

export const demandForm = z.object({
  ...csrf,
  number: z.coerce.number().int('a whole number').min(1, '1 or more').max(999),
  text: requiredText(1000),
  language: z.string().regex(/^[a-z]{2,3}$/, 'a language code such as en'),
  status: z.enum(DEMAND_STATUSES),
  statusDate: optionalDay,
  version: version.optional(),
});

/** "Title | https://address", one link a line; a line without a title uses its address. */
const relatedLinks = z.string().transform((text, ctx) => {
  const links: { title: string; url: string }[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const bar = line.lastIndexOf('|');
    const title = (bar >= 0 ? line.slice(0, bar) : line).trim();
    const url = (bar >= 0 ? line.slice(bar + 1) : line).trim();
    if (!/^https?:\/\/\S+$/.test(url) || URL.canParse(url) === false) {
      ctx.addIssue({ code: 'custom', message: `line ${index + 1}: an http(s) address after "|"` });
      return z.NEVER;
    }
    links.push({ title: (title || url).slice(0, 300), url });
  }
  return links;
});

export const updateForm = z.object({
  ...csrf,
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'lowercase letters, digits and dashes'),
  title: requiredText(300),
  byline: requiredText(200),
  language: z.string().regex(/^[a-z]{2,3}$/, 'a language code such as en'),
  publishedAt: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'a date and time (UTC) such as 2011-12-17T09:00'),
  incident: optionalText(80),
  translationGroup: optionalText(100),
  related: relatedLinks.default([]),
  body: requiredText(100_000),
  visibility: z.enum(VISIBILITIES).default('internal'),
  version: version.optional(),
});

// The shape of an incident bundle on disk (incident.json plus verbatim source texts), as a user
// exports or writes it, and as the bundled example is kept. Zod gives the type and the check.
import { z } from 'zod';
import { CLAIM_STATUSES, METRICS, TIME_PRECISIONS } from '../../domain/claim.js';
import { DEMAND_STATUSES } from '../../domain/demand.js';
import { PERSON_STATUSES } from '../../domain/detainee.js';
import { isCountryCode, MODERATION_STATUSES } from '../../domain/solidarity.js';
import { SOURCE_KINDS, VISIBILITIES } from '../../domain/source.js';

const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes');

/** A wall-clock time in the incident's zone, without offset: "2011-12-16T12:45". */
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'write a local time as YYYY-MM-DDTHH:MM');

const reportedTime = z.strictObject({
  local: localDateTime,
  precision: z.enum(TIME_PRECISIONS),
  approx: z.boolean().default(false),
  by: z.boolean().default(false),
});

const visibility = z.enum(VISIBILITIES).default('public');

const placeSchema = z.strictObject({
  key,
  names: z
    .record(z.string().regex(/^[a-z]{2,3}$/, 'a language code such as en, fr, ru, kk'), z.string().min(1))
    .refine((names) => 'en' in names, 'names needs at least an "en" entry'),
  kind: z.string().min(1).max(40),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

const sourceSchema = z.strictObject({
  key,
  kind: z.enum(SOURCE_KINDS),
  label: z.string().min(1).max(200),
  language: z.string().regex(/^[a-z]{2,3}$/),
  receivedAt: localDateTime,
  url: z.url().nullable().default(null),
  visibility,
  textFile: z
    .string()
    .regex(/^[\w./-]+$/)
    .refine((p) => !p.includes('..'), 'textFile must stay inside the bundle'),
  witness: z
    .strictObject({ name: z.string().min(1), contact: z.string().default('') })
    .nullable()
    .default(null),
});

const claimSchema = z
  .strictObject({
    source: key,
    metric: z.enum(METRICS),
    min: z.number().int().min(0),
    max: z.number().int().min(0).nullable(),
    approx: z.boolean().default(false),
    hedged: z.boolean().default(false),
    attribution: z.string().min(1).nullable().default(null),
    subject: z.string().min(1).nullable().default(null),
    asOf: reportedTime.nullable().default(null),
    place: key.nullable().default(null),
    /** The exact words in the source text; the loader finds their offsets. */
    quote: z.string().min(1),
    /** Which occurrence of the quote in the text, when it appears more than once (1 = first). */
    occurrence: z.number().int().min(1).default(1),
    status: z.enum(CLAIM_STATUSES).default('accepted'),
  })
  .refine((c) => c.max === null || c.max >= c.min, { message: 'max is below min', path: ['max'] });

const eventSchema = z.strictObject({
  at: reportedTime,
  place: key.nullable().default(null),
  title: z.string().min(1).max(300),
  description: z.string().default(''),
  sources: z.array(key).default([]),
  visibility,
});

const textFile = z
  .string()
  .regex(/^[\w./-]+$/)
  .refine((p) => !p.includes('..'), 'a file must stay inside the bundle');

/** A published article about the incident; its Markdown body is a file beside incident.json. */
const updateSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'a slug is lowercase letters, digits and dashes'),
  title: z.string().min(1).max(300),
  byline: z.string().min(1).max(200),
  language: z.string().regex(/^[a-z]{2,3}$/),
  publishedAt: localDateTime,
  bodyFile: textFile,
  /** Updates sharing a group are translations of one another. */
  translationGroup: key.nullable().default(null),
  related: z.array(z.strictObject({ title: z.string().min(1).max(300), url: z.url() })).default([]),
  visibility,
});

/** A calendar day: "2011-12-17". */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write a day as YYYY-MM-DD');
const country = z.string().refine(isCountryCode, 'a two-letter country code in capitals, such as BE');

const solidarityActionSchema = z
  .strictObject({
    date: day,
    country,
    city: z.string().min(1).max(300).nullable().default(null),
    organisation: z.string().min(1).max(300).nullable().default(null),
    what: z.string().min(1).max(300),
    link: z
      .url({ protocol: /^https?$/, error: 'a link is an http(s) address' })
      .nullable()
      .default(null),
    lat: z.number().min(-90).max(90).nullable().default(null),
    lon: z.number().min(-180).max(180).nullable().default(null),
    status: z.enum(MODERATION_STATUSES).default('approved'),
  })
  .refine((a) => (a.lat === null) === (a.lon === null), { message: 'give lat and lon together', path: ['lat'] });

const messageSchema = z.strictObject({
  author: z.string().min(1).max(300),
  country: country.nullable().default(null),
  text: z.string().min(1).max(2000),
  receivedAt: localDateTime,
  status: z.enum(MODERATION_STATUSES).default('approved'),
});

const personSchema = z
  .strictObject({
    /** Null when the desk does not know the name; a protected person is shown by `descriptor`. */
    name: z.string().min(1).max(200).nullable().default(null),
    // Both asked for, never assumed: a detained person's name is published only when someone
    // wrote that it may be.
    protected: z.boolean({ error: 'say whether the person is protected (true or false)' }),
    descriptor: z.string().min(1).max(200),
    role: z.string().min(1).max(200),
    detainedPlace: z.string().min(1).max(200).nullable().default(null),
    detainedAt: day.nullable().default(null),
    lawyer: z.string().min(1).max(200).nullable().default(null),
    notes: z.string().max(5000).default(''),
    visibility: z.enum(VISIBILITIES, { error: 'say whether the person is public or internal' }),
    history: z
      .array(
        z.strictObject({
          status: z.enum(PERSON_STATUSES),
          date: day,
          source: key.nullable().default(null),
          note: z.string().max(1000).default(''),
        }),
      )
      .default([]),
  })
  .refine((p) => p.protected || p.name !== null, {
    message: 'a person shown by name needs a name; set "protected": true to show the descriptor only',
    path: ['name'],
  });

const demandSchema = z.strictObject({
  number: z.number().int().min(1),
  text: z.string().min(1).max(1000),
  language: z.string().regex(/^[a-z]{2,3}$/),
  status: z.enum(DEMAND_STATUSES).default('open'),
  statusDate: day.nullable().default(null),
});

export const bundleSchema = z.strictObject({
  format: z.literal('temoin-bundle/1'),
  incident: z.strictObject({
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'a slug is lowercase letters, digits and dashes'),
    title: z.string().min(1).max(300),
    summary: z.string().default(''),
    language: z.string().regex(/^[a-z]{2,3}$/),
    timezone: z.string().min(1),
    startedAt: localDateTime,
    place: key.nullable().default(null),
    visibility,
  }),
  places: z.array(placeSchema).default([]),
  sources: z.array(sourceSchema).default([]),
  claims: z.array(claimSchema).default([]),
  events: z.array(eventSchema).default([]),
  updates: z.array(updateSchema).default([]),
  solidarity: z.array(solidarityActionSchema).default([]),
  messages: z.array(messageSchema).default([]),
  persons: z.array(personSchema).default([]),
  demands: z.array(demandSchema).default([]),
});

export type Bundle = z.infer<typeof bundleSchema>;
export type BundleClaim = Bundle['claims'][number];
export type BundleUpdate = Bundle['updates'][number];
export type BundleReportedTime = z.infer<typeof reportedTime>;

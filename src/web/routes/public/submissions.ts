// Readers' forms: report a solidarity action, send a message. The only public routes that take
// a body, so cookies, form bodies, CSRF checks and the per-address rate limit are registered in
// this plugin alone. Form pages carry a CSRF token and are never cached; the incident page
// (cached) only links to them.
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { senderKey } from '../../../domain/sender-address.js';
import { isCountryCode } from '../../../domain/solidarity.js';
import { MAX_LINKS } from '../../../domain/submission.js';
import { isLocale, type Locale, translator } from '../../../i18n/translator.js';
import { sharedSecret } from '../../../services/desk/secrets.js';
import {
  incidentForForms,
  SUBMISSION_LIMIT,
  type SubmissionOutcome,
  type SubmissionReason,
  submitAction,
  submitMessage,
} from '../../../services/submissions.js';
import type { Db } from '../../../store/database.js';
import { sendError } from '../../errors.js';
import { serverLinks, sitePaths } from '../../links.js';
import {
  type PageSetting,
  renderActionFormPage,
  renderMessageFormPage,
  renderSubmissionResultPage,
} from '../../public-pages.js';
import { slugParams } from '../params.js';

/** A form body is small: the longest message is 2,000 characters. */
const BODY_LIMIT = 32 * 1024;

const optional = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
  z.string().nullable().default(null),
);
const day = /^\d{4}-\d{2}-\d{2}$/;

/** Today in UTC plus a day: a reader east of Greenwich may already be on the next date. */
const latestDate = () => new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);

const actionForm = z.object({
  _csrf: z.string().optional(),
  date: z
    .string()
    .trim()
    .refine(
      (v) => day.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && v <= latestDate() && v >= '1900-01-01',
    ),
  country: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .refine(isCountryCode),
  city: optional,
  organisation: optional,
  what: z.string().default(''),
  link: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v),
    z
      .url({ protocol: /^https?$/ })
      .nullable()
      .default(null),
  ),
  website: z.string().optional(),
});

const messageForm = z.object({
  _csrf: z.string().optional(),
  author: z.string().default(''),
  country: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim().toUpperCase() : v),
    z.string().refine(isCountryCode).nullable().default(null),
  ),
  text: z.string().default(''),
  website: z.string().optional(),
});

const HINTS = new Set(['date', 'country', 'link']);
const REASON_KEYS: Record<SubmissionReason, string> = {
  honeypot: 'submit.reason.honeypot',
  'too-long': 'submit.reason.tooLong',
  markup: 'submit.reason.markup',
  'too-many-links': 'submit.reason.tooManyLinks',
  empty: 'submit.reason.empty',
  throttled: 'submit.reason.throttled',
};

/** The reason a submission was refused, in the reader's language, naming the field by its label. */
function refusalText(locale: Locale, reason: SubmissionReason | 'invalid', field: string | null): string {
  const tr = translator(locale);
  const label = field ? tr.t(`submit.${field}`) : '';
  if (reason === 'invalid') {
    const hint = tr.t(`submit.hint.${field && HINTS.has(field) ? field : 'form'}`);
    return tr.t('submit.reason.invalid', { field: label, hint });
  }
  return tr.t(REASON_KEYS[reason], { field: label, max: MAX_LINKS });
}

function send(reply: FastifyReply, status: number, body: string) {
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
}

function localeOfUrl(url: string): Locale {
  const prefix = url.split('/')[1] ?? '';
  return isLocale(prefix) ? prefix : 'en';
}

export const submissionRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  await app.register(cookie, { secret: await sharedSecret(db, 'public-forms') });
  await app.register(formbody, { bodyLimit: BODY_LIMIT });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    // Its own cookie name: the desk's CSRF cookie (path /desk) must never be shadowed by this one.
    cookieKey: 'temoin_form',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'strict', path: '/', secure: 'auto' },
  });
  // A first line against floods, per address and per server; the store counts across servers.
  await app.register(rateLimit, {
    global: false,
    keyGenerator: (request) => senderKey(request.ip),
    errorResponseBuilder: () => Object.assign(new Error('throttled'), { statusCode: 429, code: 'TEMOIN_THROTTLED' }),
  });

  const setting = (request: FastifyRequest, locale: Locale, path: (l: Locale) => string): PageSetting => ({
    locale,
    links: serverLinks(`${request.protocol}://${request.host}`),
    inLocale: path,
    live: true,
  });

  async function target(request: FastifyRequest) {
    const { lang } = request.params as { lang: string };
    const params = slugParams.safeParse(request.params);
    if (!isLocale(lang) || !params.success) return null;
    const incident = await incidentForForms(db, params.data.slug);
    return incident ? { locale: lang, incident } : null;
  }

  function answer(
    request: FastifyRequest,
    reply: FastifyReply,
    kind: 'action' | 'message',
    found: { locale: Locale; incident: { slug: string; title: string } },
    outcome: SubmissionOutcome | { status: 'invalid'; field: string | null },
  ) {
    const { locale, incident } = found;
    const formPath = (kind === 'action' ? sitePaths.actionForm : sitePaths.messageForm)(locale, incident.slug);
    const page = (status: number, refusal: string | null) =>
      send(
        reply,
        status,
        renderSubmissionResultPage(
          setting(request, locale, (l) => sitePaths.incident(l, incident.slug)),
          {
            incident,
            kind,
            refusal,
            formPath,
          },
        ),
      );
    switch (outcome.status) {
      case 'no-incident':
        return sendError(request, reply, 404, 'not_found', translator(locale).t('error.noIncident'));
      case 'invalid':
        return page(400, refusalText(locale, 'invalid', outcome.field));
      case 'refused':
        return page(outcome.reason === 'throttled' ? 429 : 400, refusalText(locale, outcome.reason, outcome.field));
      default:
        // A duplicate gets the same thanks: the sender learns nothing about what others sent.
        return page(200, null);
    }
  }

  app.setErrorHandler((error, request, reply) => {
    const status = (error as { statusCode?: unknown }).statusCode;
    const code = (error as { code?: unknown }).code;
    const tr = translator(localeOfUrl(request.url));
    if (code === 'TEMOIN_THROTTLED') {
      return sendError(
        request,
        reply.header('cache-control', 'no-store'),
        429,
        'throttled',
        tr.t('submit.reason.throttled'),
      );
    }
    if (typeof code === 'string' && code.startsWith('FST_CSRF')) {
      return sendError(
        request,
        reply.header('cache-control', 'no-store'),
        403,
        'forbidden',
        tr.t('submit.reason.expired'),
      );
    }
    if (status === 413) {
      return sendError(request, reply, 413, 'too_large', tr.t('submit.reason.tooLong', { field: tr.t('submit.text') }));
    }
    throw error;
  });

  // After the body is parsed: a form needs its CSRF token.
  app.addHook('preHandler', (request, reply, done) => {
    if (request.method === 'GET' || request.method === 'HEAD') return done();
    return app.csrfProtection(request, reply, done);
  });

  const noIncident = (request: FastifyRequest, reply: FastifyReply) =>
    sendError(request, reply, 404, 'not_found', translator(localeOfUrl(request.url)).t('error.noIncident'));
  const limit = { rateLimit: { max: SUBMISSION_LIMIT.max, timeWindow: SUBMISSION_LIMIT.windowMs } };

  app.get('/:lang/incidents/:slug/solidarity/new', async (request, reply) => {
    const found = await target(request);
    if (!found) return noIncident(request, reply);
    const { locale, incident } = found;
    return send(
      reply,
      200,
      renderActionFormPage(
        setting(request, locale, (l) => sitePaths.actionForm(l, incident.slug)),
        {
          incident,
          csrfToken: reply.generateCsrf(),
          today: latestDate(),
        },
      ),
    );
  });

  app.get('/:lang/incidents/:slug/messages/new', async (request, reply) => {
    const found = await target(request);
    if (!found) return noIncident(request, reply);
    const { locale, incident } = found;
    return send(
      reply,
      200,
      renderMessageFormPage(
        setting(request, locale, (l) => sitePaths.messageForm(l, incident.slug)),
        {
          incident,
          csrfToken: reply.generateCsrf(),
        },
      ),
    );
  });

  app.post('/:lang/incidents/:slug/solidarity', { config: limit }, async (request, reply) => {
    const found = await target(request);
    if (!found) return noIncident(request, reply);
    const form = actionForm.safeParse(request.body ?? {});
    if (!form.success) {
      const field = String(form.error.issues[0]?.path[0] ?? '') || null;
      return answer(request, reply, 'action', found, { status: 'invalid', field });
    }
    const { website, _csrf, ...input } = form.data;
    const outcome = await submitAction(db, found.incident.slug, input, { address: request.ip, honeypot: website });
    return answer(request, reply, 'action', found, outcome);
  });

  app.post('/:lang/incidents/:slug/messages', { config: limit }, async (request, reply) => {
    const found = await target(request);
    if (!found) return noIncident(request, reply);
    const form = messageForm.safeParse(request.body ?? {});
    if (!form.success) {
      const field = String(form.error.issues[0]?.path[0] ?? '') || null;
      return answer(request, reply, 'message', found, { status: 'invalid', field });
    }
    const { website, _csrf, ...input } = form.data;
    const outcome = await submitMessage(db, found.incident.slug, input, { address: request.ip, honeypot: website });
    return answer(request, reply, 'message', found, outcome);
  });
};

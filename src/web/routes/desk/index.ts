// The desk: everything under /desk. Cookies, form bodies, uploads and CSRF checks are registered
// here, for the desk only; every state-changing request must carry a valid CSRF token, and every
// route finds the acting user from the session cookie.
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { h } from 'preact';
import { userOfSession } from '../../../services/desk/accounts.js';
import type { Extractor } from '../../../services/desk/intake.js';
import { sharedSecret } from '../../../services/desk/secrets.js';
import type { Db } from '../../../store/database.js';
import { DeskMessage } from '../../views/desk/desk-layout.js';
import { authRoutes } from './auth.js';
import { SESSION_COOKIE } from './context.js';
import { deskDetaineeRoutes } from './detainees.js';
import { deskIncidentRoutes } from './incidents.js';
import { sendPage } from './render.js';
import { deskReviewRoutes } from './review.js';
import { deskSolidarityRoutes } from './solidarity.js';
import { deskUpdateRoutes } from './updates.js';
import { deskUserRoutes } from './users.js';

/** The largest report the desk takes, pasted or uploaded. */
export const MAX_REPORT_BYTES = 2 * 1024 * 1024;

export interface DeskOptions {
  db: Db;
  extract: Extractor;
}

export const deskRoutes: FastifyPluginAsync<DeskOptions> = async (app, { db, extract }) => {
  await app.register(cookie, { secret: await sharedSecret(db, 'cookie') });
  await app.register(formbody, { bodyLimit: MAX_REPORT_BYTES + 64 * 1024 });
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    // One byte over the limit lets a truncated field be told from one that fits.
    limits: { fileSize: MAX_REPORT_BYTES, files: 1, fields: 40, fieldSize: MAX_REPORT_BYTES + 1 },
  });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'strict', path: '/desk', secure: 'auto' },
  });
  await app.register(fastifyStatic, {
    root: fileURLToPath(new URL('../../assets/desk/', import.meta.url)),
    prefix: '/assets/',
    decorateReply: false,
    maxAge: '1h',
  });

  app.setErrorHandler((error, request, reply) => {
    const status = (error as { statusCode?: unknown }).statusCode;
    const code = (error as { code?: unknown }).code;
    if (status === 413 || code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_PARTS_LIMIT') {
      return sendPage(
        reply,
        h(DeskMessage, {
          status: 413,
          message: 'Too large: a report can be at most 2 MB. Split it into parts and add each.',
          actor: request.actor,
        }),
        413,
      );
    }
    if (typeof code === 'string' && code.startsWith('FST_CSRF')) {
      return sendPage(
        reply,
        h(DeskMessage, {
          status: 403,
          message: 'This form has expired or did not come from the desk. Open the page again and resend it.',
          actor: request.actor,
        }),
        403,
      );
    }
    throw error;
  });

  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await userOfSession(db, token) : null;
  });
  // After the body is parsed: every state-changing request needs the form's CSRF token.
  app.addHook('preHandler', (request, reply, done) => {
    if (request.method === 'GET' || request.method === 'HEAD') return done();
    return app.csrfProtection(request, reply, done);
  });
  app.addHook('onSend', async (_request, reply) => {
    // The desk allows its own small scripts (keyboard shortcuts); the public site allows none.
    reply.header(
      'content-security-policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
  });

  await app.register(authRoutes, { db });
  await app.register(deskIncidentRoutes, { db });
  await app.register(deskReviewRoutes, { db, extract });
  await app.register(deskUserRoutes, { db });
  await app.register(deskSolidarityRoutes, { db });
  await app.register(deskDetaineeRoutes, { db });
  await app.register(deskUpdateRoutes, { db });
};

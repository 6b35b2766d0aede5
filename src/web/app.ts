// The Fastify application: security headers, the public pages and API, and errors that never
// show internals. Routes stay thin; they validate, call a service, and render.
import { fileURLToPath } from 'node:url';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { extractClaims } from '../extract/index.js';
import type { Extractor } from '../services/desk/intake.js';
import type { Db } from '../store/database.js';
import { sendCompressible } from './compressed-reply.js';
import { sendError } from './errors.js';
import { apiIncidentRoutes } from './routes/api/incidents.js';
import { deskRoutes } from './routes/desk/index.js';
import { publicPageRoutes } from './routes/public/pages.js';
import { submissionRoutes } from './routes/public/submissions.js';
import { publicStylesheet } from './stylesheet.js';

export interface AppOptions {
  db: Db;
  logLevel?: string;
  /** Turns a report's text into proposed claims; the engine in src/extract unless a test swaps it. */
  extract?: Extractor;
  /** How many reverse proxies stand in front (TRUST_PROXY); none by default. */
  trustProxyHops?: number;
}

/**
 * Behind N reverse proxies, the socket's peer and the next hops up to N are ours, trusted; the
 * address before them is the client. The client's own X-Forwarded-For entries are never
 * believed, or anyone could pick a new address for each request and walk past the rate limits.
 */
function trustFirstHops(hops: number): false | ((address: string, hop: number) => boolean) {
  return hops > 0 ? (_address, hop) => hop < hops : false;
}

export async function buildApp({
  db,
  logLevel = 'silent',
  extract = extractClaims,
  trustProxyHops = 0,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    // Route params and queries are checked with zod in each route; Fastify's own limits stay.
    bodyLimit: 1024 * 1024,
    trustProxy: trustFirstHops(trustProxyHops),
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  // Registered before the static folder so that readers get the minified stylesheet.
  const stylesheet = { body: publicStylesheet() };
  app.get('/assets/site.css', async (request, reply) =>
    sendCompressible(
      request,
      reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600'),
      stylesheet,
    ),
  );
  await app.register(fastifyStatic, {
    root: fileURLToPath(new URL('./assets/', import.meta.url)),
    prefix: '/assets/',
    maxAge: '1h',
  });

  app.setNotFoundHandler((request, reply) => sendError(request, reply, 404, 'not_found', 'No page at this address.'));
  app.setErrorHandler((error, request, reply) => {
    const statusCode = (error as { statusCode?: unknown }).statusCode;
    const status = typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500 ? statusCode : 500;
    if (status === 500) {
      request.log.error({ err: error }, 'request failed');
      return sendError(request, reply, 500, 'internal', 'The server could not answer this request.');
    }
    return sendError(request, reply, status, 'bad_request', error instanceof Error ? error.message : 'Bad request.');
  });

  await app.register(publicPageRoutes, { db });
  await app.register(submissionRoutes, { db });
  await app.register(apiIncidentRoutes, { db, prefix: '/api' });
  await app.register(deskRoutes, { db, extract, prefix: '/desk' });
  return app;
}

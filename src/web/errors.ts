// One way to answer with an error: JSON with a stable code under /api, an HTML page elsewhere.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isLocale, type Locale } from '../i18n/translator.js';
import { serverLinks, sitePaths } from './links.js';
import { renderErrorPage } from './public-pages.js';

export type ErrorCode =
  | 'not_found'
  | 'invalid_query'
  | 'bad_request'
  | 'unauthorised'
  | 'forbidden'
  | 'too_large'
  | 'throttled'
  | 'internal';

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  message: string,
  field?: string,
) {
  reply.code(status);
  if (request.url.startsWith('/api/')) {
    return reply.send({ error: { code, message, ...(field ? { field } : {}) } });
  }
  // The page speaks the language of the address asked for (/fr/...), else English.
  const prefix = request.url.split('/')[1] ?? '';
  const locale: Locale = isLocale(prefix) ? prefix : 'en';
  const setting = { locale, links: serverLinks(null), inLocale: sitePaths.home };
  return reply.type('text/html; charset=utf-8').send(renderErrorPage(setting, status, message));
}

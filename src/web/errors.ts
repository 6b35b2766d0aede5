// One way to answer with an error: JSON with a stable code under /api, an HTML page elsewhere.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { renderDocument } from './render.js';
import { ErrorPage } from './views/error-page.js';

export type ErrorCode = 'not_found' | 'invalid_query' | 'bad_request' | 'internal';

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
  return reply.type('text/html; charset=utf-8').send(renderDocument(h(ErrorPage, { status, message })));
}

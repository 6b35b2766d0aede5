// Desk pages are rendered here: HTML, never cached, never indexed.
import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderDocument } from '../../render.js';

export function sendPage<P>(reply: FastifyReply, view: VNode<P>, status = 200) {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(renderDocument(view));
}

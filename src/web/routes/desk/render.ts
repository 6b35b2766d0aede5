// Desk pages are rendered here: HTML, never cached, never indexed.
import type { FastifyReply } from 'fastify';
import { h, type VNode } from 'preact';
import type { User } from '../../../domain/user.js';
import type { SaveResult } from '../../../services/desk/desk-error.js';
import { renderDocument } from '../../render.js';
import { ConflictPage } from '../../views/desk/conflict-page.js';

export function sendPage<P>(reply: FastifyReply, view: VNode<P>, status = 200) {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(renderDocument(view));
}

/**
 * After a versioned save: on to `saved`, or, when someone saved the record first, both versions
 * side by side (409) with a way back to the form at `backTo`.
 */
export function redirectOrConflict<T extends object>(
  reply: FastifyReply,
  actor: User,
  result: SaveResult<T>,
  page: { what: string; saved: string; backTo: string },
) {
  if (result.ok) return reply.redirect(page.saved, 303);
  const { mine, theirs } = result.conflict;
  return sendPage(reply, h(ConflictPage, { actor, what: page.what, mine, theirs, backTo: page.backTo }), 409);
}

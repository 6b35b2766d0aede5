// What every desk route shares: the acting user on the request, the session cookie, and the
// mapping of desk errors to answers.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { User } from '../../../domain/user.js';
import type { Permission } from '../../../policy/permissions.js';
import { requirePermission } from '../../../services/desk/actor.js';
import { DeskError } from '../../../services/desk/desk-error.js';
import { sendError } from '../../errors.js';
import { DeskMessage } from '../../views/desk/desk-layout.js';
import { sendPage } from './render.js';

export const SESSION_COOKIE = 'temoin_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: User | null;
  }
}

/** The logged-in user, or null after answering: a page sends to login, a form gets 401. */
export function actorOrLogin(request: FastifyRequest, reply: FastifyReply): User | null {
  if (request.actor) return request.actor;
  if (request.method === 'GET') {
    void reply.redirect(`/desk/login?next=${encodeURIComponent(request.url)}`, 303);
  } else {
    void sendError(request, reply, 401, 'unauthorised', 'Log in to do this.');
  }
  return null;
}

const STATUS = { not_found: 404, forbidden: 403, invalid: 400 } as const;

/** Answers a desk error with its status; anything else is a bug and goes to the error handler. */
export function sendDeskError(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  if (!(error instanceof DeskError)) throw error;
  const message = error.field ? `${error.field}: ${error.message}` : error.message;
  return sendPage(
    reply,
    h(DeskMessage, { status: STATUS[error.kind], message, actor: request.actor }),
    STATUS[error.kind],
  );
}

/**
 * A desk route: finds the acting user (or sends to login), checks the permission the route needs
 * before reading any input (so that a role without it learns nothing from validation errors),
 * runs the handler, and answers a desk error with its page. Anything else is a bug and reaches
 * the app's error handler. The services check the permission again: a route is not the only way in.
 */
export function deskRoute(
  handler: (request: FastifyRequest, reply: FastifyReply, actor: User) => Promise<unknown>,
  permission?: Permission,
) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const actor = actorOrLogin(request, reply);
    if (!actor) return reply;
    try {
      if (permission) requirePermission(actor, permission);
      return await handler(request, reply, actor);
    } catch (error) {
      return sendDeskError(request, reply, error);
    }
  };
}

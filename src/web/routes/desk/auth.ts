// Logging in and out of the desk. Throttled per account and per address (in the store, so every
// server counts alike), and the reply never says whether an e-mail has an account.
import type { FastifyPluginAsync } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import { logIn, logOut, SESSION_HOURS } from '../../../services/desk/accounts.js';
import type { Db } from '../../../store/database.js';
import { LoginPage } from '../../views/desk/login-page.js';
import { SESSION_COOKIE } from './context.js';
import { sendPage } from './render.js';

const loginForm = z.object({
  email: z.string().max(320).default(''),
  password: z.string().max(1024).default(''),
  next: z.string().default('/desk'),
});

/** Only a desk path may follow a login: never another site. */
function safeNext(next: string): string {
  return /^\/desk(\/[\w\-./?=&%]*)?$/.test(next) && !next.startsWith('//') ? next : '/desk';
}

export const authRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get('/login', async (request, reply) => {
    const next = safeNext(String((request.query as Record<string, unknown>).next ?? '/desk'));
    if (request.actor) return reply.redirect(next, 303);
    return sendPage(reply, h(LoginPage, { csrfToken: reply.generateCsrf(), next }));
  });

  app.post('/login', async (request, reply) => {
    const form = loginForm.safeParse(request.body ?? {});
    const input = form.success ? form.data : { email: '', password: '', next: '/desk' };
    const result = await logIn(db, { email: input.email, password: input.password, address: request.ip });
    if (!result.ok) {
      const message =
        result.reason === 'throttled'
          ? `Too many failed attempts. Try again in ${result.retryAfterMinutes} minutes.`
          : 'This e-mail and password do not match an account.';
      const status = result.reason === 'throttled' ? 429 : 401;
      return sendPage(
        reply,
        h(LoginPage, { csrfToken: reply.generateCsrf(), next: safeNext(input.next), message, email: input.email }),
        status,
      );
    }
    reply.setCookie(SESSION_COOKIE, result.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: 'auto',
      maxAge: SESSION_HOURS * 3600,
    });
    return reply.redirect(safeNext(input.next), 303);
  });

  app.post('/logout', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await logOut(db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/desk/login', 303);
  });
};

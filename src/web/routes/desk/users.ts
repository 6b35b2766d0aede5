// Desk routes for accounts (admins only).
import type { FastifyPluginAsync } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import { AccountError } from '../../../services/desk/accounts.js';
import { requirePermission } from '../../../services/desk/actor.js';
import { DeskError } from '../../../services/desk/desk-error.js';
import { addAccount, changeAccount, listAccounts } from '../../../services/desk/users.js';
import type { Db } from '../../../store/database.js';
import { UsersPage } from '../../views/desk/users-page.js';
import { deskRoute } from './context.js';
import { fieldErrors, userEditForm, userForm } from './forms.js';
import { sendPage } from './render.js';

const idParams = z.object({ id: z.uuid() });

export const deskUserRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/users',
    deskRoute(async (_request, reply, actor) => {
      return sendPage(
        reply,
        h(UsersPage, { actor, csrfToken: reply.generateCsrf(), users: await listAccounts(db, actor) }),
      );
    }),
  );

  app.post(
    '/users',
    deskRoute(async (request, reply, actor) => {
      requirePermission(actor, 'users.manage');
      const form = userForm.safeParse(request.body ?? {});
      let errors = form.success ? {} : fieldErrors(form.error);
      if (form.success) {
        try {
          const { user, password } = await addAccount(db, actor, form.data);
          const users = await listAccounts(db, actor);
          return sendPage(
            reply,
            h(UsersPage, { actor, csrfToken: reply.generateCsrf(), users, created: { email: user.email, password } }),
          );
        } catch (error) {
          if (!(error instanceof AccountError)) throw error;
          errors = { [error.field]: error.message };
        }
      }
      const users = await listAccounts(db, actor);
      return sendPage(reply, h(UsersPage, { actor, csrfToken: reply.generateCsrf(), users, errors }), 400);
    }),
  );

  app.post(
    '/users/:id',
    deskRoute(async (request, reply, actor) => {
      requirePermission(actor, 'users.manage');
      const params = idParams.safeParse(request.params);
      if (!params.success) throw new DeskError('not_found', 'No such account.');
      const form = userEditForm.safeParse(request.body ?? {});
      if (!form.success) throw new DeskError('invalid', 'Choose a role.', 'role');
      await changeAccount(db, actor, params.data.id, form.data);
      return reply.redirect('/desk/users', 303);
    }),
  );
};

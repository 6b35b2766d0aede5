// Desk routes to moderate what readers sent: the list per incident, a decision in one click,
// and a correction form. Editors only; every save names the version it started from.
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import type { User } from '../../../domain/user.js';
import type { SaveResult } from '../../../services/desk/desk-error.js';
import {
  decideAction,
  decideMessage,
  getDeskAction,
  getDeskMessage,
  getDeskSolidarity,
  incidentSlug,
  moderateAction,
  moderateMessage,
} from '../../../services/desk/solidarity.js';
import type { Db } from '../../../store/database.js';
import { RecordFormPage } from '../../views/desk/record-form-page.js';
import { ActionForm, MessageForm, SolidarityDeskPage } from '../../views/desk/solidarity-desk-page.js';
import { deskRoute } from './context.js';
import { decisionForm, messageDeskForm, solidarityActionForm } from './forms.js';
import { parse } from './parse.js';
import { redirectOrConflict, sendPage } from './render.js';

const slugParams = z.object({ slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/) });
const idParams = z.object({ id: z.uuid() });

export const deskSolidarityRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/incidents/:slug/solidarity',
    deskRoute(async (request, reply, actor) => {
      const { slug } = parse(slugParams, request.params, true);
      const record = await getDeskSolidarity(db, actor, slug);
      return sendPage(reply, h(SolidarityDeskPage, { actor, csrfToken: reply.generateCsrf(), record }));
    }, 'solidarity.moderate'),
  );

  const listOf = async (incidentId: string) => `/desk/incidents/${await incidentSlug(db, incidentId)}/solidarity`;
  /** Back to the list after a save, or both versions side by side after a clash. */
  async function afterAction<T extends object>(reply: FastifyReply, actor: User, id: string, result: SaveResult<T>) {
    const { record } = await getDeskAction(db, actor, id);
    const saved = `${await listOf(record.incidentId)}#action-${id}`;
    return redirectOrConflict(reply, actor, result, {
      what: 'solidarity action',
      saved,
      backTo: `/desk/solidarity-actions/${id}`,
    });
  }
  async function afterMessage<T extends object>(reply: FastifyReply, actor: User, id: string, result: SaveResult<T>) {
    const { record } = await getDeskMessage(db, actor, id);
    const saved = `${await listOf(record.incidentId)}#message-${id}`;
    return redirectOrConflict(reply, actor, result, { what: 'message', saved, backTo: `/desk/messages/${id}` });
  }

  app.post(
    '/solidarity-actions/:id/decision',
    deskRoute(async (request, reply, actor) => {
      const { id } = parse(idParams, request.params, true);
      const form = parse(decisionForm, request.body);
      const result = await decideAction(db, actor, id, form.status, form.version);
      return afterAction(reply, actor, id, result);
    }, 'solidarity.moderate'),
  );

  app.get(
    '/solidarity-actions/:id',
    deskRoute(async (request, reply, actor) => {
      const { id } = parse(idParams, request.params, true);
      const { record, version } = await getDeskAction(db, actor, id);
      const csrfToken = reply.generateCsrf();
      return sendPage(
        reply,
        h(RecordFormPage, {
          actor,
          csrfToken,
          title: `Solidarity action: ${record.what}`,
          backTo: `/desk/incidents/${await incidentSlug(db, record.incidentId)}/solidarity`,
          historyHref: `/desk/history/solidarity_action/${id}`,
          children: h(ActionForm, { csrfToken, action: record, version }),
        }),
      );
    }, 'solidarity.moderate'),
  );

  app.post(
    '/solidarity-actions/:id',
    deskRoute(async (request, reply, actor) => {
      const { id } = parse(idParams, request.params, true);
      const { _csrf, version, ...input } = parse(solidarityActionForm, request.body);
      const result = await moderateAction(db, actor, id, input, version);
      return afterAction(reply, actor, id, result);
    }, 'solidarity.moderate'),
  );

  app.post(
    '/messages/:id/decision',
    deskRoute(async (request, reply, actor) => {
      const { id } = parse(idParams, request.params, true);
      const form = parse(decisionForm, request.body);
      const result = await decideMessage(db, actor, id, form.status, form.version);
      return afterMessage(reply, actor, id, result);
    }, 'solidarity.moderate'),
  );

  app.get(
    '/messages/:id',
    deskRoute(async (request, reply, actor) => {
      const { id } = parse(idParams, request.params, true);
      const { record, version } = await getDeskMessage(db, actor, id);
      const csrfToken = reply.generateCsrf();
      return sendPage(
        reply,
        h(RecordFormPage, {
          actor,
          csrfToken,
          title: `Message from ${record.author}`,
          backTo: `/desk/incidents/${await incidentSlug(db, record.incidentId)}/solidarity`,
          historyHref: `/desk/history/message/${id}`,
          children: h(MessageForm, { csrfToken, message: record, version }),
        }),
      );
    }, 'solidarity.moderate'),
  );

  app.post(
    '/messages/:id',
    deskRoute(async (request, reply, actor) => {
      const { id } = parse(idParams, request.params, true);
      const { _csrf, version, ...input } = parse(messageDeskForm, request.body);
      const result = await moderateMessage(db, actor, id, input, version);
      return afterMessage(reply, actor, id, result);
    }, 'solidarity.moderate'),
  );
};

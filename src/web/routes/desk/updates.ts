// Writing updates on the desk. A refused save shows the form again with what was typed and the
// reason, never a page that loses a long text.
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import type { User } from '../../../domain/user.js';
import { DeskError } from '../../../services/desk/desk-error.js';
import {
  createUpdate,
  editUpdate,
  getDeskUpdate,
  listDeskUpdates,
  type UpdateInput,
} from '../../../services/desk/updates.js';
import type { Db } from '../../../store/database.js';
import { RecordFormPage } from '../../views/desk/record-form-page.js';
import {
  blankUpdate,
  formValuesOf,
  UpdateForm,
  type UpdateFormValues,
  UpdatesDeskPage,
} from '../../views/desk/updates-desk-page.js';
import { deskRoute } from './context.js';
import { updateForm } from './forms.js';
import { parse } from './parse.js';
import { redirectOrConflict, sendPage } from './render.js';

const idParams = z.object({ id: z.uuid() });

/** What the browser sent, as the form shows it again. */
function typedValues(body: unknown, fallback: UpdateFormValues): UpdateFormValues {
  const sent = (body ?? {}) as Record<string, unknown>;
  const text = (key: keyof UpdateFormValues) => (typeof sent[key] === 'string' ? (sent[key] as string) : fallback[key]);
  return {
    slug: text('slug'),
    title: text('title'),
    byline: text('byline'),
    language: text('language'),
    publishedAt: text('publishedAt'),
    incident: text('incident'),
    translationGroup: text('translationGroup'),
    related: text('related'),
    body: text('body'),
    visibility: text('visibility'),
  };
}

function inputOf(form: z.infer<typeof updateForm>): UpdateInput {
  const { _csrf, version, publishedAt, ...rest } = form;
  return { ...rest, publishedAt: `${publishedAt}:00.000Z` };
}

export const deskUpdateRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  async function sendForm(
    reply: FastifyReply,
    actor: User,
    page: { title: string; action: string; values: UpdateFormValues; version?: number; historyHref?: string },
    error?: string,
  ) {
    const { incidents } = await listDeskUpdates(db, actor);
    const csrfToken = reply.generateCsrf();
    return sendPage(
      reply,
      h(RecordFormPage, {
        actor,
        csrfToken,
        title: page.title,
        backTo: '/desk/updates',
        ...(page.historyHref ? { historyHref: page.historyHref } : {}),
        ...(error ? { error } : {}),
        children: h(UpdateForm, {
          action: page.action,
          csrfToken,
          values: page.values,
          ...(page.version ? { version: page.version } : {}),
          incidents,
        }),
      }),
      error ? 400 : 200,
    );
  }

  /** Runs a save; a refusal naming what was wrong shows the form again with what was typed. */
  async function saveOrShowAgain(
    reply: FastifyReply,
    actor: User,
    page: Parameters<typeof sendForm>[2],
    save: () => Promise<unknown>,
  ) {
    try {
      return await save();
    } catch (error) {
      if (error instanceof DeskError && error.kind === 'invalid') {
        const message = error.field ? `${error.field}: ${error.message}` : error.message;
        return sendForm(reply, actor, page, message);
      }
      throw error;
    }
  }

  app.get(
    '/updates',
    deskRoute(async (_request, reply, actor) => {
      const record = await listDeskUpdates(db, actor);
      return sendPage(reply, h(UpdatesDeskPage, { actor, csrfToken: reply.generateCsrf(), record }));
    }, 'record.edit'),
  );

  app.get(
    '/updates/new',
    deskRoute(
      async (_request, reply, actor) =>
        sendForm(reply, actor, {
          title: 'Write an update',
          action: '/desk/updates',
          values: blankUpdate(actor, new Date()),
        }),
      'record.edit',
    ),
  );

  app.post(
    '/updates',
    deskRoute(async (request, reply, actor) => {
      const page = {
        title: 'Write an update',
        action: '/desk/updates',
        values: typedValues(request.body, blankUpdate(actor, new Date())),
      };
      return saveOrShowAgain(reply, actor, page, async () => {
        const update = await createUpdate(db, actor, inputOf(parse(updateForm, request.body)));
        return reply.redirect(`/desk/updates#update-${update.id}`, 303);
      });
    }, 'record.edit'),
  );

  app.get(
    '/updates/:id',
    deskRoute(async (request, reply, actor) => {
      const { id } = parse(idParams, request.params, true);
      const { update, incident } = await getDeskUpdate(db, actor, id);
      return sendForm(reply, actor, {
        title: `Update: ${update.record.title}`,
        action: `/desk/updates/${id}`,
        values: formValuesOf(update.record, incident?.slug ?? null),
        version: update.version,
        historyHref: `/desk/history/update/${id}`,
      });
    }, 'record.edit'),
  );

  app.post(
    '/updates/:id',
    deskRoute(async (request, reply, actor) => {
      const { id } = parse(idParams, request.params, true);
      const { update, incident } = await getDeskUpdate(db, actor, id);
      const page = {
        title: `Update: ${update.record.title}`,
        action: `/desk/updates/${id}`,
        values: typedValues(request.body, formValuesOf(update.record, incident?.slug ?? null)),
        version: update.version,
        historyHref: `/desk/history/update/${id}`,
      };
      return saveOrShowAgain(reply, actor, page, async () => {
        const form = parse(updateForm, request.body);
        if (!form.version) throw new DeskError('invalid', 'The version of the update is missing.', 'version');
        const result = await editUpdate(db, actor, id, inputOf(form), form.version);
        return redirectOrConflict(reply, actor, result, {
          what: 'update',
          saved: `/desk/updates#update-${id}`,
          backTo: `/desk/updates/${id}`,
        });
      });
    }, 'record.edit'),
  );
};

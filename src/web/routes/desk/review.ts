// Intake and review routes: add a report, review its figures, correct or add claims, and read
// any record's history. Thin: parse the form, call the desk service, render.
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import type { Claim } from '../../../domain/claim.js';
import type { User } from '../../../domain/user.js';
import { can } from '../../../policy/permissions.js';
import { requirePermission } from '../../../services/desk/actor.js';
import { DeskError } from '../../../services/desk/desk-error.js';
import { getDeskClaim, getDeskIncident, getDeskSource, getHistory } from '../../../services/desk/desk-record.js';
import { addReport, correctReport, type Extractor } from '../../../services/desk/intake.js';
import { editSource } from '../../../services/desk/records.js';
import { addClaimByHand, correctClaim, decideClaim } from '../../../services/desk/review.js';
import { AUDITED_ENTITIES } from '../../../store/audit.js';
import type { Db } from '../../../store/database.js';
import { HistoryPage } from '../../views/desk/history-page.js';
import { IntakePage, type IntakeValues } from '../../views/desk/intake-page.js';
import { ReviewPage } from '../../views/desk/review-page.js';
import { actorOrLogin, deskRoute, sendDeskError } from './context.js';
import {
  addClaimForm,
  asOfFrom,
  correctClaimForm,
  correctionForm,
  decideClaimForm,
  fieldErrors,
  intakeForm,
  sourceEditForm,
} from './forms.js';
import { redirectOrConflict, sendPage } from './render.js';

const MAX_REPORT_BYTES = 2 * 1024 * 1024;

const slugParams = z.object({ slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/) });
const idParams = z.object({ id: z.uuid() });
const historyParams = z.object({ entity: z.enum(AUDITED_ENTITIES), id: z.uuid() });

function param<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new DeskError('not_found', 'No record at this address.');
  return parsed.data;
}

/** An uploaded file's text: UTF-8 only, no binary. */
function uploadedText(file: unknown): { text: string } | { error: string } | null {
  if (!Buffer.isBuffer(file) || file.length === 0) return null;
  if (file.includes(0)) return { error: 'This file is not text (it holds binary data). Upload a .txt or .md file.' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(file) };
  } catch {
    return { error: 'This file is not UTF-8 text. Save it as UTF-8 and upload it again.' };
  }
}

export const deskReviewRoutes: FastifyPluginAsync<{ db: Db; extract: Extractor }> = async (app, { db, extract }) => {
  const renderReview = async (
    reply: FastifyReply,
    actor: User,
    sourceId: string,
    extra: { addErrors?: Record<string, string>; addValues?: Partial<Claim>; notice?: string } = {},
    status = 200,
  ) => {
    const { incident, source, claims, parties, versions } = await getDeskSource(db, actor, sourceId);
    return sendPage(
      reply,
      h(ReviewPage, { actor, csrfToken: reply.generateCsrf(), incident, source, claims, parties, versions, ...extra }),
      status,
    );
  };

  app.get(
    '/incidents/:slug/sources/new',
    deskRoute(async (request, reply, actor) => {
      const { slug } = param(slugParams, request.params);
      const { incident } = await getDeskIncident(db, actor, slug);
      if (!can(actor.role, 'source.create')) {
        throw new DeskError('forbidden', 'Your role may not add reports.');
      }
      return sendPage(reply, h(IntakePage, { actor, csrfToken: reply.generateCsrf(), incident: incident.record }));
    }),
  );

  app.post('/incidents/:slug/sources', async (request, reply) => {
    const actor = actorOrLogin(request, reply);
    if (!actor) return reply;
    try {
      requirePermission(actor, 'source.create');
      const { slug } = param(slugParams, request.params);
      const { incident } = await getDeskIncident(db, actor, slug);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const parsed = intakeForm.safeParse(body);
      const errors: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error);
      const upload = uploadedText(body.file);
      let text = parsed.success ? parsed.data.text : String(body.text ?? '');
      if (upload && 'error' in upload) errors.file = upload.error;
      else if (upload) text = upload.text;
      if (text.trim() === '' && !errors.file) errors.text = 'Paste the report, write the call note, or choose a file.';
      if (Buffer.byteLength(text) > MAX_REPORT_BYTES)
        errors.text = 'A report can be at most 2 MB; split it into parts.';
      if (!parsed.success || Object.keys(errors).length > 0) {
        const values = { ...(body as IntakeValues), text: text.slice(0, 200_000) };
        return sendPage(
          reply,
          h(IntakePage, { actor, csrfToken: reply.generateCsrf(), incident: incident.record, values, errors }),
          400,
        );
      }
      const form = parsed.data;
      const witness =
        form.witnessName || form.witnessContact
          ? { name: form.witnessName ?? '', contact: form.witnessContact ?? '' }
          : null;
      const result = await addReport(
        db,
        actor,
        slug,
        {
          kind: form.kind,
          label: form.label,
          language: form.language,
          receivedAtLocal: form.receivedAt,
          url: form.url,
          text,
          witness,
          visibility: form.visibility,
          intake: upload ? 'upload' : form.intake,
        },
        extract,
      );
      return reply.redirect(`/desk/sources/${result.sourceId}?found=${result.proposed}`, 303);
    } catch (error) {
      if (error instanceof DeskError && error.kind === 'invalid' && error.field) {
        const { incident } = await getDeskIncident(db, actor, (request.params as { slug: string }).slug);
        const values = request.body as IntakeValues;
        return sendPage(
          reply,
          h(IntakePage, {
            actor,
            csrfToken: reply.generateCsrf(),
            incident: incident.record,
            values,
            errors: { [error.field]: error.message },
          }),
          400,
        );
      }
      return sendDeskError(request, reply, error);
    }
  });

  app.get(
    '/sources/:id',
    deskRoute(async (request, reply, actor) => {
      const { id } = param(idParams, request.params);
      const found = Number((request.query as Record<string, unknown>).found);
      const notice =
        Number.isInteger(found) && found >= 0 ? `Report added; ${found} figure(s) proposed for review.` : undefined;
      return await renderReview(reply, actor, id, notice ? { notice } : {});
    }),
  );

  app.post(
    '/sources/:id',
    deskRoute(async (request, reply, actor) => {
      requirePermission(actor, 'record.edit');
      const { id } = param(idParams, request.params);
      const form = sourceEditForm.safeParse(request.body ?? {});
      if (!form.success)
        throw new DeskError(
          'invalid',
          Object.entries(fieldErrors(form.error))
            .map(([f, m]) => `${f}: ${m}`)
            .join('; '),
        );
      const { version, _csrf, ...fields } = form.data;
      const result = await editSource(db, actor, id, fields, version);
      return redirectOrConflict(reply, actor, result, {
        what: 'report',
        saved: `/desk/sources/${id}`,
        backTo: `/desk/sources/${id}`,
      });
    }),
  );

  app.post(
    '/sources/:id/correction',
    deskRoute(async (request, reply, actor) => {
      requirePermission(actor, 'source.create');
      const { id } = param(idParams, request.params);
      const form = correctionForm.safeParse(request.body ?? {});
      if (!form.success) throw new DeskError('invalid', 'Write the corrected text (at most 2 MB).', 'text');
      const result = await correctReport(db, actor, id, form.data.text, extract);
      return reply.redirect(`/desk/sources/${result.sourceId}?found=${result.proposed}`, 303);
    }),
  );

  app.post(
    '/sources/:id/claims',
    deskRoute(async (request, reply, actor) => {
      requirePermission(actor, 'claim.propose');
      const { id } = param(idParams, request.params);
      const form = addClaimForm.safeParse(request.body ?? {});
      if (!form.success) {
        const addValues = request.body as Partial<Claim>;
        return await renderReview(reply, actor, id, { addErrors: fieldErrors(form.error), addValues }, 400);
      }
      const f = form.data;
      try {
        const claimId = await addClaimByHand(db, actor, id, { ...f, asOf: asOfFrom(f) });
        return reply.redirect(`/desk/sources/${id}#claim-${claimId}`, 303);
      } catch (error) {
        if (error instanceof DeskError && error.kind === 'invalid') {
          const addValues = { ...(request.body as Partial<Claim>) };
          return await renderReview(
            reply,
            actor,
            id,
            { addErrors: { [error.field ?? 'quote']: error.message }, addValues },
            400,
          );
        }
        throw error;
      }
    }),
  );

  app.post(
    '/claims/:id/decision',
    deskRoute(async (request, reply, actor) => {
      requirePermission(actor, 'claim.review');
      const { id } = param(idParams, request.params);
      const form = decideClaimForm.safeParse(request.body ?? {});
      if (!form.success) throw new DeskError('invalid', 'The decision or version is missing.');
      const result = await decideClaim(db, actor, id, form.data.decision, form.data.version);
      const sourceId = result.ok ? null : result.conflict.theirs.sourceId;
      const back = `/desk/sources/${sourceId ?? (await sourceOfClaim(actor, id))}`;
      return redirectOrConflict(reply, actor, result, { what: 'claim', saved: `${back}#claim-${id}`, backTo: back });
    }),
  );

  app.post(
    '/claims/:id',
    deskRoute(async (request, reply, actor) => {
      requirePermission(actor, 'claim.review');
      const { id } = param(idParams, request.params);
      const form = correctClaimForm.safeParse(request.body ?? {});
      if (!form.success)
        throw new DeskError(
          'invalid',
          Object.entries(fieldErrors(form.error))
            .map(([f, m]) => `${f}: ${m}`)
            .join('; '),
        );
      const f = form.data;
      const result = await correctClaim(db, actor, id, { ...f, asOf: asOfFrom(f) }, f.version);
      const back = `/desk/sources/${await sourceOfClaim(actor, id)}`;
      return redirectOrConflict(reply, actor, result, { what: 'claim', saved: `${back}#claim-${id}`, backTo: back });
    }),
  );

  app.get(
    '/history/:entity/:id',
    deskRoute(async (request, reply, actor) => {
      const { entity, id } = param(historyParams, request.params);
      const entries = await getHistory(db, actor, entity, id);
      const backTo =
        entity === 'source'
          ? `/desk/sources/${id}`
          : entity === 'claim'
            ? `/desk/sources/${await sourceOfClaim(actor, id)}`
            : '/desk';
      return sendPage(reply, h(HistoryPage, { actor, entity, entries, backTo }));
    }),
  );

  async function sourceOfClaim(actor: User, claimId: string): Promise<string> {
    return (await getDeskClaim(db, actor, claimId)).record.sourceId;
  }
};

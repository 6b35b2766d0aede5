// Desk routes for incidents, timeline events and places: list, open, add, edit. Every save names
// the version it started from; a clash shows both versions.
import type { FastifyPluginAsync } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import { requirePermission } from '../../../services/desk/actor.js';
import { DeskError } from '../../../services/desk/desk-error.js';
import { getDeskEvent, getDeskIncident, getDeskPlace, listDeskIncidents } from '../../../services/desk/desk-record.js';
import {
  createEvent,
  createIncident,
  createPlace,
  type EventInput,
  editEvent,
  editIncident,
  editPlace,
} from '../../../services/desk/records.js';
import type { Db } from '../../../store/database.js';
import { EventForm } from '../../views/desk/event-form.js';
import { IncidentDeskPage } from '../../views/desk/incident-desk-page.js';
import { IncidentEditForm } from '../../views/desk/incident-edit-form.js';
import { IncidentsPage } from '../../views/desk/incidents-page.js';
import { PlaceForm } from '../../views/desk/place-form.js';
import { RecordFormPage } from '../../views/desk/record-form-page.js';
import { deskRoute } from './context.js';
import { eventForm, fieldErrors, incidentEditForm, incidentForm, placeForm } from './forms.js';
import { parse } from './parse.js';
import { redirectOrConflict, sendPage } from './render.js';

const slugParams = z.object({ slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/) });
const idParams = z.object({ id: z.uuid() });

function eventInput(form: z.infer<typeof eventForm>): EventInput {
  return {
    at: { local: form.atLocal, precision: form.atPrecision, approx: form.atApprox, by: form.atBy },
    placeId: form.placeId,
    title: form.title,
    description: form.description,
    sourceIds: form.sourceIds,
    visibility: form.visibility,
  };
}

function namesFrom(form: { nameEn: string; nameFr: string | null; nameRu: string | null; nameKk: string | null }) {
  const names: Record<string, string> = { en: form.nameEn };
  if (form.nameFr) names.fr = form.nameFr;
  if (form.nameRu) names.ru = form.nameRu;
  if (form.nameKk) names.kk = form.nameKk;
  return names;
}

export const deskIncidentRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/',
    deskRoute(async (_request, reply, actor) => {
      const incidents = await listDeskIncidents(db, actor);
      return sendPage(reply, h(IncidentsPage, { actor, csrfToken: reply.generateCsrf(), incidents }));
    }),
  );

  app.post(
    '/incidents',
    deskRoute(async (request, reply, actor) => {
      requirePermission(actor, 'record.edit');
      const parsed = incidentForm.safeParse(request.body ?? {});
      let errors = parsed.success ? {} : fieldErrors(parsed.error);
      if (parsed.success) {
        try {
          const { _csrf, startedAt, ...input } = parsed.data;
          const incident = await createIncident(db, actor, { ...input, startedAtLocal: startedAt });
          return reply.redirect(`/desk/incidents/${incident.slug}`, 303);
        } catch (error) {
          if (!(error instanceof DeskError && error.kind === 'invalid')) throw error;
          errors = { [error.field ?? 'form']: error.message };
        }
      }
      const incidents = await listDeskIncidents(db, actor);
      const values = request.body as Record<string, string>;
      return sendPage(
        reply,
        h(IncidentsPage, { actor, csrfToken: reply.generateCsrf(), incidents, errors, values }),
        400,
      );
    }),
  );

  app.get(
    '/incidents/:slug',
    deskRoute(async (request, reply, actor) => {
      const { slug } = parse(slugParams, request.params, true);
      const record = await getDeskIncident(db, actor, slug);
      return sendPage(reply, h(IncidentDeskPage, { actor, csrfToken: reply.generateCsrf(), record }));
    }),
  );

  app.get(
    '/incidents/:slug/edit',
    deskRoute(async (request, reply, actor) => {
      requirePermission(actor, 'record.edit');
      const { slug } = parse(slugParams, request.params, true);
      const record = await getDeskIncident(db, actor, slug);
      const csrfToken = reply.generateCsrf();
      return sendPage(
        reply,
        h(RecordFormPage, {
          actor,
          csrfToken,
          title: `Edit: ${record.incident.record.title}`,
          backTo: `/desk/incidents/${slug}`,
          historyHref: `/desk/history/incident/${record.incident.record.id}`,
          children: h(IncidentEditForm, { csrfToken, record }),
        }),
      );
    }),
  );

  app.post(
    '/incidents/:slug',
    deskRoute(async (request, reply, actor) => {
      requirePermission(actor, 'record.edit');
      const { slug } = parse(slugParams, request.params, true);
      const { _csrf, version, startedAt, ...input } = parse(incidentEditForm, request.body);
      const result = await editIncident(db, actor, slug, { ...input, startedAtLocal: startedAt }, version);
      const backTo = `/desk/incidents/${slug}/edit`;
      return redirectOrConflict(reply, actor, result, { what: 'incident', saved: `/desk/incidents/${slug}`, backTo });
    }),
  );

  app.post(
    '/incidents/:slug/events',
    deskRoute(async (request, reply, actor) => {
      requirePermission(actor, 'record.edit');
      const { slug } = parse(slugParams, request.params, true);
      const form = parse(eventForm, request.body);
      await createEvent(db, actor, slug, eventInput(form));
      return reply.redirect(`/desk/incidents/${slug}#events-h`, 303);
    }),
  );

  app.get(
    '/events/:id',
    deskRoute(async (request, reply, actor) => {
      requirePermission(actor, 'record.edit');
      const { id } = parse(idParams, request.params, true);
      const { event, context } = await getDeskEvent(db, actor, id);
      const csrfToken = reply.generateCsrf();
      const incident = context.incident.record;
      return sendPage(
        reply,
        h(RecordFormPage, {
          actor,
          csrfToken,
          title: `Event: ${event.record.title}`,
          backTo: `/desk/incidents/${incident.slug}`,
          historyHref: `/desk/history/event/${id}`,
          children: h(EventForm, {
            action: `/desk/events/${id}`,
            csrfToken,
            timezone: incident.timezone,
            sources: context.sources.map((s) => s.record),
            places: context.places.map((p) => p.record),
            event: event.record,
            version: event.version,
          }),
        }),
      );
    }),
  );

  app.post(
    '/events/:id',
    deskRoute(async (request, reply, actor) => {
      requirePermission(actor, 'record.edit');
      const { id } = parse(idParams, request.params, true);
      const form = parse(eventForm, request.body);
      if (!form.version) throw new DeskError('invalid', 'The version of the event is missing.', 'version');
      const result = await editEvent(db, actor, id, eventInput(form), form.version);
      const { context } = await getDeskEvent(db, actor, id);
      const back = `/desk/incidents/${context.incident.record.slug}`;
      return redirectOrConflict(reply, actor, result, {
        what: 'event',
        saved: `${back}#events-h`,
        backTo: `/desk/events/${id}`,
      });
    }),
  );

  app.post(
    '/incidents/:slug/places',
    deskRoute(async (request, reply, actor) => {
      requirePermission(actor, 'record.edit');
      const { slug } = parse(slugParams, request.params, true);
      const form = parse(placeForm, request.body);
      if (!form.key) throw new DeskError('invalid', 'A new place needs a key.', 'key');
      await createPlace(db, actor, slug, {
        key: form.key,
        names: namesFrom(form),
        kind: form.kind,
        lat: form.lat,
        lon: form.lon,
      });
      return reply.redirect(`/desk/incidents/${slug}#places-h`, 303);
    }),
  );

  app.get(
    '/places/:id',
    deskRoute(async (request, reply, actor) => {
      requirePermission(actor, 'record.edit');
      const { id } = parse(idParams, request.params, true);
      const { place, context } = await getDeskPlace(db, actor, id);
      const csrfToken = reply.generateCsrf();
      return sendPage(
        reply,
        h(RecordFormPage, {
          actor,
          csrfToken,
          title: `Place: ${place.record.names.en ?? place.record.key}`,
          backTo: `/desk/incidents/${context.incident.record.slug}`,
          historyHref: `/desk/history/place/${id}`,
          children: h(PlaceForm, {
            action: `/desk/places/${id}`,
            csrfToken,
            place: place.record,
            version: place.version,
          }),
        }),
      );
    }),
  );

  app.post(
    '/places/:id',
    deskRoute(async (request, reply, actor) => {
      requirePermission(actor, 'record.edit');
      const { id } = parse(idParams, request.params, true);
      const form = parse(placeForm, request.body);
      if (!form.version) throw new DeskError('invalid', 'The version of the place is missing.', 'version');
      const result = await editPlace(
        db,
        actor,
        id,
        { names: namesFrom(form), kind: form.kind, lat: form.lat, lon: form.lon },
        form.version,
      );
      const { context } = await getDeskPlace(db, actor, id);
      const saved = `/desk/incidents/${context.incident.record.slug}#places-h`;
      return redirectOrConflict(reply, actor, result, { what: 'place', saved, backTo: `/desk/places/${id}` });
    }),
  );
};

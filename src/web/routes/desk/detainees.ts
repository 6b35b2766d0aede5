// Desk routes for detained people (with their status history) and a campaign's demands.
import type { FastifyPluginAsync } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import { DeskError } from '../../../services/desk/desk-error.js';
import {
  addStatus,
  createDemand,
  createPerson,
  editDemand,
  editPerson,
  getDeskDemandPage,
  getDeskDetainees,
  getDeskPersonPage,
} from '../../../services/desk/detainees.js';
import type { Db } from '../../../store/database.js';
import {
  DemandForm,
  DetaineesDeskPage,
  PersonForm,
  PersonHistory,
  StatusForm,
} from '../../views/desk/detainees-desk-page.js';
import { RecordFormPage } from '../../views/desk/record-form-page.js';
import { deskRoute } from './context.js';
import { demandForm, personForm, statusForm } from './forms.js';
import { parse } from './parse.js';
import { redirectOrConflict, sendPage } from './render.js';

const slugParams = z.object({ slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/) });
const idParams = z.object({ id: z.uuid() });

function personInput(form: z.infer<typeof personForm>) {
  return {
    name: form.name,
    protected: form.protected,
    descriptor: form.descriptor,
    role: form.role,
    detainedPlace: form.detainedPlace,
    detainedAt: form.detainedAt,
    lawyer: form.lawyer,
    notes: form.notes,
    visibility: form.visibility,
  };
}

export const deskDetaineeRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/incidents/:slug/detainees',
    deskRoute(async (request, reply, actor) => {
      const { slug } = parse(slugParams, request.params, true);
      const record = await getDeskDetainees(db, actor, slug);
      return sendPage(reply, h(DetaineesDeskPage, { actor, csrfToken: reply.generateCsrf(), record }));
    }, 'detainees.edit'),
  );

  app.post(
    '/incidents/:slug/persons',
    deskRoute(async (request, reply, actor) => {
      const { slug } = parse(slugParams, request.params, true);
      const form = parse(personForm, request.body);
      const first = form.status ? { status: form.status, date: form.statusDate ?? form.detainedAt } : null;
      if (first && !first.date) {
        throw new DeskError('invalid', 'A first status needs its date.', 'statusDate');
      }
      const person = await createPerson(
        db,
        actor,
        slug,
        personInput(form),
        first ? { status: first.status, date: first.date as string, sourceId: null, note: '' } : null,
      );
      return reply.redirect(`/desk/incidents/${slug}/detainees#person-${person.id}`, 303);
    }, 'detainees.edit'),
  );

  app.get(
    '/persons/:id',
    deskRoute(async (request, reply, actor) => {
      const { id } = parse(idParams, request.params, true);
      const { person, slug, sources } = await getDeskPersonPage(db, actor, id);
      const csrfToken = reply.generateCsrf();
      return sendPage(
        reply,
        h(RecordFormPage, {
          actor,
          csrfToken,
          title: `Person: ${person.record.name ?? person.record.descriptor}`,
          backTo: `/desk/incidents/${slug}/detainees`,
          historyHref: `/desk/history/person/${id}`,
          children: [
            h(PersonHistory, { person: person.record, sources }),
            h(StatusForm, { csrfToken, person: person.record, version: person.version, sources }),
            h('h2', null, 'Details'),
            h(PersonForm, { action: `/desk/persons/${id}`, csrfToken, person: person.record, version: person.version }),
          ],
        }),
      );
    }, 'detainees.edit'),
  );

  app.post(
    '/persons/:id',
    deskRoute(async (request, reply, actor) => {
      const { id } = parse(idParams, request.params, true);
      const form = parse(personForm, request.body);
      const { slug } = await getDeskPersonPage(db, actor, id);
      if (!form.version) throw new DeskError('invalid', 'The version of the person is missing.', 'version');
      const result = await editPerson(db, actor, id, personInput(form), form.version);
      return redirectOrConflict(reply, actor, result, {
        what: 'person',
        saved: `/desk/incidents/${slug}/detainees#person-${id}`,
        backTo: `/desk/persons/${id}`,
      });
    }, 'detainees.edit'),
  );

  app.post(
    '/persons/:id/status',
    deskRoute(async (request, reply, actor) => {
      const { id } = parse(idParams, request.params, true);
      const { _csrf, version, ...entry } = parse(statusForm, request.body);
      const result = await addStatus(db, actor, id, entry, version);
      return redirectOrConflict(reply, actor, result, {
        what: 'person',
        saved: `/desk/persons/${id}`,
        backTo: `/desk/persons/${id}`,
      });
    }, 'detainees.edit'),
  );

  app.post(
    '/incidents/:slug/demands',
    deskRoute(async (request, reply, actor) => {
      const { slug } = parse(slugParams, request.params, true);
      const { _csrf, version, ...input } = parse(demandForm, request.body);
      const demand = await createDemand(db, actor, slug, input);
      return reply.redirect(`/desk/incidents/${slug}/detainees#demand-${demand.id}`, 303);
    }, 'record.edit'),
  );

  app.get(
    '/demands/:id',
    deskRoute(async (request, reply, actor) => {
      const { id } = parse(idParams, request.params, true);
      const { demand, slug } = await getDeskDemandPage(db, actor, id);
      const csrfToken = reply.generateCsrf();
      return sendPage(
        reply,
        h(RecordFormPage, {
          actor,
          csrfToken,
          title: `Demand ${demand.record.number}`,
          backTo: `/desk/incidents/${slug}/detainees`,
          historyHref: `/desk/history/demand/${id}`,
          children: h(DemandForm, {
            action: `/desk/demands/${id}`,
            csrfToken,
            demand: demand.record,
            version: demand.version,
          }),
        }),
      );
    }, 'record.edit'),
  );

  app.post(
    '/demands/:id',
    deskRoute(async (request, reply, actor) => {
      const { id } = parse(idParams, request.params, true);
      const { _csrf, version, ...input } = parse(demandForm, request.body);
      const { slug } = await getDeskDemandPage(db, actor, id);
      if (!version) throw new DeskError('invalid', 'The version of the demand is missing.', 'version');
      const result = await editDemand(db, actor, id, input, version);
      return redirectOrConflict(reply, actor, result, {
        what: 'demand',
        saved: `/desk/incidents/${slug}/detainees#demand-${id}`,
        backTo: `/desk/demands/${id}`,
      });
    }, 'record.edit'),
  );
};

// Public pages: home, incident, source. Each reads through the public record service and renders
// the public presenter's shape; nothing internal can reach these handlers.
import type { FastifyPluginAsync } from 'fastify';
import { h } from 'preact';
import { presentIncident, presentIncidentSummary } from '../../../present/public-incident.js';
import { getPublicIncident, getPublicSource, listPublicIncidents } from '../../../services/public-record.js';
import type { Db } from '../../../store/database.js';
import { sendError } from '../../errors.js';
import { renderDocument } from '../../render.js';
import { HomePage } from '../../views/home-page.js';
import { IncidentPage } from '../../views/incident-page.js';
import { SourcePage } from '../../views/source-page.js';
import { slugParams, sourceParams } from '../params.js';

const HTML = 'text/html; charset=utf-8';

export const publicPageRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get('/', async (_request, reply) => {
    const incidents = (await listPublicIncidents(db)).map(presentIncidentSummary);
    return reply.type(HTML).send(renderDocument(h(HomePage, { incidents })));
  });

  app.get('/incidents/:slug', async (request, reply) => {
    const params = slugParams.safeParse(request.params);
    const record = params.success ? await getPublicIncident(db, params.data.slug) : null;
    if (!record) return sendError(request, reply, 404, 'not_found', 'There is no published incident at this address.');
    return reply.type(HTML).send(renderDocument(h(IncidentPage, { incident: presentIncident(record) })));
  });

  app.get('/sources/:id', async (request, reply) => {
    const params = sourceParams.safeParse(request.params);
    const found = params.success ? await getPublicSource(db, params.data.id) : null;
    const record = found ? await getPublicIncident(db, found.incident.slug) : null;
    const incident = record ? presentIncident(record) : null;
    const source = incident?.sources.find((s) => s.id === found?.source.id);
    if (!incident || !source)
      return sendError(request, reply, 404, 'not_found', 'There is no published source at this address.');
    const claims = incident.tallies
      .flatMap((t) => t.parties.flatMap((p) => p.claims))
      .filter((c) => c.source.id === source.id);
    return reply.type(HTML).send(renderDocument(h(SourcePage, { source, incident, claims })));
  });
};

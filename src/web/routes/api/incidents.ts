// The public JSON API: the same public shapes the pages render.
import type { FastifyPluginAsync } from 'fastify';
import { presentIncident, presentIncidentSummary } from '../../../present/public-incident.js';
import { getPublicIncident, listPublicIncidents } from '../../../services/public-record.js';
import type { Db } from '../../../store/database.js';
import { sendError } from '../../errors.js';
import { firstIssue, incidentListQuery, incidentQuery, slugParams } from '../params.js';

export const apiIncidentRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get('/incidents', async (request, reply) => {
    const query = incidentListQuery.safeParse(request.query);
    if (!query.success) {
      const { field, message } = firstIssue(query.error);
      return sendError(request, reply, 400, 'invalid_query', `${field}: ${message}`, field);
    }
    const incidents = (await listPublicIncidents(db)).slice(0, query.data.limit).map(presentIncidentSummary);
    return { incidents };
  });

  app.get('/incidents/:slug', async (request, reply) => {
    const query = incidentQuery.safeParse(request.query);
    if (!query.success) {
      const { field, message } = firstIssue(query.error);
      return sendError(request, reply, 400, 'invalid_query', `${field}: ${message}`, field);
    }
    const params = slugParams.safeParse(request.params);
    const record = params.success ? await getPublicIncident(db, params.data.slug) : null;
    if (!record) return sendError(request, reply, 404, 'not_found', 'There is no published incident with this slug.');
    const incident = presentIncident(record);
    const metrics = query.data.metric;
    return {
      incident: metrics
        ? { ...incident, tallies: incident.tallies.filter((t) => metrics.includes(t.metric)) }
        : incident,
    };
  });
};

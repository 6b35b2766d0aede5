// The public home page: the incidents on record.

import { formatLocalDateTime } from '../../present/format.js';
import type { PublicIncidentSummary } from '../../present/public-incident.js';
import { Layout } from './layout.js';

export function HomePage({ incidents }: { incidents: PublicIncidentSummary[] }) {
  return (
    <Layout title="Incidents on record">
      <h1>Incidents on record</h1>
      {incidents.length === 0 ? (
        <p>No incident has been published yet.</p>
      ) : (
        <ul class="incident-list">
          {incidents.map((incident) => (
            <li key={incident.slug}>
              <a href={`/incidents/${incident.slug}`} lang={incident.language}>
                {incident.title}
              </a>
              <p class="meta">
                From <time dateTime={incident.startedAt.instant}>{formatLocalDateTime(incident.startedAt)}</time> (
                {incident.timezone} time)
              </p>
              {incident.summary ? <p lang={incident.language}>{incident.summary}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

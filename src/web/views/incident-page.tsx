// The public page of one incident: figures with who says what, the timeline, places, sources.
import { formatLocalDateTime } from '../../present/format.js';
import type { PublicIncident } from '../../present/public-incident.js';
import { Layout } from './layout.js';
import { PlacesSection } from './places-section.js';
import { SourcesSection } from './sources-section.js';
import { TallySection } from './tally-section.js';
import { TimelineSection } from './timeline-section.js';

export function IncidentPage({ incident }: { incident: PublicIncident }) {
  const places = new Map(incident.places.map((p) => [p.key, p]));
  return (
    <Layout title={incident.title} lang="en" description={incident.summary}>
      <article lang={incident.language}>
        <h1>{incident.title}</h1>
        <p class="meta">
          From <time dateTime={incident.startedAt.instant}>{formatLocalDateTime(incident.startedAt)}</time>, local time
          ({incident.timezone})
        </p>
        {incident.summary ? <p class="summary">{incident.summary}</p> : null}
        <nav class="toc" aria-label="On this page">
          <a href="#tallies-h">Figures</a> · <a href="#timeline-h">Timeline</a> · <a href="#places-h">Places</a> ·{' '}
          <a href="#sources-h">Sources</a>
        </nav>
      </article>
      <TallySection tallies={incident.tallies} />
      <TimelineSection events={incident.events} places={places} timezone={incident.timezone} />
      <PlacesSection places={incident.places} />
      <SourcesSection sources={incident.sources} />
    </Layout>
  );
}

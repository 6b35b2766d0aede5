// The public page of one incident: figures with who says what, the timeline, places, sources,
// and the updates written about it.
import { formatLocalDateTime } from '../../present/format.js';
import { excerpt } from '../../present/markdown.js';
import type { PublicIncident } from '../../present/public-incident.js';
import type { PublicUpdateRef } from '../../present/public-update.js';
import { sitePaths } from '../links.js';
import { DemandsSection, DetaineesSection } from './detainees-section.js';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';
import { PlacesSection } from './places-section.js';
import { SolidaritySummary } from './solidarity-section.js';
import { SourcesSection } from './sources-section.js';
import { TallySection } from './tally-section.js';
import { TimelineSection } from './timeline-section.js';
import { UpdateList } from './update-list.js';

export function IncidentPage({ incident, updates }: { incident: PublicIncident; updates: PublicUpdateRef[] }) {
  const { tr } = usePage();
  const places = new Map(incident.places.map((p) => [p.key, p]));
  const feeds = {
    atom: sitePaths.incidentFeed(incident.slug, 'atom'),
    json: sitePaths.incidentFeed(incident.slug, 'json'),
  };
  return (
    <Layout title={incident.title} description={excerpt(incident.summary, 200)} feeds={feeds}>
      <h1 lang={incident.language}>{incident.title}</h1>
      <p class="meta">
        {tr.t('incident.from')}{' '}
        <time dateTime={incident.startedAt.instant}>{formatLocalDateTime(incident.startedAt, tr)}</time>,{' '}
        {tr.t('incident.localTime', { zone: incident.timezone })}
      </p>
      {incident.summary ? (
        <p class="summary" lang={incident.language}>
          {incident.summary}
        </p>
      ) : null}
      <nav class="toc" aria-label={tr.t('incident.toc')}>
        <a href="#tallies-h">{tr.t('incident.figures')}</a> · <a href="#timeline-h">{tr.t('incident.timeline')}</a> ·{' '}
        <a href="#detainees-h">{tr.t('detainees.heading')}</a> · <a href="#demands-h">{tr.t('demands.heading')}</a> ·{' '}
        <a href="#solidarity-h">{tr.t('solidarity.heading')}</a> · <a href="#places-h">{tr.t('incident.places')}</a> ·{' '}
        <a href="#sources-h">{tr.t('incident.sources')}</a> · <a href="#updates-h">{tr.t('incident.updates')}</a>
      </nav>
      <TallySection tallies={incident.tallies} timezone={incident.timezone} />
      <TimelineSection
        events={incident.events}
        places={places}
        timezone={incident.timezone}
        language={incident.language}
      />
      <DetaineesSection
        detainees={incident.detainees}
        arrested={incident.tallies.find((t) => t.metric === 'arrested') ?? null}
      />
      <DemandsSection demands={incident.demands} />
      <SolidaritySummary incident={incident} />
      <PlacesSection places={incident.places} />
      <SourcesSection sources={incident.sources} />
      <section aria-labelledby="updates-h">
        <h2 id="updates-h">{tr.t('incident.updates')}</h2>
        {updates.length === 0 ? <p>{tr.t('incident.noUpdates')}</p> : <UpdateList updates={updates} />}
      </section>
    </Layout>
  );
}

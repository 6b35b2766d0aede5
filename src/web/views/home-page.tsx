// The public home page: the incidents on record and the latest updates.
import { formatLocalDateTime } from '../../present/format.js';
import type { PublicIncidentSummary } from '../../present/public-incident.js';
import type { PublicUpdateRef } from '../../present/public-update.js';
import { sitePaths } from '../links.js';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';
import { UpdateList } from './update-list.js';

export function HomePage({ incidents, updates }: { incidents: PublicIncidentSummary[]; updates: PublicUpdateRef[] }) {
  const { tr, links } = usePage();
  return (
    <Layout title={tr.t('home.title')}>
      <h1>{tr.t('home.title')}</h1>
      {incidents.length === 0 ? (
        <p>{tr.t('home.empty')}</p>
      ) : (
        <ul class="incident-list">
          {incidents.map((incident) => (
            <li key={incident.slug}>
              <a href={links.to(sitePaths.incident(tr.locale, incident.slug))} lang={incident.language}>
                {incident.title}
              </a>
              <p class="meta">
                {tr.t('home.from')}{' '}
                <time dateTime={incident.startedAt.instant}>{formatLocalDateTime(incident.startedAt, tr)}</time>{' '}
                {tr.t('home.zoneTime', { zone: incident.timezone })}
              </p>
              {incident.summary ? <p lang={incident.language}>{incident.summary}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="updates-h">
        <h2 id="updates-h">{tr.t('home.updates')}</h2>
        {updates.length === 0 ? <p>{tr.t('home.noUpdates')}</p> : <UpdateList updates={updates} />}
      </section>
    </Layout>
  );
}

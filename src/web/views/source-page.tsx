// The public page of one source: its verbatim text, the figures taken from it, and its hash.
import { formatFigure, metricLabel } from '../../present/format.js';
import type { PublicClaim, PublicIncident, PublicSource } from '../../present/public-incident.js';
import { sitePaths } from '../links.js';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';
import { SourceText } from './source-text.js';
import { SourceMeta } from './sources-section.js';

export function SourcePage({
  source,
  incident,
  claims,
}: {
  source: PublicSource;
  incident: PublicIncident;
  claims: PublicClaim[];
}) {
  const { tr, links } = usePage();
  return (
    <Layout title={source.label}>
      <p class="meta">
        <a href={links.to(sitePaths.incident(tr.locale, incident.slug))} lang={incident.language}>
          {incident.title}
        </a>
      </p>
      <h1 lang={incident.language}>{source.label}</h1>
      <SourceMeta source={source} />
      <SourceText text={source.text} lang={source.language} claims={claims} />
      <p class="hash">
        {tr.t('sources.hash')} <code>{source.sha256}</code>
      </p>
      {claims.length > 0 ? (
        <section aria-labelledby="claims-h">
          <h2 id="claims-h">{tr.t('sources.claims')}</h2>
          <ul>
            {claims.map((claim) => (
              <li key={claim.id}>
                <a href={`#q-${claim.id}`}>
                  {metricLabel(claim.metric, tr)}: {formatFigure(claim, tr)}
                </a>
                {claim.subject ? ` (${claim.subject})` : ''} — {tr.t('sources.according', { party: claim.party })}
                {claim.hedged ? tr.t('sources.hedged') : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

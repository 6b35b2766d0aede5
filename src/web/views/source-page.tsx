// The public page of one source: its verbatim text, the figures taken from it, and its hash.
import { formatFigure, METRIC_LABELS } from '../../present/format.js';
import type { PublicClaim, PublicIncident, PublicSource } from '../../present/public-incident.js';
import { Layout } from './layout.js';
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
  return (
    <Layout title={source.label}>
      <p class="meta">
        <a href={`/incidents/${incident.slug}`}>{incident.title}</a>
      </p>
      <h1>{source.label}</h1>
      <SourceMeta source={source} />
      <SourceText text={source.text} lang={source.language} claims={claims} />
      <p class="hash">
        SHA-256 of the text: <code>{source.sha256}</code>
      </p>
      {claims.length > 0 ? (
        <section aria-labelledby="claims-h">
          <h2 id="claims-h">Figures taken from this source</h2>
          <ul>
            {claims.map((claim) => (
              <li key={claim.id}>
                <a href={`#q-${claim.id}`}>
                  {METRIC_LABELS[claim.metric]}: {formatFigure(claim)}
                </a>
                {claim.subject ? ` (${claim.subject})` : ''} — according to {claim.party}
                {claim.hedged ? ', put as possible' : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

// Tallies: for each metric, the range sources span and who says what, when. Never one number.
import { formatFigure, formatReportedTime, formatSpan, metricLabel } from '../../present/format.js';
import type { PublicClaim, PublicTally } from '../../present/public-incident.js';
import { sitePaths } from '../links.js';
import { usePage } from './page-context.js';
import { TallyChart } from './tally-chart.js';

export function When({ claim }: { claim: PublicClaim }) {
  const { tr } = usePage();
  return claim.asOf ? (
    <time dateTime={claim.asOf.instant}>{formatReportedTime(claim.asOf, tr)}</time>
  ) : (
    tr.t('tally.noTime')
  );
}

export function FigureText({ claim }: { claim: PublicClaim }) {
  const { tr } = usePage();
  return (
    <>
      <strong class="figure">{formatFigure(claim, tr)}</strong>
      {claim.subject ? <span class="subject"> {claim.subject}</span> : null}
      {claim.hedged ? <span class="badge hedged">{tr.t('tally.hedged')}</span> : null}
    </>
  );
}

/** One line per side: what it said last, and when. The disagreement at a glance. */
function WhoSaysWhat({ tally }: { tally: PublicTally }) {
  const { tr } = usePage();
  return (
    <table class="who-says">
      <caption class="visually-hidden">
        {tr.t('tally.caption', { metric: metricLabel(tally.metric, tr).toLocaleLowerCase(tr.intlLocale) })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{tr.t('tally.who')}</th>
          <th scope="col">{tr.t('tally.latest')}</th>
          <th scope="col">{tr.t('tally.when')}</th>
          <th scope="col">{tr.t('tally.count')}</th>
        </tr>
      </thead>
      <tbody>
        {tally.parties.map((line, index) => {
          const latest = line.claims.find((c) => c.id === line.latestClaimId) ?? line.claims.at(-1);
          return (
            <tr key={line.party}>
              <th scope="row">
                <span class={`sw p${index % 6}`} aria-hidden="true" />
                {line.party}
              </th>
              <td>{latest ? <FigureText claim={latest} /> : null}</td>
              <td>{latest ? <When claim={latest} /> : null}</td>
              <td>{line.claims.length}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Tally({ tally, timezone }: { tally: PublicTally; timezone: string }) {
  const { tr, links } = usePage();
  const label = metricLabel(tally.metric, tr);
  return (
    <section class="tally" id={`tally-${tally.metric}`} aria-labelledby={`tally-${tally.metric}-h`}>
      <h3 id={`tally-${tally.metric}-h`}>{label}</h3>
      {tally.span ? (
        <p class="span">
          {tr.t('tally.span')} <strong>{formatSpan(tally.span, tr)}</strong>
          {tally.latestSpan && tally.parties.length > 1 ? (
            <>
              {' '}
              · {tr.t('tally.latestSpan')} <strong>{formatSpan(tally.latestSpan, tr)}</strong>
            </>
          ) : null}
        </p>
      ) : (
        <p class="span">{tr.t('tally.onlyGroups')}</p>
      )}
      <WhoSaysWhat tally={tally} />
      <TallyChart tally={tally} timezone={timezone} />
      {tally.parties.map((line) => (
        <div class="party" key={line.party}>
          <h4>{tr.t('tally.according', { party: line.party })}</h4>
          <ol class="claims">
            {line.claims.map((claim) => (
              <li key={claim.id} class="claim">
                <FigureText claim={claim} />{' '}
                <span class="when">
                  — <When claim={claim} />
                </span>
                <blockquote class="quote">
                  “<span lang={claim.source.language}>{claim.quote}</span>” —{' '}
                  <a href={links.to(`${sitePaths.source(tr.locale, claim.source.id)}#q-${claim.id}`)}>
                    {claim.source.label}
                  </a>
                </blockquote>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}

export function TallySection({ tallies, timezone }: { tallies: PublicTally[]; timezone: string }) {
  const { tr } = usePage();
  return (
    <section aria-labelledby="tallies-h">
      <h2 id="tallies-h">{tr.t('tally.heading')}</h2>
      {tallies.length === 0 ? (
        <p>{tr.t('tally.none')}</p>
      ) : (
        tallies.map((t) => <Tally key={t.metric} tally={t} timezone={timezone} />)
      )}
    </section>
  );
}

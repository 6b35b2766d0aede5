// Tallies: for each metric, the range sources span and who says what, when. Never one number.
import { formatFigure, formatReportedTime, formatSpan, METRIC_LABELS } from '../../present/format.js';
import type { PublicClaim, PublicTally } from '../../present/public-incident.js';

function ClaimLine({ claim, latest }: { claim: PublicClaim; latest: boolean }) {
  return (
    <li class={latest ? 'claim latest' : 'claim'}>
      <strong class="figure">{formatFigure(claim)}</strong>
      {claim.subject ? <span class="subject"> {claim.subject}</span> : null}
      {claim.hedged ? <span class="badge hedged">put as possible</span> : null}
      {latest ? <span class="badge">latest from this side</span> : null}
      <span class="when">
        {' '}
        {claim.asOf ? (
          <time dateTime={claim.asOf.instant}>{formatReportedTime(claim.asOf)}</time>
        ) : (
          'time not given'
        )}
      </span>
      <blockquote class="quote">
        “{claim.quote}” — <a href={`/sources/${claim.source.id}#q-${claim.id}`}>{claim.source.label}</a>
      </blockquote>
    </li>
  );
}

function Tally({ tally }: { tally: PublicTally }) {
  const label = METRIC_LABELS[tally.metric];
  return (
    <section class="tally" id={`tally-${tally.metric}`} aria-labelledby={`tally-${tally.metric}-h`}>
      <h3 id={`tally-${tally.metric}-h`}>{label}</h3>
      {tally.span ? (
        <p class="span">
          Figures given: <strong>{formatSpan(tally.span)}</strong>
          {tally.latestSpan && tally.parties.length > 1 ? (
            <>
              {' '}
              · latest from each side: <strong>{formatSpan(tally.latestSpan)}</strong>
            </>
          ) : null}
        </p>
      ) : (
        <p class="span">Only partial counts have been given.</p>
      )}
      {tally.parties.map((line) => (
        <div class="party" key={line.party}>
          <h4>{line.party} says</h4>
          <ol class="claims">
            {line.claims.map((claim) => (
              <ClaimLine key={claim.id} claim={claim} latest={line.claims.length > 1 && claim.id === line.latestClaimId} />
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}

export function TallySection({ tallies }: { tallies: PublicTally[] }) {
  return (
    <section aria-labelledby="tallies-h">
      <h2 id="tallies-h">Figures, and who gives them</h2>
      {tallies.length === 0 ? <p>No figure has been confirmed yet.</p> : tallies.map((t) => <Tally key={t.metric} tally={t} />)}
    </section>
  );
}

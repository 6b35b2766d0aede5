// Tallies: for each metric, the range sources span and who says what, when. Never one number.
import { formatFigure, formatReportedTime, formatSpan, METRIC_LABELS } from '../../present/format.js';
import type { PublicClaim, PublicTally } from '../../present/public-incident.js';

function When({ claim }: { claim: PublicClaim }) {
  return claim.asOf ? <time dateTime={claim.asOf.instant}>{formatReportedTime(claim.asOf)}</time> : <>time not given</>;
}

function FigureText({ claim }: { claim: PublicClaim }) {
  return (
    <>
      <strong class="figure">{formatFigure(claim)}</strong>
      {claim.subject ? <span class="subject"> {claim.subject}</span> : null}
      {claim.hedged ? <span class="badge hedged">put as possible</span> : null}
    </>
  );
}

/** One line per side: what it said last, and when. The disagreement at a glance. */
function WhoSaysWhat({ tally }: { tally: PublicTally }) {
  const label = METRIC_LABELS[tally.metric].toLowerCase();
  return (
    <table class="who-says">
      <caption class="visually-hidden">Latest figure of each side for “{label}”</caption>
      <thead>
        <tr>
          <th scope="col">Who says it</th>
          <th scope="col">Latest figure</th>
          <th scope="col">For when</th>
          <th scope="col">Figures given</th>
        </tr>
      </thead>
      <tbody>
        {tally.parties.map((line) => {
          const latest = line.claims.find((c) => c.id === line.latestClaimId) ?? line.claims.at(-1);
          return (
            <tr key={line.party}>
              <th scope="row">{line.party}</th>
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
        <p class="span">Only counts of particular groups have been given.</p>
      )}
      <WhoSaysWhat tally={tally} />
      {tally.parties.map((line) => (
        <div class="party" key={line.party}>
          <h4>According to {line.party}</h4>
          <ol class="claims">
            {line.claims.map((claim) => (
              <li key={claim.id} class="claim">
                <FigureText claim={claim} />{' '}
                <span class="when">
                  — <When claim={claim} />
                </span>
                <blockquote class="quote">
                  “{claim.quote}” — <a href={`/sources/${claim.source.id}#q-${claim.id}`}>{claim.source.label}</a>
                </blockquote>
              </li>
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
      {tallies.length === 0 ? (
        <p>No figure has been confirmed yet.</p>
      ) : (
        tallies.map((t) => <Tally key={t.metric} tally={t} />)
      )}
    </section>
  );
}

// Reviewing a report: its verbatim text with every proposed figure marked, and beside it each
// claim to accept, correct or reject in one click (or one key, with the small review script).
import type { Claim } from '../../../domain/claim.js';
import type { Incident } from '../../../domain/incident.js';
import { SOURCE_KINDS, type Source, VISIBILITIES } from '../../../domain/source.js';
import type { User } from '../../../domain/user.js';
import { instantToLocal } from '../../../domain/zoned-time.js';
import { translator } from '../../../i18n/translator.js';
import { can } from '../../../policy/permissions.js';
import { formatFigure } from '../../../present/format.js';
import type { Versioned } from '../../../store/versioned.js';
import { ClaimFields } from './claim-fields.js';
import { DeskLayout, FieldError } from './desk-layout.js';
import { localLabel } from './time-field.js';

const tr = translator('en');

function MarkedText({ text, claims }: { text: string; claims: Versioned<Claim>[] }) {
  const marks = claims.map((c) => c.record).sort((a, b) => a.quoteStart - b.quoteStart);
  const pieces = [];
  let cursor = 0;
  for (const claim of marks) {
    if (claim.quoteStart < cursor) continue;
    pieces.push(text.slice(cursor, claim.quoteStart));
    pieces.push(
      <a key={claim.id} href={`#claim-${claim.id}`} class={`mark ${claim.status}`} id={`q-${claim.id}`}>
        {text.slice(claim.quoteStart, claim.quoteEnd)}
      </a>,
    );
    cursor = claim.quoteEnd;
  }
  pieces.push(text.slice(cursor));
  return (
    <div class="verbatim" id="source-text" lang="" data-length={text.length}>
      {pieces}
    </div>
  );
}

export interface ReviewPageProps {
  actor: User;
  csrfToken: string;
  incident: Incident;
  source: Versioned<Source>;
  claims: Versioned<Claim>[];
  addErrors?: Record<string, string>;
  addValues?: Partial<Claim>;
  notice?: string;
  /** Attributions already used in the incident, for the "who says it" field. */
  parties?: string[];
  versions?: { supersedes: string | null; supersededBy: string[] };
}

export function ReviewPage({
  parties = [],
  versions = { supersedes: null, supersededBy: [] },
  actor,
  csrfToken,
  incident,
  source,
  claims,
  addErrors = {},
  addValues = {},
  notice,
}: ReviewPageProps) {
  const canReview = can(actor.role, 'claim.review');
  const canEdit = can(actor.role, 'record.edit');
  const s = source.record;
  const counts = { proposed: 0, accepted: 0, rejected: 0 };
  for (const c of claims) counts[c.record.status] += 1;
  return (
    <DeskLayout title={`Review: ${s.label}`} actor={actor} csrfToken={csrfToken} scripts={['/desk/assets/review.js']}>
      <p class="crumbs">
        <a href={`/desk/incidents/${incident.slug}`}>{incident.title}</a> › report
      </p>
      <h1>{s.label}</h1>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <p class="meta">
        {s.kind} · {s.language} · received {instantToLocal(s.receivedAt, incident.timezone).replace('T', ' ')} (
        {incident.timezone}) · <span class={`visibility ${s.visibility}`}>{s.visibility}</span> · SHA-256{' '}
        <code>{s.sha256.slice(0, 16)}…</code> · <a href={`/desk/history/source/${s.id}`}>history</a>
      </p>
      {versions.supersedes ? (
        <p class="notice">
          This text corrects <a href={`/desk/sources/${versions.supersedes}`}>an earlier version</a>, which is kept.
        </p>
      ) : null}
      {versions.supersededBy.map((id) => (
        <p class="protected" key={id}>
          A corrected text of this report exists: <a href={`/desk/sources/${id}`}>open the correction</a>.
        </p>
      ))}
      {s.witness ? (
        <p class="protected">
          Protected identity (editors only): <strong>{s.witness.name}</strong> {s.witness.contact}
        </p>
      ) : null}
      <p class="meta">
        {counts.proposed} proposed · {counts.accepted} accepted · {counts.rejected} rejected
        {canReview ? <span class="hint"> · keys: j/k move, a accept, r reject</span> : null}
      </p>
      <datalist id="known-parties">
        {parties.map((party) => (
          <option key={party} value={party} />
        ))}
      </datalist>
      <div class="review">
        <section class="review-text" aria-label="Report text">
          <MarkedText text={s.text} claims={claims} />
        </section>
        <section class="review-claims" aria-label="Figures">
          <ol class="claim-cards">
            {claims.map(({ record: c, version }) => (
              <li key={c.id} id={`claim-${c.id}`} class={`claim-card ${c.status}`} data-claim={c.id}>
                <p>
                  <strong>{formatFigure(c, tr)}</strong> {c.metric}
                  {c.subject ? ` (${c.subject})` : ''} <span class={`status ${c.status}`}>{c.status}</span>
                  {c.hedged ? <span class="badge">hedged</span> : null}
                </p>
                <p class="meta">
                  {c.attribution ?? 'the source itself'} · as of {localLabel(c.asOf, incident.timezone)}
                </p>
                <blockquote>“{c.quote}”</blockquote>
                {canReview ? (
                  <>
                    <form method="post" action={`/desk/claims/${c.id}/decision`} class="inline decide">
                      <input type="hidden" name="_csrf" value={csrfToken} />
                      <input type="hidden" name="version" value={version} />
                      <button
                        type="submit"
                        name="decision"
                        value="accepted"
                        class="accept"
                        disabled={c.status === 'accepted'}
                      >
                        Accept
                      </button>
                      <button
                        type="submit"
                        name="decision"
                        value="rejected"
                        class="reject"
                        disabled={c.status === 'rejected'}
                      >
                        Reject
                      </button>
                    </form>
                    <details>
                      <summary>Correct</summary>
                      <form method="post" action={`/desk/claims/${c.id}`} class="stack">
                        <input type="hidden" name="_csrf" value={csrfToken} />
                        <input type="hidden" name="version" value={version} />
                        <ClaimFields
                          claim={c}
                          timezone={incident.timezone}
                          canPublish
                          idPrefix={`c-${c.id.slice(0, 8)}`}
                        />
                        <button type="submit">Save correction</button>
                      </form>
                    </details>
                  </>
                ) : null}
                <a class="meta" href={`/desk/history/claim/${c.id}`}>
                  history
                </a>
              </li>
            ))}
          </ol>
          <section id="add-claim" aria-labelledby="add-claim-h">
            <h2 id="add-claim-h">Add a figure by hand</h2>
            <p class="hint">
              Select the words in the text, then complete the figure. Without the script, copy the exact words.
            </p>
            <form method="post" action={`/desk/sources/${s.id}/claims`} class="stack">
              <input type="hidden" name="_csrf" value={csrfToken} />
              <input type="hidden" name="start" value="" id="add-claim-start" />
              <label for="add-claim-quote">Exact words</label>
              <textarea
                id="add-claim-quote"
                name="quote"
                rows={2}
                required
                aria-describedby={addErrors.quote ? 'add-claim-quote-error' : undefined}
              >
                {addValues.quote ?? ''}
              </textarea>
              <FieldError id="add-claim-quote" message={addErrors.quote} />
              <ClaimFields
                claim={addValues}
                timezone={incident.timezone}
                canPublish={canReview}
                errors={addErrors}
                idPrefix="add"
              />
              <button type="submit">Add figure</button>
            </form>
          </section>
          {can(actor.role, 'source.create') ? (
            <details class="source-correct">
              <summary>Correct the text (the current text is kept)</summary>
              <form method="post" action={`/desk/sources/${s.id}/correction`} class="stack">
                <input type="hidden" name="_csrf" value={csrfToken} />
                <label for="correction-text">Corrected text, verbatim</label>
                <textarea id="correction-text" name="text" rows={8} required>
                  {s.text}
                </textarea>
                <button type="submit">Save as a new version and extract figures</button>
              </form>
            </details>
          ) : null}
          {canEdit ? (
            <details class="source-edit">
              <summary>Label and visibility of this report</summary>
              <form method="post" action={`/desk/sources/${s.id}`} class="stack">
                <input type="hidden" name="_csrf" value={csrfToken} />
                <input type="hidden" name="version" value={source.version} />
                <label>
                  Public label <input name="label" value={s.label} required />
                </label>
                <label>
                  Kind
                  <select name="kind">
                    {SOURCE_KINDS.map((k) => (
                      <option key={k} value={k} selected={s.kind === k}>
                        {k}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  Link <input name="url" type="url" value={s.url ?? ''} />
                </label>
                <label>
                  Visibility
                  <select name="visibility">
                    {VISIBILITIES.map((v) => (
                      <option key={v} value={v} selected={s.visibility === v}>
                        {v}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="submit">Save</button>
              </form>
            </details>
          ) : null}
        </section>
      </div>
    </DeskLayout>
  );
}

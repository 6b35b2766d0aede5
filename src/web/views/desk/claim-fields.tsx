// The fields of a claim, for correcting one or adding one by hand.
import { CLAIM_STATUSES, type Claim, METRICS } from '../../../domain/claim.js';
import { FieldError } from './desk-layout.js';
import { TimeFields } from './time-field.js';

export function ClaimFields({
  claim,
  timezone,
  canPublish,
  errors = {},
  idPrefix,
}: {
  claim: Partial<Claim>;
  timezone: string;
  canPublish: boolean;
  errors?: Record<string, string>;
  idPrefix: string;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <div class="claim-fields">
      <label for={id('metric')}>Metric</label>
      <select id={id('metric')} name="metric">
        {METRICS.map((m) => (
          <option key={m} value={m} selected={claim.metric === m}>
            {m}
          </option>
        ))}
      </select>
      <label for={id('min')}>Min</label>
      <input
        id={id('min')}
        name="min"
        inputMode="numeric"
        value={claim.min ?? ''}
        required
        aria-describedby={errors.min ? `${id('min')}-error` : undefined}
      />
      <FieldError id={id('min')} message={errors.min} />
      <label for={id('max')}>
        Max <span class="hint">(empty: open-ended)</span>
      </label>
      <input
        id={id('max')}
        name="max"
        inputMode="numeric"
        value={claim.max ?? ''}
        aria-describedby={errors.max ? `${id('max')}-error` : undefined}
      />
      <FieldError id={id('max')} message={errors.max} />
      <span class="checks">
        <label class="check">
          <input type="checkbox" name="approx" checked={claim.approx ?? false} /> approximate
        </label>
        <label class="check">
          <input type="checkbox" name="hedged" checked={claim.hedged ?? false} /> hedged (possible, reported)
        </label>
      </span>
      <label for={id('attribution')}>Who says it</label>
      <input
        id={id('attribution')}
        name="attribution"
        value={claim.attribution ?? ''}
        placeholder="empty: the source itself"
      />
      <label for={id('subject')}>
        Who is counted <span class="hint">(only for a narrower group)</span>
      </label>
      <input id={id('subject')} name="subject" value={claim.subject ?? ''} />
      <TimeFields prefix="asOf" time={claim.asOf ?? null} timezone={timezone} legend="As of" />
      <FieldError id={id('asOf')} message={errors.asOf ?? errors.asOfLocal} />
      {canPublish ? (
        <>
          <label for={id('status')}>Status</label>
          <select id={id('status')} name="status">
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s} selected={(claim.status ?? 'proposed') === s}>
                {s}
              </option>
            ))}
          </select>
        </>
      ) : (
        <input type="hidden" name="status" value="proposed" />
      )}
    </div>
  );
}

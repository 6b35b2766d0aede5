// The form of a timeline event, to add one or change one.
import type { Place, TimelineEvent } from '../../../domain/incident.js';
import type { Source } from '../../../domain/source.js';
import { TimeFields } from './time-field.js';

export function EventForm({
  action,
  csrfToken,
  timezone,
  sources,
  places,
  event,
  version,
}: {
  action: string;
  csrfToken: string;
  timezone: string;
  sources: Source[];
  places: Place[];
  event?: TimelineEvent;
  version?: number;
}) {
  return (
    <form method="post" action={action} class="stack narrow">
      <input type="hidden" name="_csrf" value={csrfToken} />
      {version ? <input type="hidden" name="version" value={version} /> : null}
      <TimeFields prefix="at" time={event?.at ?? null} timezone={timezone} legend="When" />
      <label>
        What happened <input name="title" value={event?.title ?? ''} required />
      </label>
      <label>
        Details{' '}
        <textarea name="description" rows={3}>
          {event?.description ?? ''}
        </textarea>
      </label>
      <label>
        Where
        <select name="placeId">
          <option value="">—</option>
          {places.map((p) => (
            <option key={p.id} value={p.id} selected={event?.placeId === p.id}>
              {p.names.en ?? p.key}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Sources</legend>
        {sources.map((s) => (
          <label class="check" key={s.id}>
            <input type="checkbox" name="sourceIds" value={s.id} checked={event?.sourceIds.includes(s.id) ?? false} />{' '}
            {s.label}
          </label>
        ))}
      </fieldset>
      <label>
        Visibility
        <select name="visibility">
          <option value="internal" selected={event?.visibility !== 'public'}>
            internal
          </option>
          <option value="public" selected={event?.visibility === 'public'}>
            public
          </option>
        </select>
      </label>
      <button type="submit">{event ? 'Save event' : 'Add event'}</button>
    </form>
  );
}

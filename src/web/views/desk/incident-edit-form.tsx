// The form that changes an incident: title, summary, zone, start, main place, visibility.
import { instantToLocal } from '../../../domain/zoned-time.js';
import type { DeskIncident } from '../../../services/desk/desk-record.js';

export function IncidentEditForm({ csrfToken, record }: { csrfToken: string; record: DeskIncident }) {
  const incident = record.incident.record;
  return (
    <form method="post" action={`/desk/incidents/${incident.slug}`} class="stack narrow">
      <input type="hidden" name="_csrf" value={csrfToken} />
      <input type="hidden" name="version" value={record.incident.version} />
      <label>
        Title <input name="title" value={incident.title} required />
      </label>
      <label>
        Summary{' '}
        <textarea name="summary" rows={5}>
          {incident.summary}
        </textarea>
      </label>
      <label>
        Language of the record <input name="language" value={incident.language} required />
      </label>
      <label>
        Time zone <input name="timezone" value={incident.timezone} required />
      </label>
      <label>
        Started (local time){' '}
        <input
          type="datetime-local"
          name="startedAt"
          value={instantToLocal(incident.startedAt, incident.timezone)}
          required
        />
      </label>
      <label>
        Main place
        <select name="placeId">
          <option value="">—</option>
          {record.places.map(({ record: p }) => (
            <option key={p.id} value={p.id} selected={incident.placeId === p.id}>
              {p.names.en ?? p.key}
            </option>
          ))}
        </select>
      </label>
      <label>
        Visibility
        <select name="visibility">
          <option value="internal" selected={incident.visibility === 'internal'}>
            internal
          </option>
          <option value="public" selected={incident.visibility === 'public'}>
            public
          </option>
        </select>
      </label>
      <button type="submit">Save incident</button>
    </form>
  );
}

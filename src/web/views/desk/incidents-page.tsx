// The desk's start page: incidents under documentation, and a form to open a new one.
import type { Incident } from '../../../domain/incident.js';
import type { User } from '../../../domain/user.js';
import { instantToLocal } from '../../../domain/zoned-time.js';
import { can } from '../../../policy/permissions.js';
import { DeskLayout, FieldError } from './desk-layout.js';

export function IncidentsPage({
  actor,
  csrfToken,
  incidents,
  errors = {},
  values = {},
}: {
  actor: User;
  csrfToken: string;
  incidents: Incident[];
  errors?: Record<string, string>;
  values?: Record<string, string>;
}) {
  return (
    <DeskLayout title="Incidents" actor={actor} csrfToken={csrfToken}>
      <h1>Incidents</h1>
      <table class="records">
        <thead>
          <tr>
            <th scope="col">Incident</th>
            <th scope="col">Started (local)</th>
            <th scope="col">Visibility</th>
          </tr>
        </thead>
        <tbody>
          {incidents.map((incident) => (
            <tr key={incident.id}>
              <td>
                <a href={`/desk/incidents/${incident.slug}`}>{incident.title}</a>
              </td>
              <td>
                {instantToLocal(incident.startedAt, incident.timezone).replace('T', ' ')} ({incident.timezone})
              </td>
              <td>
                <span class={`visibility ${incident.visibility}`}>{incident.visibility}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {can(actor.role, 'record.edit') ? (
        <details open={Object.keys(errors).length > 0}>
          <summary>Open a new incident</summary>
          <form method="post" action="/desk/incidents" class="stack narrow">
            <input type="hidden" name="_csrf" value={csrfToken} />
            {(
              [
                ['title', 'Title', 'text'],
                ['slug', 'Address (slug)', 'text'],
                ['timezone', 'Time zone (e.g. Asia/Aqtau)', 'text'],
                ['startedAt', 'Started (local time)', 'datetime-local'],
                ['language', 'Language of the record (e.g. en)', 'text'],
              ] as const
            ).map(([name, label, type]) => (
              <label key={name}>
                {label}
                <input
                  name={name}
                  type={type}
                  value={values[name] ?? ''}
                  required
                  aria-describedby={errors[name] ? `new-${name}-error` : undefined}
                />
                <FieldError id={`new-${name}`} message={errors[name]} />
              </label>
            ))}
            <label>
              Summary{' '}
              <textarea name="summary" rows={3}>
                {values.summary ?? ''}
              </textarea>
            </label>
            <label>
              Visibility
              <select name="visibility">
                <option value="internal">internal</option>
                <option value="public">public</option>
              </select>
            </label>
            <button type="submit">Open incident</button>
          </form>
        </details>
      ) : null}
    </DeskLayout>
  );
}

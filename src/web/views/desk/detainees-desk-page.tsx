// Detained people and demands of one incident on the desk: who is held, their status over time,
// protected identities (for roles that may see them), and the campaign's numbered demands.
import type { Demand } from '../../../domain/demand.js';
import { DEMAND_STATUSES } from '../../../domain/demand.js';
import { latestStatus, PERSON_STATUSES, type Person } from '../../../domain/detainee.js';
import type { Source } from '../../../domain/source.js';
import type { User } from '../../../domain/user.js';
import type { DeskDetainees } from '../../../services/desk/detainees.js';
import { DeskLayout } from './desk-layout.js';

export function PersonForm({
  action,
  csrfToken,
  person,
  version,
}: {
  action: string;
  csrfToken: string;
  person?: Person;
  version?: number;
}) {
  return (
    <form method="post" action={action} class="stack narrow">
      <input type="hidden" name="_csrf" value={csrfToken} />
      {version ? <input type="hidden" name="version" value={version} /> : null}
      <label>
        Name <input name="name" value={person?.name ?? ''} />
      </label>
      <label class="check">
        <input type="checkbox" name="protected" checked={person?.protected ?? false} /> Protected: the public sees the
        descriptor only
      </label>
      <label>
        Descriptor (public){' '}
        <input name="descriptor" value={person?.descriptor ?? ''} required placeholder="a worker, 34" />
      </label>
      <label>
        Role <input name="role" value={person?.role ?? ''} required placeholder="striking oil worker" />
      </label>
      <label>
        Detained where <input name="detainedPlace" value={person?.detainedPlace ?? ''} />
      </label>
      <label>
        Detained on <input type="date" name="detainedAt" value={person?.detainedAt ?? ''} />
      </label>
      <label>
        Lawyer (desk only) <input name="lawyer" value={person?.lawyer ?? ''} />
      </label>
      <label>
        Notes (desk only){' '}
        <textarea name="notes" rows={3}>
          {person?.notes ?? ''}
        </textarea>
      </label>
      <label>
        Visibility
        <select name="visibility">
          <option value="internal" selected={person?.visibility !== 'public'}>
            internal
          </option>
          <option value="public" selected={person?.visibility === 'public'}>
            public
          </option>
        </select>
      </label>
      {person ? null : (
        <fieldset>
          <legend>First status</legend>
          <label>
            Status
            <select name="status">
              <option value="">—</option>
              {PERSON_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label>
            On <input type="date" name="statusDate" />
          </label>
        </fieldset>
      )}
      <button type="submit">{person ? 'Save person' : 'Add person'}</button>
    </form>
  );
}

export function StatusForm({
  csrfToken,
  person,
  version,
  sources,
}: {
  csrfToken: string;
  person: Person;
  version: number;
  sources: Source[];
}) {
  return (
    <form method="post" action={`/desk/persons/${person.id}/status`} class="stack narrow">
      <input type="hidden" name="_csrf" value={csrfToken} />
      <input type="hidden" name="version" value={version} />
      <label>
        New status
        <select name="status">
          {PERSON_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        On <input type="date" name="date" required />
      </label>
      <label>
        Source
        <select name="sourceId">
          <option value="">—</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Note (public for named people) <input name="note" />
      </label>
      <button type="submit">Add status</button>
    </form>
  );
}

export function DemandForm({
  action,
  csrfToken,
  demand,
  version,
}: {
  action: string;
  csrfToken: string;
  demand?: Demand;
  version?: number;
}) {
  return (
    <form method="post" action={action} class="stack narrow">
      <input type="hidden" name="_csrf" value={csrfToken} />
      {version ? <input type="hidden" name="version" value={version} /> : null}
      <label>
        Number <input name="number" type="number" min={1} value={demand?.number ?? ''} required />
      </label>
      <label>
        Demand{' '}
        <textarea name="text" rows={2} required>
          {demand?.text ?? ''}
        </textarea>
      </label>
      <label>
        Language <input name="language" value={demand?.language ?? 'en'} required />
      </label>
      <label>
        Status
        <select name="status">
          {DEMAND_STATUSES.map((s) => (
            <option key={s} value={s} selected={(demand?.status ?? 'open') === s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        Since <input type="date" name="statusDate" value={demand?.statusDate ?? ''} />
      </label>
      <button type="submit">{demand ? 'Save demand' : 'Add demand'}</button>
    </form>
  );
}

export function DetaineesDeskPage({
  actor,
  csrfToken,
  record,
}: {
  actor: User;
  csrfToken: string;
  record: DeskDetainees;
}) {
  const { incident } = record;
  return (
    <DeskLayout title={`Detainees: ${incident.title}`} actor={actor} csrfToken={csrfToken}>
      <p class="crumbs">
        <a href="/desk">Incidents</a> › <a href={`/desk/incidents/${incident.slug}`}>{incident.title}</a> ›
      </p>
      <h1>Detainees and demands</h1>
      <section aria-labelledby="persons-h">
        <h2 id="persons-h">Detained people</h2>
        <table class="records">
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Public as</th>
              <th scope="col">Role</th>
              <th scope="col">Latest status</th>
              <th scope="col">Visibility</th>
            </tr>
          </thead>
          <tbody>
            {record.persons.map(({ record: p }) => {
              const latest = latestStatus(p.history);
              return (
                <tr key={p.id} id={`person-${p.id}`}>
                  <td>
                    <a href={`/desk/persons/${p.id}`}>{p.name ?? '(name not known)'}</a>
                  </td>
                  <td>{p.protected ? `protected: ${p.descriptor}` : (p.name ?? p.descriptor)}</td>
                  <td>{p.role}</td>
                  <td>{latest ? `${latest.status}, ${latest.date}` : '—'}</td>
                  <td>
                    <span class={`visibility ${p.visibility}`}>{p.visibility}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <details>
          <summary>Add a person</summary>
          <PersonForm action={`/desk/incidents/${incident.slug}/persons`} csrfToken={csrfToken} />
        </details>
      </section>
      <section aria-labelledby="demands-h">
        <h2 id="demands-h">Demands</h2>
        <table class="records">
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Demand</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {record.demands.map(({ record: d }) => (
              <tr key={d.id} id={`demand-${d.id}`}>
                <td>{d.number}</td>
                <td>
                  <a href={`/desk/demands/${d.id}`}>{d.text}</a>
                </td>
                <td>
                  {d.status}
                  {d.statusDate ? `, ${d.statusDate}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <details>
          <summary>Add a demand</summary>
          <DemandForm action={`/desk/incidents/${incident.slug}/demands`} csrfToken={csrfToken} />
        </details>
      </section>
    </DeskLayout>
  );
}

export function PersonHistory({ person, sources }: { person: Person; sources: Source[] }) {
  const label = (id: string | null) => (id ? (sources.find((s) => s.id === id)?.label ?? id) : '');
  return (
    <section aria-labelledby="history-h">
      <h2 id="history-h">Status over time</h2>
      {person.history.length === 0 ? (
        <p>No status yet.</p>
      ) : (
        <ol>
          {person.history.map((entry) => (
            <li key={entry.id}>
              {entry.date}: <strong>{entry.status}</strong>
              {entry.note ? ` — ${entry.note}` : ''}
              {entry.sourceId ? ` (${label(entry.sourceId)})` : ''}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

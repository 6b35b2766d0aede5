// One incident on the desk: its reports with their review state, the timeline, the places, and
// the forms to add to each.
import type { User } from '../../../domain/user.js';
import { instantToLocal } from '../../../domain/zoned-time.js';
import { can } from '../../../policy/permissions.js';
import type { DeskIncident } from '../../../services/desk/desk-record.js';
import { DeskLayout } from './desk-layout.js';
import { EventForm } from './event-form.js';
import { PlaceForm } from './place-form.js';
import { localLabel } from './time-field.js';

export function IncidentDeskPage({
  actor,
  csrfToken,
  record,
}: {
  actor: User;
  csrfToken: string;
  record: DeskIncident;
}) {
  const incident = record.incident.record;
  const tz = incident.timezone;
  const canEdit = can(actor.role, 'record.edit');
  const claimCounts = (sourceId: string) => {
    const counts = { proposed: 0, accepted: 0, rejected: 0 };
    for (const c of record.claims) if (c.record.sourceId === sourceId) counts[c.record.status] += 1;
    return counts;
  };
  const placeName = (id: string | null) => record.places.find((p) => p.record.id === id)?.record.names.en ?? '';
  return (
    <DeskLayout title={incident.title} actor={actor} csrfToken={csrfToken}>
      <p class="crumbs">
        <a href="/desk">Incidents</a> ›
      </p>
      <h1>{incident.title}</h1>
      <p class="meta">
        <span class={`visibility ${incident.visibility}`}>{incident.visibility}</span> · {tz} ·{' '}
        {incident.visibility === 'public' ? <a href={`/incidents/${incident.slug}`}>public page</a> : 'not published'} ·{' '}
        <a href={`/desk/history/incident/${incident.id}`}>history</a>
        {canEdit ? (
          <>
            {' '}
            · <a href={`/desk/incidents/${incident.slug}/edit`}>edit</a>
          </>
        ) : null}
        {can(actor.role, 'solidarity.moderate') ? (
          <>
            {' '}
            · <a href={`/desk/incidents/${incident.slug}/solidarity`}>solidarity from readers</a>
          </>
        ) : null}
        {can(actor.role, 'detainees.edit') ? (
          <>
            {' '}
            · <a href={`/desk/incidents/${incident.slug}/detainees`}>detainees and demands</a>
          </>
        ) : null}
      </p>

      <section aria-labelledby="reports-h">
        <h2 id="reports-h">Reports</h2>
        {can(actor.role, 'source.create') ? (
          <p>
            <a class="button" href={`/desk/incidents/${incident.slug}/sources/new`}>
              Add a report
            </a>
          </p>
        ) : null}
        <table class="records">
          <thead>
            <tr>
              <th scope="col">Report</th>
              <th scope="col">Kind</th>
              <th scope="col">Received (local)</th>
              <th scope="col">Visibility</th>
              <th scope="col">Figures: proposed / accepted / rejected</th>
            </tr>
          </thead>
          <tbody>
            {record.sources.map(({ record: s }) => {
              const counts = claimCounts(s.id);
              return (
                <tr key={s.id}>
                  <td>
                    <a href={`/desk/sources/${s.id}`}>{s.label}</a>
                  </td>
                  <td>{s.kind}</td>
                  <td>{instantToLocal(s.receivedAt, tz).replace('T', ' ')}</td>
                  <td>
                    <span class={`visibility ${s.visibility}`}>{s.visibility}</span>
                  </td>
                  <td>
                    {counts.proposed > 0 ? <strong>{counts.proposed}</strong> : 0} / {counts.accepted} /{' '}
                    {counts.rejected}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="events-h">
        <h2 id="events-h">Timeline</h2>
        <table class="records">
          <thead>
            <tr>
              <th scope="col">When (local)</th>
              <th scope="col">What</th>
              <th scope="col">Where</th>
              <th scope="col">Visibility</th>
            </tr>
          </thead>
          <tbody>
            {record.events.map(({ record: e }) => (
              <tr key={e.id}>
                <td>{localLabel(e.at, tz)}</td>
                <td>{canEdit ? <a href={`/desk/events/${e.id}`}>{e.title}</a> : e.title}</td>
                <td>{placeName(e.placeId)}</td>
                <td>
                  <span class={`visibility ${e.visibility}`}>{e.visibility}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {canEdit ? (
          <details>
            <summary>Add an event</summary>
            <EventForm
              action={`/desk/incidents/${incident.slug}/events`}
              csrfToken={csrfToken}
              timezone={tz}
              sources={record.sources.map((s) => s.record)}
              places={record.places.map((p) => p.record)}
            />
          </details>
        ) : null}
      </section>

      <section aria-labelledby="places-h">
        <h2 id="places-h">Places</h2>
        <table class="records">
          <thead>
            <tr>
              <th scope="col">Place</th>
              <th scope="col">Names</th>
              <th scope="col">Kind</th>
              <th scope="col">Lat, lon</th>
            </tr>
          </thead>
          <tbody>
            {record.places.map(({ record: p }) => (
              <tr key={p.id}>
                <td>{canEdit ? <a href={`/desk/places/${p.id}`}>{p.names.en ?? p.key}</a> : (p.names.en ?? p.key)}</td>
                <td>
                  {Object.entries(p.names)
                    .map(([lang, name]) => `${lang}: ${name}`)
                    .join(' · ')}
                </td>
                <td>{p.kind}</td>
                <td>
                  {p.lat}, {p.lon}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {canEdit ? (
          <details>
            <summary>Add a place</summary>
            <PlaceForm action={`/desk/incidents/${incident.slug}/places`} csrfToken={csrfToken} />
          </details>
        ) : null}
      </section>
    </DeskLayout>
  );
}

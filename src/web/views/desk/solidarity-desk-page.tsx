// Moderation of what readers sent for one incident: solidarity actions and messages, pending ones
// first, each approved, rejected or opened for correction.
import type { ModerationStatus, SolidarityAction, SolidarityMessage } from '../../../domain/solidarity.js';
import type { User } from '../../../domain/user.js';
import type { DeskSolidarity } from '../../../services/desk/solidarity.js';
import type { Versioned } from '../../../store/versioned.js';
import { DeskLayout } from './desk-layout.js';

const ORDER: Record<ModerationStatus, number> = { pending: 0, approved: 1, rejected: 2 };
/** Pending first, as that is the work to do; the list keeps the store's order within a status. */
const byStatus = <T extends { status: ModerationStatus }>(a: Versioned<T>, b: Versioned<T>) =>
  ORDER[a.record.status] - ORDER[b.record.status];
const byDateDescending = (a: Versioned<SolidarityAction>, b: Versioned<SolidarityAction>) =>
  b.record.date.localeCompare(a.record.date);

function EmptyRow({ columns, text }: { columns: number; text: string }) {
  return (
    <tr>
      <td colSpan={columns} class="empty">
        {text}
      </td>
    </tr>
  );
}

function Decision({
  action,
  csrfToken,
  version,
  status,
}: {
  action: string;
  csrfToken: string;
  version: number;
  status: ModerationStatus;
}) {
  return (
    <span class="decisions">
      {(['approved', 'rejected'] as const)
        .filter((s) => s !== status)
        .map((s) => (
          <form key={s} method="post" action={action} class="inline">
            <input type="hidden" name="_csrf" value={csrfToken} />
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="status" value={s} />
            <button type="submit">{s === 'approved' ? 'Approve' : 'Reject'}</button>
          </form>
        ))}
    </span>
  );
}

export function SolidarityDeskPage({
  actor,
  csrfToken,
  record,
}: {
  actor: User;
  csrfToken: string;
  record: DeskSolidarity;
}) {
  const { incident } = record;
  const actions = [...record.actions].sort(byDateDescending).sort(byStatus);
  const messages = [...record.messages].sort(byStatus);
  const pending = (list: Versioned<{ status: ModerationStatus }>[]) =>
    list.filter((x) => x.record.status === 'pending').length;
  return (
    <DeskLayout title={`Solidarity: ${incident.title}`} actor={actor} csrfToken={csrfToken}>
      <p class="crumbs">
        <a href="/desk">Incidents</a> › <a href={`/desk/incidents/${incident.slug}`}>{incident.title}</a> ›
      </p>
      <h1>Solidarity sent by readers</h1>
      <section aria-labelledby="actions-h">
        <h2 id="actions-h">
          Actions <span class="count">({pending(actions)} pending)</span>
        </h2>
        <table class="records">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Where</th>
              <th scope="col">What, by whom</th>
              <th scope="col">Link</th>
              <th scope="col">Status</th>
              <th scope="col">Decide</th>
            </tr>
          </thead>
          <tbody>
            {actions.length === 0 ? <EmptyRow columns={6} text="No action reported yet." /> : null}
            {actions.map(({ record: a, version }: Versioned<SolidarityAction>) => (
              <tr key={a.id} id={`action-${a.id}`}>
                <td class="nowrap">{a.date}</td>
                <td>
                  {a.city ? `${a.city}, ` : ''}
                  {a.country}
                  {a.lat !== null ? <span class="hint"> · on the map</span> : null}
                </td>
                <td>
                  <a href={`/desk/solidarity-actions/${a.id}`}>{a.what}</a>
                  {a.organisation ? ` — ${a.organisation}` : ''}
                </td>
                <td>{a.link ?? ''}</td>
                <td>
                  <span class={`status ${a.status}`}>{a.status}</span>
                </td>
                <td>
                  <Decision
                    action={`/desk/solidarity-actions/${a.id}/decision`}
                    csrfToken={csrfToken}
                    version={version}
                    status={a.status}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="messages-h">
        <h2 id="messages-h">
          Messages <span class="count">({pending(messages)} pending)</span>
        </h2>
        <table class="records">
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">From</th>
              <th scope="col">Message</th>
              <th scope="col">Status</th>
              <th scope="col">Decide</th>
            </tr>
          </thead>
          <tbody>
            {messages.length === 0 ? <EmptyRow columns={5} text="No message sent yet." /> : null}
            {messages.map(({ record: m, version }: Versioned<SolidarityMessage>) => (
              <tr key={m.id} id={`message-${m.id}`}>
                <td class="nowrap">{m.receivedAt.slice(0, 16).replace('T', ' ')} UTC</td>
                <td>
                  {m.author}
                  {m.country ? `, ${m.country}` : ''}
                </td>
                <td class="message-text">
                  <a href={`/desk/messages/${m.id}`}>edit</a> {m.text}
                </td>
                <td>
                  <span class={`status ${m.status}`}>{m.status}</span>
                </td>
                <td>
                  <Decision
                    action={`/desk/messages/${m.id}/decision`}
                    csrfToken={csrfToken}
                    version={version}
                    status={m.status}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </DeskLayout>
  );
}

const STATUSES: ModerationStatus[] = ['pending', 'approved', 'rejected'];

function StatusSelect({ status }: { status: ModerationStatus }) {
  return (
    <label>
      Status
      <select name="status">
        {STATUSES.map((s) => (
          <option key={s} value={s} selected={s === status}>
            {s}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ActionForm({
  csrfToken,
  action,
  version,
}: {
  csrfToken: string;
  action: SolidarityAction;
  version: number;
}) {
  return (
    <form method="post" action={`/desk/solidarity-actions/${action.id}`} class="stack narrow">
      <input type="hidden" name="_csrf" value={csrfToken} />
      <input type="hidden" name="version" value={version} />
      <label>
        Date <input type="date" name="date" value={action.date} required />
      </label>
      <label>
        Country (ISO code) <input name="country" value={action.country} required maxLength={2} />
      </label>
      <label>
        City <input name="city" value={action.city ?? ''} />
      </label>
      <label>
        Latitude <input name="lat" value={action.lat ?? ''} inputMode="decimal" />
      </label>
      <label>
        Longitude <input name="lon" value={action.lon ?? ''} inputMode="decimal" />
      </label>
      <label>
        Organisation <input name="organisation" value={action.organisation ?? ''} />
      </label>
      <label>
        What was done <input name="what" value={action.what} required />
      </label>
      <label>
        Link <input type="url" name="link" value={action.link ?? ''} />
      </label>
      <StatusSelect status={action.status} />
      <button type="submit">Save action</button>
    </form>
  );
}

export function MessageForm({
  csrfToken,
  message,
  version,
}: {
  csrfToken: string;
  message: SolidarityMessage;
  version: number;
}) {
  return (
    <form method="post" action={`/desk/messages/${message.id}`} class="stack narrow">
      <input type="hidden" name="_csrf" value={csrfToken} />
      <input type="hidden" name="version" value={version} />
      <label>
        From <input name="author" value={message.author} required />
      </label>
      <label>
        Country (ISO code) <input name="country" value={message.country ?? ''} maxLength={2} />
      </label>
      <label>
        Message{' '}
        <textarea name="text" rows={8} required>
          {message.text}
        </textarea>
      </label>
      <StatusSelect status={message.status} />
      <button type="submit">Save message</button>
    </form>
  );
}

// The audit trail of one record: who changed what, when, before and after. Newest first.
import type { User } from '../../../domain/user.js';
import type { AuditEntry } from '../../../store/audit.js';
import { DeskLayout } from './desk-layout.js';

function changedFields(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

export function HistoryPage({
  actor,
  entity,
  entries,
  backTo,
}: {
  actor: User;
  entity: string;
  entries: AuditEntry[];
  backTo: string;
}) {
  return (
    <DeskLayout title={`History of a ${entity}`} actor={actor}>
      <p class="crumbs">
        <a href={backTo}>back</a>
      </p>
      <h1>History of this {entity}</h1>
      {entries.length === 0 ? <p>No change recorded.</p> : null}
      <ol class="history">
        {entries.map((entry) => {
          const changed = changedFields(entry.before, entry.after);
          const before = (entry.before ?? {}) as Record<string, unknown>;
          const after = (entry.after ?? {}) as Record<string, unknown>;
          return (
            <li key={entry.id}>
              <p>
                <time dateTime={entry.at}>{entry.at.replace('T', ' ').slice(0, 19)} UTC</time> ·{' '}
                <strong>{entry.userName}</strong> · {entry.action}
              </p>
              {entry.action === 'update' ? (
                <table class="changes">
                  <thead>
                    <tr>
                      <th scope="col">Field</th>
                      <th scope="col">Before</th>
                      <th scope="col">After</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changed.map((field) => (
                      <tr key={field}>
                        <th scope="row">{field}</th>
                        <td>{JSON.stringify(before[field])}</td>
                        <td>{JSON.stringify(after[field])}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <details>
                  <summary>Record as {entry.action === 'create' ? 'created' : 'deleted'}</summary>
                  <pre>{JSON.stringify(entry.action === 'create' ? entry.after : entry.before, null, 2)}</pre>
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </DeskLayout>
  );
}

// When two people saved the same record: both versions side by side, nothing overwritten.
import type { User } from '../../../domain/user.js';
import { DeskLayout } from './desk-layout.js';

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function ConflictPage({
  actor,
  what,
  mine,
  theirs,
  backTo,
}: {
  actor: User;
  what: string;
  mine: object;
  theirs: object;
  backTo: string;
}) {
  const fields = [...new Set([...Object.keys(theirs), ...Object.keys(mine)])].filter(
    (f) => f !== 'id' && f !== 'incidentId',
  );
  const theirsRecord = theirs as Record<string, unknown>;
  const mineRecord = mine as Record<string, unknown>;
  return (
    <DeskLayout title="Saved by someone else" actor={actor}>
      <h1>This {what} was changed while you were editing it</h1>
      <p class="error-message" role="alert">
        Your changes were not saved, and nothing was overwritten. Compare the two versions, then open the record again
        to apply what is still needed.
      </p>
      <table class="conflict">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Saved now (theirs)</th>
            <th scope="col">Yours, not saved</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const differs = show(theirsRecord[field]) !== show(mineRecord[field]);
            return (
              <tr key={field} class={differs ? 'differs' : undefined}>
                <th scope="row">{field}</th>
                <td>{show(theirsRecord[field])}</td>
                <td>{show(mineRecord[field])}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <a href={backTo}>Open the current version</a>
      </p>
    </DeskLayout>
  );
}

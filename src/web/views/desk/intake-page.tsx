// Adding a report: paste it, upload a .txt or .md file, or write the note of a call.
import type { Incident } from '../../../domain/incident.js';
import { SOURCE_KINDS } from '../../../domain/source.js';
import type { User } from '../../../domain/user.js';
import { instantToLocal } from '../../../domain/zoned-time.js';
import { can } from '../../../policy/permissions.js';
import { DeskLayout, FieldError } from './desk-layout.js';

export interface IntakeValues {
  kind?: string;
  label?: string;
  language?: string | null;
  receivedAt?: string;
  url?: string | null;
  text?: string;
  witnessName?: string | null;
  witnessContact?: string | null;
  visibility?: string;
  intake?: string;
}

const LANGUAGES = [
  ['', 'detect'],
  ['fr', 'French'],
  ['en', 'English'],
  ['ru', 'Russian'],
  ['kk', 'Kazakh'],
] as const;

export function IntakePage({
  actor,
  csrfToken,
  incident,
  values = {},
  errors = {},
}: {
  actor: User;
  csrfToken: string;
  incident: Incident;
  values?: IntakeValues;
  errors?: Record<string, string>;
}) {
  const canPublish = can(actor.role, 'record.edit');
  const describedBy = (field: string) => (errors[field] ? `intake-${field}-error` : undefined);
  const receivedAt = values.receivedAt ?? instantToLocal(new Date().toISOString(), incident.timezone);
  return (
    <DeskLayout title="Add a report" actor={actor} csrfToken={csrfToken}>
      <p class="crumbs">
        <a href={`/desk/incidents/${incident.slug}`}>{incident.title}</a> › add a report
      </p>
      <h1>Add a report</h1>
      {errors.form ? (
        <p class="error-message" role="alert">
          {errors.form}
        </p>
      ) : null}
      <form
        method="post"
        action={`/desk/incidents/${incident.slug}/sources`}
        enctype="multipart/form-data"
        class="stack"
      >
        <input type="hidden" name="_csrf" value={csrfToken} />
        <fieldset class="choices">
          <legend>How it came</legend>
          {(
            [
              ['paste', 'pasted text'],
              ['upload', 'a file'],
              ['call-note', 'note of a call'],
            ] as const
          ).map(([value, label]) => (
            <label class="check" key={value}>
              <input type="radio" name="intake" value={value} checked={(values.intake ?? 'paste') === value} /> {label}
            </label>
          ))}
        </fieldset>
        <label for="intake-text">Text, verbatim</label>
        <textarea id="intake-text" name="text" rows={12} aria-describedby={describedBy('text')}>
          {values.text ?? ''}
        </textarea>
        <FieldError id="intake-text" message={errors.text} />
        <label for="intake-file">
          …or a .txt or .md file <span class="hint">(UTF-8, at most 2 MB)</span>
        </label>
        <input
          id="intake-file"
          type="file"
          name="file"
          accept=".txt,.md,text/plain,text/markdown"
          aria-describedby={describedBy('file')}
        />
        <FieldError id="intake-file" message={errors.file} />
        <label for="intake-label">Public label</label>
        <input
          id="intake-label"
          name="label"
          value={values.label ?? ''}
          required
          placeholder="Workers, by phone"
          aria-describedby={describedBy('label')}
        />
        <FieldError id="intake-label" message={errors.label} />
        <label for="intake-kind">Kind</label>
        <select id="intake-kind" name="kind">
          {SOURCE_KINDS.map((k) => (
            <option key={k} value={k} selected={(values.kind ?? 'witness') === k}>
              {k}
            </option>
          ))}
        </select>
        <label for="intake-language">Language</label>
        <select id="intake-language" name="language">
          {LANGUAGES.map(([code, name]) => (
            <option key={code} value={code} selected={(values.language ?? '') === code}>
              {name}
            </option>
          ))}
        </select>
        <label for="intake-received">
          Received <span class="hint">(local time, {incident.timezone})</span>
        </label>
        <input
          id="intake-received"
          type="datetime-local"
          name="receivedAt"
          value={receivedAt}
          required
          aria-describedby={describedBy('receivedAt')}
        />
        <FieldError id="intake-received" message={errors.receivedAt} />
        <label for="intake-url">Link</label>
        <input id="intake-url" type="url" name="url" value={values.url ?? ''} aria-describedby={describedBy('url')} />
        <FieldError id="intake-url" message={errors.url} />
        <fieldset>
          <legend>Witness identity (protected: only editors and admins see it; never published)</legend>
          <label>
            Name <input name="witnessName" value={values.witnessName ?? ''} autoComplete="off" />
          </label>
          <label>
            Contact <input name="witnessContact" value={values.witnessContact ?? ''} autoComplete="off" />
          </label>
        </fieldset>
        {canPublish ? (
          <label>
            Visibility
            <select name="visibility">
              <option value="public" selected={values.visibility === 'public'}>
                public: its accepted figures are published
              </option>
              <option value="internal" selected={values.visibility !== 'public'}>
                internal: desk only
              </option>
            </select>
          </label>
        ) : (
          <p class="hint">Reports you add stay internal until an editor publishes them.</p>
        )}
        <button type="submit">Add and extract figures</button>
      </form>
    </DeskLayout>
  );
}

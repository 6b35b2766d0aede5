// Updates on the desk: the list, newest first, and the form that writes or corrects one. The
// form keeps what was typed when a save is refused, so a long text is never lost.
import { VISIBILITIES } from '../../../domain/source.js';
import type { Update } from '../../../domain/update.js';
import type { User } from '../../../domain/user.js';
import type { DeskUpdates } from '../../../services/desk/updates.js';
import { DeskLayout } from './desk-layout.js';

/** What the form shows: a stored update, or what an editor typed. */
export interface UpdateFormValues {
  slug: string;
  title: string;
  byline: string;
  language: string;
  publishedAt: string;
  incident: string;
  translationGroup: string;
  related: string;
  body: string;
  visibility: string;
}

export function formValuesOf(update: Update, incidentSlug: string | null): UpdateFormValues {
  return {
    slug: update.slug,
    title: update.title,
    byline: update.byline,
    language: update.language,
    publishedAt: update.publishedAt.slice(0, 16),
    incident: incidentSlug ?? '',
    translationGroup: update.translationGroup ?? '',
    related: update.related.map((r) => `${r.title} | ${r.url}`).join('\n'),
    body: update.body,
    visibility: update.visibility,
  };
}

export function blankUpdate(actor: User, now: Date): UpdateFormValues {
  return {
    slug: '',
    title: '',
    byline: actor.name,
    language: 'en',
    publishedAt: now.toISOString().slice(0, 16),
    incident: '',
    translationGroup: '',
    related: '',
    body: '',
    visibility: 'internal',
  };
}

export function UpdateForm({
  action,
  csrfToken,
  values,
  version,
  incidents,
}: {
  action: string;
  csrfToken: string;
  values: UpdateFormValues;
  version?: number;
  incidents: { slug: string; title: string }[];
}) {
  return (
    <form method="post" action={action} class="stack">
      <input type="hidden" name="_csrf" value={csrfToken} />
      {version ? <input type="hidden" name="version" value={version} /> : null}
      <label>
        Title <input name="title" value={values.title} required maxLength={300} />
      </label>
      <label>
        Address: the last part of /…/updates/…, lowercase letters, digits and dashes{' '}
        <input name="slug" value={values.slug} required pattern="[a-z0-9][a-z0-9\-]{0,99}" />
      </label>
      <label>
        Byline <input name="byline" value={values.byline} required maxLength={200} />
      </label>
      <label>
        Language of the text <input name="language" value={values.language} required size={4} />
      </label>
      <label>
        Published at (UTC) <input type="datetime-local" name="publishedAt" value={values.publishedAt} required />
      </label>
      <label>
        About the incident
        <select name="incident">
          <option value="">(the whole site)</option>
          {incidents.map((i) => (
            <option key={i.slug} value={i.slug} selected={values.incident === i.slug}>
              {i.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Translation group (the same words on every translation of one piece){' '}
        <input name="translationGroup" value={values.translationGroup} maxLength={100} />
      </label>
      <label>
        Text (Markdown: **bold**, _italic_, [link](https://…), ## heading, - list; no HTML){' '}
        <textarea name="body" rows={18} required>
          {values.body}
        </textarea>
      </label>
      <label>
        Related reading, one a line: Title | https://address{' '}
        <textarea name="related" rows={3}>
          {values.related}
        </textarea>
      </label>
      <label>
        Visibility
        <select name="visibility">
          {VISIBILITIES.map((v) => (
            <option key={v} value={v} selected={values.visibility === v}>
              {v === 'public' ? 'public: on the site now' : 'internal: a draft only the desk sees'}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{version ? 'Save update' : 'Add update'}</button>
    </form>
  );
}

export function UpdatesDeskPage({ actor, csrfToken, record }: { actor: User; csrfToken: string; record: DeskUpdates }) {
  const titles = new Map(record.incidents.map((i) => [i.id, i.title]));
  return (
    <DeskLayout title="Updates" actor={actor} csrfToken={csrfToken}>
      <h1>Updates</h1>
      <p>
        <a href="/desk/updates/new">Write an update</a>
      </p>
      <table class="records">
        <thead>
          <tr>
            <th scope="col">Published (UTC)</th>
            <th scope="col">Title</th>
            <th scope="col">Language</th>
            <th scope="col">About</th>
            <th scope="col">Visibility</th>
          </tr>
        </thead>
        <tbody>
          {record.updates.length === 0 ? (
            <tr>
              <td colSpan={5} class="empty">
                No update yet.
              </td>
            </tr>
          ) : null}
          {record.updates.map(({ record: u }) => (
            <tr key={u.id} id={`update-${u.id}`}>
              <td class="nowrap">{u.publishedAt.slice(0, 16).replace('T', ' ')}</td>
              <td>
                <a href={`/desk/updates/${u.id}`}>{u.title}</a>
              </td>
              <td>{u.language}</td>
              <td>{u.incidentId ? (titles.get(u.incidentId) ?? '') : 'the whole site'}</td>
              <td>
                <span class={`badge ${u.visibility}`}>{u.visibility}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </DeskLayout>
  );
}

// The frame of every desk page: who is logged in, where to go, and a way out.
import type { ComponentChildren } from 'preact';
import type { User } from '../../../domain/user.js';
import { can } from '../../../policy/permissions.js';

export interface DeskLayoutProps {
  title: string;
  actor: User | null;
  csrfToken?: string;
  children: ComponentChildren;
  scripts?: string[];
}

export function DeskLayout({ title, actor, csrfToken, children, scripts = [] }: DeskLayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${title} · Témoin desk`}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/desk/assets/desk.css" />
        {scripts.map((src) => (
          <script key={src} src={src} defer />
        ))}
      </head>
      <body class="desk">
        <header class="desk-header">
          <a class="brand" href="/desk">
            Témoin <span>desk</span>
          </a>
          {actor ? (
            <nav aria-label="Desk">
              <a href="/desk">Incidents</a>
              {can(actor.role, 'record.edit') ? <a href="/desk/updates">Updates</a> : null}
              {can(actor.role, 'users.manage') ? <a href="/desk/users">Accounts</a> : null}
              <a href="/">Public site</a>
              <span class="who">
                {actor.name} ({actor.role})
              </span>
              {csrfToken ? (
                <form method="post" action="/desk/logout" class="inline">
                  <input type="hidden" name="_csrf" value={csrfToken} />
                  <button type="submit">Log out</button>
                </form>
              ) : null}
            </nav>
          ) : null}
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}

/** A message next to a form field, tied to it for screen readers. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p class="field-error" id={`${id}-error`} role="alert">
      {message}
    </p>
  ) : null;
}

export function DeskMessage({ status, message, actor }: { status: number; message: string; actor: User | null }) {
  const title =
    status === 404 ? 'Not found' : status === 403 ? 'Not allowed' : status === 409 ? 'Conflict' : 'Cannot do this';
  return (
    <DeskLayout title={title} actor={actor}>
      <h1>{title}</h1>
      <p class="error-message">{message}</p>
      <p>
        <a href="/desk">Back to the desk</a>
      </p>
    </DeskLayout>
  );
}

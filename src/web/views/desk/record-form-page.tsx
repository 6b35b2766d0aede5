// A page holding one record's edit form, with the error that sent the person back to it.
import type { ComponentChildren } from 'preact';
import type { User } from '../../../domain/user.js';
import { DeskLayout } from './desk-layout.js';

export function RecordFormPage({
  actor,
  csrfToken,
  title,
  backTo,
  historyHref,
  error,
  children,
}: {
  actor: User;
  csrfToken: string;
  title: string;
  backTo: string;
  historyHref?: string;
  error?: string;
  children: ComponentChildren;
}) {
  return (
    <DeskLayout title={title} actor={actor} csrfToken={csrfToken}>
      <p class="crumbs">
        <a href={backTo}>back</a>
        {historyHref ? (
          <>
            {' '}
            · <a href={historyHref}>history</a>
          </>
        ) : null}
      </p>
      <h1>{title}</h1>
      {error ? (
        <p class="error-message" role="alert">
          {error}
        </p>
      ) : null}
      {children}
    </DeskLayout>
  );
}

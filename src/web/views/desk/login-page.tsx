// The desk's login form. It says the same thing for a wrong e-mail and a wrong password.
import { DeskLayout } from './desk-layout.js';

export function LoginPage({
  csrfToken,
  next,
  message,
  email = '',
}: {
  csrfToken: string;
  next: string;
  message?: string;
  email?: string;
}) {
  return (
    <DeskLayout title="Log in" actor={null}>
      <h1>Log in to the desk</h1>
      {message ? (
        <p class="error-message" role="alert">
          {message}
        </p>
      ) : null}
      <form method="post" action="/desk/login" class="stack narrow">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <input type="hidden" name="next" value={next} />
        <label>
          E-mail
          <input type="email" name="email" value={email} required autoComplete="username" />
        </label>
        <label>
          Password
          <input type="password" name="password" required autoComplete="current-password" />
        </label>
        <button type="submit">Log in</button>
      </form>
    </DeskLayout>
  );
}

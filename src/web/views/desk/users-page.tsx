// Accounts: who can use the desk and with which role. Admins only.
import { ROLES, type User } from '../../../domain/user.js';
import { DeskLayout, FieldError } from './desk-layout.js';

export function UsersPage({
  actor,
  csrfToken,
  users,
  created,
  errors = {},
}: {
  actor: User;
  csrfToken: string;
  users: User[];
  created?: { email: string; password: string };
  errors?: Record<string, string>;
}) {
  return (
    <DeskLayout title="Accounts" actor={actor} csrfToken={csrfToken}>
      <h1>Accounts</h1>
      {created ? (
        <p class="notice" role="status">
          Account {created.email} created. Its password, shown only this once: <code>{created.password}</code>
        </p>
      ) : null}
      <table class="records">
        <thead>
          <tr>
            <th scope="col">E-mail</th>
            <th scope="col">Name</th>
            <th scope="col">Role and state</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>{user.email}</td>
              <td>{user.name}</td>
              <td>
                <form method="post" action={`/desk/users/${user.id}`} class="inline">
                  <input type="hidden" name="_csrf" value={csrfToken} />
                  <select name="role" aria-label={`Role of ${user.email}`}>
                    {ROLES.map((role) => (
                      <option key={role} value={role} selected={user.role === role}>
                        {role}
                      </option>
                    ))}
                  </select>
                  <label class="check">
                    <input type="checkbox" name="disabled" checked={user.disabled} /> closed
                  </label>
                  <button type="submit">Save</button>
                  <a href={`/desk/history/user/${user.id}`}>history</a>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>New account</h2>
      <form method="post" action="/desk/users" class="stack narrow">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <label>
          E-mail <input type="email" name="email" required />
        </label>
        <FieldError id="user-email" message={errors.email} />
        <label>
          Name <input name="name" required />
        </label>
        <label>
          Role
          <select name="role">
            {ROLES.map((role) => (
              <option key={role} value={role} selected={role === 'contributor'}>
                {role}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Create account</button>
      </form>
    </DeskLayout>
  );
}

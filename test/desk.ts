// Helpers for desk tests: cheap password hashing, accounts for each role, and a logged-in
// client that carries its session cookie and CSRF token like a browser.
import type { FastifyInstance } from 'fastify';
import type { Role } from '../src/domain/user.js';
import { createUser } from '../src/services/desk/accounts.js';
import type { ScryptCost } from '../src/services/desk/passwords.js';
import type { Db } from '../src/store/database.js';

/** Tests hash with a small cost; production hashes use the default. Verification reads the cost from the hash. */
export const TEST_SCRYPT_COST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };
export const TEST_PASSWORD = 'a long test password';

export async function createAccounts(db: Db): Promise<Record<Role, string>> {
  const emails = { admin: 'admin@test.org', editor: 'editor@test.org', contributor: 'contributor@test.org' } as const;
  for (const role of ['admin', 'editor', 'contributor'] as const) {
    await createUser(
      db,
      { email: emails[role], name: `Test ${role}`, role, password: TEST_PASSWORD },
      TEST_SCRYPT_COST,
    );
  }
  return emails;
}

export interface Browser {
  cookies: Map<string, string>;
  get(url: string): Promise<{ status: number; body: string; location?: string }>;
  post(url: string, form: Record<string, string>): Promise<{ status: number; body: string; location?: string }>;
  csrf(url: string): Promise<string>;
}

/** A cookie-keeping client over app.inject. `post` sends a urlencoded form. */
export function browser(app: FastifyInstance, address = '127.0.0.1'): Browser {
  const cookies = new Map<string, string>();
  const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (setCookie: string | string[] | undefined) => {
    for (const line of ([] as string[]).concat(setCookie ?? [])) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
  };
  const client: Browser = {
    cookies,
    async get(url) {
      const response = await app.inject({
        method: 'GET',
        url,
        headers: { cookie: cookieHeader() },
        remoteAddress: address,
      });
      keep(response.headers['set-cookie']);
      return {
        status: response.statusCode,
        body: response.body,
        location: response.headers.location as string | undefined,
      };
    },
    async post(url, form) {
      const response = await app.inject({
        method: 'POST',
        url,
        headers: { cookie: cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(form).toString(),
        remoteAddress: address,
      });
      keep(response.headers['set-cookie']);
      return {
        status: response.statusCode,
        body: response.body,
        location: response.headers.location as string | undefined,
      };
    },
    async csrf(url) {
      const page = await client.get(url);
      const match = /name="_csrf" value="([^"]+)"/.exec(page.body);
      if (!match?.[1]) throw new Error(`no CSRF token on ${url} (status ${page.status})`);
      return match[1];
    },
  };
  return client;
}

export async function logInAs(app: FastifyInstance, email: string, address = '127.0.0.1'): Promise<Browser> {
  const client = browser(app, address);
  const token = await client.csrf('/desk/login');
  const response = await client.post('/desk/login', { email, password: TEST_PASSWORD, _csrf: token });
  if (response.status !== 303)
    throw new Error(`login as ${email} failed: ${response.status} ${response.body.slice(0, 200)}`);
  return client;
}

/** A multipart/form-data body, as a browser sends a form with a file. */
export function multipart(fields: Record<string, string>, file?: { name: string; filename: string; content: Buffer }) {
  const boundary = '----temoin-test-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\ncontent-type: text/plain\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

// Failed logins, counted per account and per address over a window, in the database so that
// every app server throttles alike.
import type { Db } from './database.js';

export async function recordLoginFailure(db: Db, keys: readonly string[], at: string): Promise<void> {
  await db
    .insertInto('login_failures')
    .values(keys.map((key) => ({ key, at })))
    .execute();
}

export async function countLoginFailures(db: Db, key: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('key', '=', key)
    .where('at', '>', since)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function clearLoginFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}

export async function deleteLoginFailuresBefore(db: Db, before: string): Promise<void> {
  await db.deleteFrom('login_failures').where('at', '<=', before).execute();
}

// Desk sessions, in the database so that any app server can read them. Only a hash of the
// session token is stored: a copy of the database opens no session.
import type { User } from '../domain/user.js';
import type { Db } from './database.js';
import { findUserById } from './users.js';

export async function insertSession(
  db: Db,
  tokenHash: string,
  userId: string,
  createdAt: string,
  expiresAt: string,
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ token_hash: tokenHash, user_id: userId, created_at: createdAt, expires_at: expiresAt })
    .execute();
}

/** The user of a live session, or null when the session is unknown, expired, or its user disabled. */
export async function findSessionUser(db: Db, tokenHash: string, now: string): Promise<User | null> {
  const row = await db
    .selectFrom('sessions')
    .select('user_id')
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return null;
  const user = await findUserById(db, row.user_id);
  return user && !user.disabled ? user : null;
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

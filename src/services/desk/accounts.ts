// Accounts, logins and sessions. Failed logins are throttled per account and per address, and
// the answer never tells whether an e-mail has an account.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Role, User } from '../../domain/user.js';
import type { Db } from '../../store/database.js';
import {
  clearLoginFailures,
  countLoginFailures,
  deleteLoginFailuresBefore,
  recordLoginFailure,
} from '../../store/login-failures.js';
import {
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOfUser,
  findSessionUser,
  insertSession,
} from '../../store/sessions.js';
import { countUsers, findPasswordHash, findUserByEmail, insertUser, updateUserPassword } from '../../store/users.js';
import { DEFAULT_COST, generatePassword, hashPassword, type ScryptCost, verifyPassword } from './passwords.js';

export const SESSION_HOURS = 12;
export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
export const MIN_PASSWORD_LENGTH = 12;

export class AccountError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'AccountError';
  }
}

const normaliseEmail = (email: string) => email.trim().toLowerCase();
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createUser(
  db: Db,
  input: { email: string; name: string; role: Role; password?: string },
  cost: ScryptCost = DEFAULT_COST,
): Promise<{ user: User; password: string }> {
  const email = normaliseEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new AccountError('email', `"${input.email}" is not an e-mail address`);
  if (await findUserByEmail(db, email)) throw new AccountError('email', `an account for ${email} exists already`);
  const password = input.password ?? generatePassword();
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AccountError('password', `a password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const user: User = { id: randomUUID(), email, name: input.name.trim() || email, role: input.role, disabled: false };
  await insertUser(db, { ...user, passwordHash: await hashPassword(password, cost) }, new Date().toISOString());
  return { user, password };
}

export async function setPassword(
  db: Db,
  email: string,
  password: string,
  cost: ScryptCost = DEFAULT_COST,
): Promise<User> {
  const user = await findUserByEmail(db, normaliseEmail(email));
  if (!user) throw new AccountError('email', `no account for ${email}`);
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AccountError('password', `a password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  await updateUserPassword(db, user.id, await hashPassword(password, cost));
  // A new password closes every open session of the account.
  await deleteSessionsOfUser(db, user.id);
  return user;
}

/** On a store with no account, creates an admin with a random password, returned once. */
export async function ensureFirstAdmin(
  db: Db,
  cost: ScryptCost = DEFAULT_COST,
): Promise<{ email: string; password: string } | null> {
  if ((await countUsers(db)) > 0) return null;
  const { user, password } = await createUser(
    db,
    { email: 'admin@localhost', name: 'Administrator', role: 'admin' },
    cost,
  );
  return { email: user.email, password };
}

export type LoginResult =
  | { ok: true; user: User; token: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterMinutes: number };

export async function logIn(
  db: Db,
  input: { email: string; password: string; address: string },
  now = new Date(),
): Promise<LoginResult> {
  const email = normaliseEmail(input.email);
  const accountKey = `account:${email}`;
  const addressKey = `address:${input.address}`;
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000).toISOString();
  // Housekeeping rides on logins: old failures and expired sessions are of no use to anyone.
  await deleteLoginFailuresBefore(db, since);
  await deleteExpiredSessions(db, now.toISOString());
  if (
    (await countLoginFailures(db, accountKey, since)) >= MAX_FAILURES_PER_ACCOUNT ||
    (await countLoginFailures(db, addressKey, since)) >= MAX_FAILURES_PER_ADDRESS
  ) {
    return { ok: false, reason: 'throttled', retryAfterMinutes: THROTTLE_WINDOW_MINUTES };
  }
  const user = await findUserByEmail(db, email);
  const hash = user ? await findPasswordHash(db, user.id) : null;
  const valid = user !== null && !user.disabled && hash !== null && (await verifyPassword(input.password, hash));
  if (!valid || !user) {
    await recordLoginFailure(db, [accountKey, addressKey], now.toISOString());
    return { ok: false, reason: 'invalid' };
  }
  await clearLoginFailures(db, accountKey);
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString();
  await insertSession(db, hashToken(token), user.id, now.toISOString(), expires);
  return { ok: true, user, token };
}

export async function userOfSession(db: Db, token: string, now = new Date()): Promise<User | null> {
  return findSessionUser(db, hashToken(token), now.toISOString());
}

export async function logOut(db: Db, token: string): Promise<void> {
  await deleteSession(db, hashToken(token));
}

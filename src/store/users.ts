// Accounts in the store. The password hash is read only by the login check.
import type { Selectable } from 'kysely';
import type { Role, User } from '../domain/user.js';
import type { Db } from './database.js';
import type { UsersTable } from './schema.js';

function toUser(row: Pick<Selectable<UsersTable>, 'id' | 'email' | 'name' | 'role' | 'disabled'>): User {
  return { id: row.id, email: row.email, name: row.name, role: row.role as Role, disabled: Number(row.disabled) === 1 };
}

const USER_COLUMNS = ['id', 'email', 'name', 'role', 'disabled'] as const;

export async function insertUser(
  db: Db,
  user: { id: string; email: string; name: string; role: Role; passwordHash: string },
  createdAt: string,
): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      password_hash: user.passwordHash,
      created_at: createdAt,
    })
    .execute();
}

export async function findUserByEmail(db: Db, email: string): Promise<User | null> {
  const row = await db.selectFrom('users').select(USER_COLUMNS).where('email', '=', email).executeTakeFirst();
  return row ? toUser(row) : null;
}

export async function findUserById(db: Db, id: string): Promise<User | null> {
  const row = await db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : null;
}

export async function findPasswordHash(db: Db, userId: string): Promise<string | null> {
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirst();
  return row?.password_hash ?? null;
}

export async function listUsers(db: Db): Promise<User[]> {
  const rows = await db.selectFrom('users').select(USER_COLUMNS).orderBy('email').execute();
  return rows.map(toUser);
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function updateUserPassword(db: Db, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}

export async function updateUserRole(db: Db, userId: string, role: Role, disabled: boolean): Promise<void> {
  await db
    .updateTable('users')
    .set({ role, disabled: disabled ? 1 : 0 })
    .where('id', '=', userId)
    .execute();
}

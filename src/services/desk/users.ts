// Managing accounts from the desk: admins only, every change audited. A person is never shown
// another's password; a new account's password is shown once to the admin who made it.
import type { Role, User } from '../../domain/user.js';
import type { Db } from '../../store/database.js';
import { deleteSessionsOfUser } from '../../store/sessions.js';
import { findUserById, listUsers, updateUserRole } from '../../store/users.js';
import { createUser } from './accounts.js';
import { type Actor, requirePermission } from './actor.js';
import { recordChange } from './audit-trail.js';
import { DeskError } from './desk-error.js';
import type { ScryptCost } from './passwords.js';

export async function listAccounts(db: Db, actor: Actor): Promise<User[]> {
  requirePermission(actor, 'users.manage');
  return listUsers(db);
}

export async function addAccount(
  db: Db,
  actor: Actor,
  input: { email: string; name: string; role: Role },
  cost?: ScryptCost,
): Promise<{ user: User; password: string }> {
  requirePermission(actor, 'users.manage');
  const created = await createUser(db, input, cost);
  await recordChange(db, actor, {
    action: 'create',
    entity: 'user',
    entityId: created.user.id,
    incidentId: null,
    before: null,
    after: created.user,
  });
  return created;
}

export async function changeAccount(
  db: Db,
  actor: Actor,
  userId: string,
  input: { role: Role; disabled: boolean },
): Promise<void> {
  requirePermission(actor, 'users.manage');
  if (userId === actor.id && (input.role !== 'admin' || input.disabled)) {
    throw new DeskError('invalid', 'You cannot take away your own admin rights; ask another admin.', 'role');
  }
  const before = await findUserById(db, userId);
  if (!before) throw new DeskError('not_found', 'No such account.');
  await db.transaction().execute(async (trx) => {
    await updateUserRole(trx, userId, input.role, input.disabled);
    // A changed role or a closed account takes effect at once, on every server.
    await deleteSessionsOfUser(trx, userId);
    await recordChange(trx, actor, {
      action: 'update',
      entity: 'user',
      entityId: userId,
      incidentId: null,
      before,
      after: { ...before, ...input },
    });
  });
}

// The person acting on the desk, and the check every desk action starts with.
import type { User } from '../../domain/user.js';
import { can, type Permission } from '../../policy/permissions.js';
import { DeskError } from './desk-error.js';

export type Actor = User;

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) {
    throw new DeskError('forbidden', `Your role (${actor.role}) may not do this (${permission}).`);
  }
}

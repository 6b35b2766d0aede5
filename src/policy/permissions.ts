// Who may do what on the desk: the one place where roles turn into rights. Routes and services
// ask `can`; nothing else compares role names.
import type { Role } from '../domain/user.js';

export const PERMISSIONS = [
  /** See the desk: incidents, sources, claims, events, places, history. */
  'desk.read',
  /** Add a report (paste, upload, call note) and propose claims on it. */
  'source.create',
  'claim.propose',
  /** Accept, reject or correct a claim: an accepted claim is published at once. */
  'claim.review',
  /** Create and change incidents, events and places, and make records public. */
  'record.edit',
  /** Approve, correct or reject solidarity actions and messages sent by readers. */
  'solidarity.moderate',
  /** Record detained people and their status, and see a protected person's identity. */
  'detainees.edit',
  /** See a witness's protected identity. */
  'witness.read',
  /** Create accounts and change roles. */
  'users.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, ReadonlySet<Permission>> = {
  contributor: new Set<Permission>(['desk.read', 'source.create', 'claim.propose']),
  editor: new Set<Permission>([
    'desk.read',
    'source.create',
    'claim.propose',
    'claim.review',
    'record.edit',
    'solidarity.moderate',
    'detainees.edit',
    'witness.read',
  ]),
  admin: new Set<Permission>(PERMISSIONS),
};

export function can(role: Role | null, permission: Permission): boolean {
  return role !== null && GRANTS[role].has(permission);
}

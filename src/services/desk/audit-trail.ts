// Every change on the desk leaves an entry: who, when, before and after, written in the same
// transaction as the change itself so that neither exists without the other. A change to the
// record also turns the public record's version, so cached public pages are made anew.
import { randomUUID } from 'node:crypto';
import type { AuditAction, AuditedEntity } from '../../store/audit.js';
import { appendAudit } from '../../store/audit.js';
import type { Db } from '../../store/database.js';
import { bumpRecordVersion } from '../../store/record-version.js';
import type { Actor } from './actor.js';

export async function recordChange(
  trx: Db,
  actor: Actor,
  change: {
    action: AuditAction;
    entity: AuditedEntity;
    entityId: string;
    incidentId: string | null;
    before: unknown;
    after: unknown;
  },
  now = new Date(),
): Promise<void> {
  await appendAudit(trx, {
    id: randomUUID(),
    at: now.toISOString(),
    userId: actor.id,
    userName: actor.name,
    ...change,
  });
  if (change.entity !== 'user') await bumpRecordVersion(trx);
}

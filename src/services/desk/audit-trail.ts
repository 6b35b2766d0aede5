// Every change on the desk leaves an entry: who, when, before and after, written in the same
// transaction as the change itself so that neither exists without the other. A change to the
// record also turns the public record's version, so cached public pages are made anew.
import { randomUUID } from 'node:crypto';
import type { AuditAction, AuditedEntity } from '../../store/audit.js';
import { appendAudit } from '../../store/audit.js';
import type { Db } from '../../store/database.js';
import { bumpRecordVersion } from '../../store/record-version.js';
import type { Actor } from './actor.js';

let lastStamp = 0;

/**
 * Entries are read newest first by time. Two changes in one millisecond (a record made and at
 * once given its first status) would then come in any order, so within this process every entry
 * gets a later millisecond than the one before.
 */
function nextStamp(now: Date): string {
  lastStamp = Math.max(now.getTime(), lastStamp + 1);
  return new Date(lastStamp).toISOString();
}

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
  /** For a change that happened at another time; by default, now. */
  at?: Date,
): Promise<void> {
  await appendAudit(trx, {
    id: randomUUID(),
    at: at ? at.toISOString() : nextStamp(new Date()),
    userId: actor.id,
    userName: actor.name,
    ...change,
  });
  if (change.entity !== 'user') await bumpRecordVersion(trx);
}

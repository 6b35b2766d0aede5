// The audit trail: append-only. This module inserts and reads; nothing here changes or deletes
// an entry, and no other module touches the table.
import type { Db } from './database.js';

export const AUDITED_ENTITIES = [
  'incident',
  'source',
  'claim',
  'event',
  'place',
  'user',
  'solidarity_action',
  'message',
  'person',
  'demand',
  'update',
] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];
export type AuditAction = 'create' | 'update' | 'delete';

export interface AuditEntry {
  id: string;
  at: string;
  userId: string | null;
  userName: string;
  action: AuditAction;
  entity: AuditedEntity;
  entityId: string;
  incidentId: string | null;
  before: unknown;
  after: unknown;
}

export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: entry.id,
      at: entry.at,
      user_id: entry.userId,
      user_name: entry.userName,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      incident_id: entry.incidentId,
      before_json: entry.before === null ? null : JSON.stringify(entry.before),
      after_json: entry.after === null ? null : JSON.stringify(entry.after),
    })
    .execute();
}

export async function listAudit(
  db: Db,
  filter: { entity?: AuditedEntity; entityId?: string; incidentId?: string; limit?: number },
): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (filter.entity) query = query.where('entity', '=', filter.entity);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.incidentId) query = query.where('incident_id', '=', filter.incidentId);
  const rows = await query
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 200)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    userId: row.user_id,
    userName: row.user_name,
    action: row.action as AuditAction,
    entity: row.entity as AuditedEntity,
    entityId: row.entity_id,
    incidentId: row.incident_id,
    before: row.before_json === null ? null : JSON.parse(row.before_json),
    after: row.after_json === null ? null : JSON.parse(row.after_json),
  }));
}

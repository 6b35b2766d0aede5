// Solidarity messages in the store: pending ones from readers, approved ones for the public.
import type { Selectable } from 'kysely';
import type { ModerationStatus, SolidarityMessage } from '../domain/solidarity.js';
import type { Db } from './database.js';
import type { MessagesTable } from './schema.js';
import type { StoredOrigin } from './solidarity-actions.js';
import type { Versioned } from './versioned.js';

function toMessage(row: Selectable<MessagesTable>): SolidarityMessage {
  return {
    id: row.id,
    incidentId: row.incident_id,
    author: row.author,
    country: row.country,
    text: row.text,
    status: row.status as ModerationStatus,
    receivedAt: row.created_at,
  };
}

/** Stores a message unless one with the same content hash exists for the incident; says which. */
export async function insertMessageOnce(
  db: Db,
  message: SolidarityMessage,
  origin: StoredOrigin,
): Promise<{ inserted: boolean; id: string }> {
  const existing = await db
    .selectFrom('messages')
    .select('id')
    .where('incident_id', '=', message.incidentId)
    .where('content_hash', '=', origin.contentHash)
    .executeTakeFirst();
  if (existing) return { inserted: false, id: existing.id };
  const result = await db
    .insertInto('messages')
    .values({
      id: message.id,
      incident_id: message.incidentId,
      author: message.author,
      country: message.country,
      text: message.text,
      status: message.status,
      submitter_hash: origin.submitterHash,
      content_hash: origin.contentHash,
      created_at: origin.createdAt,
    })
    .onConflict((oc) => oc.columns(['incident_id', 'content_hash']).doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0n) === 1) return { inserted: true, id: message.id };
  const twin = await db
    .selectFrom('messages')
    .select('id')
    .where('incident_id', '=', message.incidentId)
    .where('content_hash', '=', origin.contentHash)
    .executeTakeFirstOrThrow();
  return { inserted: false, id: twin.id };
}

export async function listMessagesForDesk(db: Db, incidentId: string): Promise<Versioned<SolidarityMessage>[]> {
  const rows = await db
    .selectFrom('messages')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ record: toMessage(row), version: Number(row.version) }));
}

export async function findMessage(db: Db, id: string): Promise<Versioned<SolidarityMessage> | null> {
  const row = await db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { record: toMessage(row), version: Number(row.version) } : null;
}

export async function updateMessageAtVersion(db: Db, message: SolidarityMessage, version: number): Promise<boolean> {
  const result = await db
    .updateTable('messages')
    .set((eb) => ({
      author: message.author,
      country: message.country,
      text: message.text,
      status: message.status,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', message.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Approved messages, oldest first. */
export async function listApprovedMessages(db: Db, incidentId: string): Promise<SolidarityMessage[]> {
  const rows = await db
    .selectFrom('messages')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('status', '=', 'approved')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toMessage);
}

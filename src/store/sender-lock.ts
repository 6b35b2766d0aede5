// Counting a sender's recent submissions and storing a new one must be one step, or two servers
// taking a burst at once could both count four and both store a fifth and a sixth.
import { PostgresAdapter, sql } from 'kysely';
import type { Db } from './database.js';

/**
 * Holds other transactions for the same sender until this one ends. PostgreSQL needs a lock for
 * that; SQLite lets one writer in at a time already.
 */
export async function lockSender(trx: Db, submitterHash: string): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${submitterHash}, 0))`.execute(trx);
}

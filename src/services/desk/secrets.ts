// Secrets shared by every app server (cookie signing), made once and kept in the store so that
// nothing lives only in one process.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../store/database.js';
import { getSetting, setSetting } from '../../store/settings.js';

export async function sharedSecret(db: Db, name: string): Promise<string> {
  const key = `secret:${name}`;
  const existing = await getSetting(db, key);
  if (existing) return existing;
  await setSetting(db, key, randomBytes(32).toString('base64url'));
  // Read back: if two servers raced, both now use whichever value was written last.
  return (await getSetting(db, key)) as string;
}

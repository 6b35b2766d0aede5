// Secrets shared by every app server (cookie signing), made once and kept in the store so that
// nothing lives only in one process.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../store/database.js';
import { getSetting, setSettingOnce } from '../../store/settings.js';

export async function sharedSecret(db: Db, name: string): Promise<string> {
  const key = `secret:${name}`;
  const existing = await getSetting(db, key);
  if (existing) return existing;
  await setSettingOnce(db, key, randomBytes(32).toString('base64url'));
  // Read back: when servers (or requests) race, the first value written is the one all use.
  return (await getSetting(db, key)) as string;
}

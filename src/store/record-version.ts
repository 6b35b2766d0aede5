// A token that changes on every write to the record, kept in the store so that every app server
// sees it: public pages cached in memory are served only while the token they were made under holds.
import { randomUUID } from 'node:crypto';
import type { Db } from './database.js';
import { getSetting, setSetting } from './settings.js';

const KEY = 'public_record_version';

/** Call inside the transaction of any write that can change what the public sees. */
export async function bumpRecordVersion(db: Db): Promise<string> {
  // A fresh random token rather than a counter: two servers writing at once cannot collide.
  const version = randomUUID();
  await setSetting(db, KEY, version);
  return version;
}

export async function readRecordVersion(db: Db): Promise<string> {
  return (await getSetting(db, KEY)) ?? 'initial';
}

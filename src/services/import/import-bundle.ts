// Stores an incident bundle: all of it in one transaction, or nothing. An incident whose slug is
// already in the store is left as it is, so importing twice loads nothing twice.

import { insertClaims } from '../../store/claims.js';
import type { Db } from '../../store/database.js';
import { insertDemands } from '../../store/demands.js';
import { insertEvents } from '../../store/events.js';
import { findIncidentBySlug, insertIncident, setIncidentPlace } from '../../store/incidents.js';
import { insertMessageOnce } from '../../store/messages.js';
import { insertPersons } from '../../store/persons.js';
import { insertPlaces } from '../../store/places.js';
import { bumpRecordVersion } from '../../store/record-version.js';
import { insertActionOnce } from '../../store/solidarity-actions.js';
import { insertSources } from '../../store/sources.js';
import { insertUpdates } from '../../store/updates.js';
import { prepareBundle } from './prepare-bundle.js';
import type { BundleOnDisk } from './read-bundle.js';

export type ImportOutcome =
  | {
      status: 'imported';
      slug: string;
      counts: { places: number; sources: number; claims: number; events: number; updates: number };
    }
  | { status: 'already-present'; slug: string };

export async function importBundle(db: Db, onDisk: BundleOnDisk, now = new Date()): Promise<ImportOutcome> {
  const prepared = prepareBundle(onDisk.bundle, onDisk.texts, onDisk.where);
  const createdAt = now.toISOString();
  return db.transaction().execute(async (trx) => {
    if (await findIncidentBySlug(trx, prepared.incident.slug)) {
      return { status: 'already-present', slug: prepared.incident.slug } as const;
    }
    // The incident's own place row needs the incident first; link it once places exist.
    await insertIncident(trx, { ...prepared.incident, placeId: null }, createdAt);
    await insertPlaces(trx, prepared.places);
    if (prepared.incident.placeId) await setIncidentPlace(trx, prepared.incident.id, prepared.incident.placeId);
    await insertSources(trx, prepared.sources, createdAt);
    await insertClaims(trx, prepared.claims, createdAt);
    await insertEvents(trx, prepared.events, createdAt);
    await insertUpdates(trx, prepared.updates, createdAt);
    for (const { action, contentHash } of prepared.solidarity)
      await insertActionOnce(trx, action, { submitterHash: null, contentHash, createdAt });
    for (const { message, contentHash } of prepared.messages)
      await insertMessageOnce(trx, message, { submitterHash: null, contentHash, createdAt: message.receivedAt });
    await insertPersons(trx, prepared.persons, createdAt);
    await insertDemands(trx, prepared.demands, createdAt);
    await bumpRecordVersion(trx);
    return {
      status: 'imported',
      slug: prepared.incident.slug,
      counts: {
        places: prepared.places.length,
        sources: prepared.sources.length,
        claims: prepared.claims.length,
        events: prepared.events.length,
        updates: prepared.updates.length,
      },
    } as const;
  });
}

// Readers' solidarity actions and messages: checked against the abuse rules, folded when the same
// words come twice, limited per address, and stored as pending for an editor to moderate.
import { createHmac, randomUUID } from 'node:crypto';
import { senderKey } from '../domain/sender-address.js';
import {
  type Checked,
  checkSubmission,
  contentHash,
  type RefusalReason,
  type SubmissionFields,
} from '../domain/submission.js';
import type { Db } from '../store/database.js';
import { findIncidentBySlug } from '../store/incidents.js';
import { insertMessageOnce } from '../store/messages.js';
import { lockSender } from '../store/sender-lock.js';
import { countRecentSubmissions, insertActionOnce } from '../store/solidarity-actions.js';
import { sharedSecret } from './desk/secrets.js';

/** How many submissions one address may make in the window, across every app server. */
export const SUBMISSION_LIMIT = { max: 5, windowMs: 10 * 60 * 1000 };

export type SubmissionReason = RefusalReason | 'throttled';

export type SubmissionOutcome =
  | { status: 'accepted' | 'duplicate'; id: string }
  | { status: 'refused'; reason: SubmissionReason; field: string | null }
  | { status: 'no-incident' };

export interface ActionSubmission {
  date: string;
  country: string;
  city: string | null;
  organisation: string | null;
  what: string;
  link: string | null;
}

export interface MessageSubmission {
  author: string;
  country: string | null;
  text: string;
}

/**
 * A keyed hash of the sender (an IPv4 address or an IPv6 /64): enough to count and fold, never
 * the address itself.
 */
async function addressHash(db: Db, address: string): Promise<string> {
  return createHmac('sha256', await sharedSecret(db, 'submitter-address'))
    .update(senderKey(address))
    .digest('hex');
}

async function prepare(
  db: Db,
  slug: string,
  address: string,
  check: Omit<SubmissionFields, 'honeypot'>,
  honeypot: string | undefined,
  now: Date,
): Promise<
  | { ok: true; incidentId: string; fields: Record<string, string | null>; origin: Origin }
  | Exclude<SubmissionOutcome, { status: 'accepted' | 'duplicate' }>
> {
  const incident = await findIncidentBySlug(db, slug);
  if (incident?.visibility !== 'public') return { status: 'no-incident' };
  const checked: Checked<Record<string, string | null>> = checkSubmission({ ...check, honeypot });
  if (!checked.ok) return { status: 'refused', reason: checked.reason, field: checked.field };
  const submitterHash = await addressHash(db, address);
  return {
    ok: true,
    incidentId: incident.id,
    fields: checked.value,
    origin: {
      submitterHash,
      contentHash: contentHash(incident.id, checked.value),
      createdAt: now.toISOString(),
    },
  };
}

interface Origin {
  submitterHash: string;
  contentHash: string;
  createdAt: string;
}

/** Stores a submission unless its sender is over the limit, counting and storing as one step. */
async function storeWithinLimit(
  db: Db,
  origin: Origin,
  now: Date,
  store: (trx: Db) => Promise<{ inserted: boolean; id: string }>,
): Promise<SubmissionOutcome> {
  return db.transaction().execute(async (trx) => {
    await lockSender(trx, origin.submitterHash);
    const since = new Date(now.getTime() - SUBMISSION_LIMIT.windowMs).toISOString();
    if ((await countRecentSubmissions(trx, origin.submitterHash, since)) >= SUBMISSION_LIMIT.max)
      return { status: 'refused', reason: 'throttled', field: null };
    const { inserted, id } = await store(trx);
    // A pending record changes nothing the public sees: no record version to turn.
    return { status: inserted ? 'accepted' : 'duplicate', id };
  });
}

export async function submitAction(
  db: Db,
  slug: string,
  input: ActionSubmission,
  sender: { address: string; honeypot: string | undefined },
  now = new Date(),
): Promise<SubmissionOutcome> {
  const prepared = await prepare(
    db,
    slug,
    sender.address,
    {
      fields: { ...input },
      required: ['date', 'country', 'what'],
    },
    sender.honeypot,
    now,
  );
  if (!('ok' in prepared)) return prepared;
  const f = prepared.fields;
  return storeWithinLimit(db, prepared.origin, now, (trx) =>
    insertActionOnce(
      trx,
      {
        id: randomUUID(),
        incidentId: prepared.incidentId,
        date: f.date as string,
        country: f.country as string,
        city: f.city ?? null,
        organisation: f.organisation ?? null,
        what: f.what as string,
        link: f.link ?? null,
        lat: null,
        lon: null,
        status: 'pending',
      },
      prepared.origin,
    ),
  );
}

export async function submitMessage(
  db: Db,
  slug: string,
  input: MessageSubmission,
  sender: { address: string; honeypot: string | undefined },
  now = new Date(),
): Promise<SubmissionOutcome> {
  const prepared = await prepare(
    db,
    slug,
    sender.address,
    { fields: { ...input }, multiline: ['text'], required: ['author', 'text'] },
    sender.honeypot,
    now,
  );
  if (!('ok' in prepared)) return prepared;
  const f = prepared.fields;
  return storeWithinLimit(db, prepared.origin, now, (trx) =>
    insertMessageOnce(
      trx,
      {
        id: randomUUID(),
        incidentId: prepared.incidentId,
        author: f.author as string,
        country: f.country ?? null,
        text: f.text as string,
        status: 'pending',
        receivedAt: prepared.origin.createdAt,
      },
      prepared.origin,
    ),
  );
}

/** The incident a reader's form is for: public incidents only. */
export async function incidentForForms(db: Db, slug: string): Promise<{ slug: string; title: string } | null> {
  const incident = await findIncidentBySlug(db, slug);
  return incident?.visibility === 'public' ? { slug: incident.slug, title: incident.title } : null;
}

// Moderating what readers send: an editor approves, corrects or rejects each solidarity action
// and message. Every decision names the version it was made on and leaves an audit entry; an
// approval or a change to an approved record turns the public record's version.

import type { Incident } from '../../domain/incident.js';
import type { ModerationStatus, SolidarityAction, SolidarityMessage } from '../../domain/solidarity.js';
import type { Db } from '../../store/database.js';
import { findIncidentById } from '../../store/incidents.js';
import { findMessage, listMessagesForDesk, updateMessageAtVersion } from '../../store/messages.js';
import { findAction, listActionsForDesk, updateActionAtVersion } from '../../store/solidarity-actions.js';
import type { Versioned } from '../../store/versioned.js';
import { type Actor, requirePermission } from './actor.js';
import { DeskError, type SaveResult } from './desk-error.js';
import { incidentFor, saveVersioned } from './records.js';

export interface DeskSolidarity {
  incident: Incident;
  actions: Versioned<SolidarityAction>[];
  messages: Versioned<SolidarityMessage>[];
}

export async function getDeskSolidarity(db: Db, actor: Actor, slug: string): Promise<DeskSolidarity> {
  requirePermission(actor, 'solidarity.moderate');
  const { record: incident } = await incidentFor(db, slug);
  const [actions, messages] = await Promise.all([
    listActionsForDesk(db, incident.id),
    listMessagesForDesk(db, incident.id),
  ]);
  return { incident, actions, messages };
}

export async function getDeskAction(db: Db, actor: Actor, id: string): Promise<Versioned<SolidarityAction>> {
  requirePermission(actor, 'solidarity.moderate');
  const found = await findAction(db, id);
  if (!found) throw new DeskError('not_found', 'No such solidarity action.');
  return found;
}

export async function getDeskMessage(db: Db, actor: Actor, id: string): Promise<Versioned<SolidarityMessage>> {
  requirePermission(actor, 'solidarity.moderate');
  const found = await findMessage(db, id);
  if (!found) throw new DeskError('not_found', 'No such message.');
  return found;
}

export type ActionInput = Omit<SolidarityAction, 'id' | 'incidentId'>;

/** Saves an editor's version of an action, its status included. */
export async function moderateAction(
  db: Db,
  actor: Actor,
  id: string,
  input: ActionInput,
  version: number,
): Promise<SaveResult<SolidarityAction>> {
  const found = await getDeskAction(db, actor, id);
  if ((input.lat === null) !== (input.lon === null))
    throw new DeskError('invalid', 'Give both latitude and longitude, or neither.', 'lat');
  const after: SolidarityAction = { ...found.record, ...input };
  return saveVersioned(
    db,
    actor,
    'solidarity_action',
    found.record.incidentId,
    found.record,
    after,
    version,
    (trx) => updateActionAtVersion(trx, after, version),
    (trx) => findAction(trx, id),
  );
}

export async function decideAction(
  db: Db,
  actor: Actor,
  id: string,
  status: ModerationStatus,
  version: number,
): Promise<SaveResult<SolidarityAction>> {
  const { record } = await getDeskAction(db, actor, id);
  const { id: _id, incidentId: _incident, ...input } = record;
  return moderateAction(db, actor, id, { ...input, status }, version);
}

export type MessageInput = Pick<SolidarityMessage, 'author' | 'country' | 'text' | 'status'>;

export async function moderateMessage(
  db: Db,
  actor: Actor,
  id: string,
  input: MessageInput,
  version: number,
): Promise<SaveResult<SolidarityMessage>> {
  const found = await getDeskMessage(db, actor, id);
  const after: SolidarityMessage = { ...found.record, ...input };
  return saveVersioned(
    db,
    actor,
    'message',
    found.record.incidentId,
    found.record,
    after,
    version,
    (trx) => updateMessageAtVersion(trx, after, version),
    (trx) => findMessage(trx, id),
  );
}

export async function decideMessage(
  db: Db,
  actor: Actor,
  id: string,
  status: ModerationStatus,
  version: number,
): Promise<SaveResult<SolidarityMessage>> {
  const { record } = await getDeskMessage(db, actor, id);
  return moderateMessage(
    db,
    actor,
    id,
    { author: record.author, country: record.country, text: record.text, status },
    version,
  );
}

/** The address of an incident on the desk, for the way back from one of its records. */
export async function incidentSlug(db: Db, incidentId: string): Promise<string> {
  const incident = await findIncidentById(db, incidentId);
  if (!incident) throw new DeskError('not_found', 'No such incident.');
  return incident.slug;
}

// Detained people and a campaign's demands on the desk: add, change, and follow a person's
// status over time. Each change is audited in its transaction and turns the public record's
// version; a person's protected name is for roles that may edit detainees only.
import { randomUUID } from 'node:crypto';
import type { Demand } from '../../domain/demand.js';
import type { Person, StatusEntry } from '../../domain/detainee.js';
import type { Incident } from '../../domain/incident.js';
import type { Source } from '../../domain/source.js';
import type { Db } from '../../store/database.js';
import {
  findDemand,
  findDemandByNumber,
  insertDemands,
  listDemands,
  updateDemandAtVersion,
} from '../../store/demands.js';
import { findIncidentById } from '../../store/incidents.js';
import {
  findPerson,
  insertPersons,
  insertStatusEntries,
  listPersonsForDesk,
  updatePersonAtVersion,
} from '../../store/persons.js';
import { findSourceForDesk, listSourcesForDesk } from '../../store/sources.js';
import type { Versioned } from '../../store/versioned.js';
import { type Actor, requirePermission } from './actor.js';
import { recordChange } from './audit-trail.js';
import { DeskError, type SaveResult } from './desk-error.js';
import { incidentFor, saveVersioned } from './records.js';

export interface DeskDetainees {
  incident: Incident;
  persons: Versioned<Person>[];
  demands: Versioned<Demand>[];
}

export async function getDeskDetainees(db: Db, actor: Actor, slug: string): Promise<DeskDetainees> {
  requirePermission(actor, 'detainees.edit');
  const { record: incident } = await incidentFor(db, slug);
  const [persons, demands] = await Promise.all([listPersonsForDesk(db, incident.id), listDemands(db, incident.id)]);
  return { incident, persons, demands };
}

export async function getDeskPerson(db: Db, actor: Actor, id: string): Promise<Versioned<Person>> {
  requirePermission(actor, 'detainees.edit');
  const found = await findPerson(db, id);
  if (!found) throw new DeskError('not_found', 'No such person.');
  return found;
}

export type PersonInput = Omit<Person, 'id' | 'incidentId' | 'history'>;

function checkPerson(input: PersonInput): void {
  if (!input.protected && !input.name)
    throw new DeskError(
      'invalid',
      'A person shown by name needs a name; tick "protected" to show the descriptor only.',
      'name',
    );
}

export async function createPerson(
  db: Db,
  actor: Actor,
  slug: string,
  input: PersonInput,
  firstStatus: Omit<StatusEntry, 'id'> | null,
): Promise<Person> {
  requirePermission(actor, 'detainees.edit');
  checkPerson(input);
  const { record: incident } = await incidentFor(db, slug);
  if (firstStatus) await checkSource(db, incident.id, firstStatus.sourceId);
  const person: Person = {
    id: randomUUID(),
    incidentId: incident.id,
    ...input,
    history: firstStatus ? [{ id: randomUUID(), ...firstStatus }] : [],
  };
  await db.transaction().execute(async (trx) => {
    await insertPersons(trx, [person], new Date().toISOString());
    await recordChange(trx, actor, {
      action: 'create',
      entity: 'person',
      entityId: person.id,
      incidentId: incident.id,
      before: null,
      after: person,
    });
  });
  return person;
}

export async function editPerson(
  db: Db,
  actor: Actor,
  id: string,
  input: PersonInput,
  version: number,
): Promise<SaveResult<Person>> {
  checkPerson(input);
  const found = await getDeskPerson(db, actor, id);
  const after: Person = { ...found.record, ...input };
  return saveVersioned(
    db,
    actor,
    'person',
    found.record.incidentId,
    found.record,
    after,
    version,
    (trx) => updatePersonAtVersion(trx, after, version),
    (trx) => findPerson(trx, id),
  );
}

async function checkSource(db: Db, incidentId: string, sourceId: string | null): Promise<void> {
  if (sourceId === null) return;
  const source = await findSourceForDesk(db, sourceId);
  if (source?.record.incidentId !== incidentId)
    throw new DeskError('invalid', 'That source is not one of this incident’s reports.', 'sourceId');
}

/**
 * Adds a status to a person's history. History is only ever added to, so the person's version
 * is turned (a clash with an edit made meanwhile shows) and the entry audited with the person.
 */
export async function addStatus(
  db: Db,
  actor: Actor,
  personId: string,
  entry: Omit<StatusEntry, 'id'>,
  version: number,
): Promise<SaveResult<Person>> {
  const found = await getDeskPerson(db, actor, personId);
  await checkSource(db, found.record.incidentId, entry.sourceId);
  const added: StatusEntry = { id: randomUUID(), ...entry };
  const after: Person = { ...found.record, history: [...found.record.history, added] };
  return saveVersioned(
    db,
    actor,
    'person',
    found.record.incidentId,
    found.record,
    after,
    version,
    async (trx) => {
      if (!(await updatePersonAtVersion(trx, found.record, version))) return false;
      await insertStatusEntries(trx, personId, [added], new Date().toISOString());
      return true;
    },
    (trx) => findPerson(trx, personId),
  );
}

export type DemandInput = Omit<Demand, 'id' | 'incidentId'>;

export async function createDemand(db: Db, actor: Actor, slug: string, input: DemandInput): Promise<Demand> {
  requirePermission(actor, 'record.edit');
  const { record: incident } = await incidentFor(db, slug);
  if (await findDemandByNumber(db, incident.id, input.number))
    throw new DeskError('invalid', `There is already a demand number ${input.number}.`, 'number');
  const demand: Demand = { id: randomUUID(), incidentId: incident.id, ...input };
  await db.transaction().execute(async (trx) => {
    await insertDemands(trx, [demand], new Date().toISOString());
    await recordChange(trx, actor, {
      action: 'create',
      entity: 'demand',
      entityId: demand.id,
      incidentId: incident.id,
      before: null,
      after: demand,
    });
  });
  return demand;
}

export async function getDeskDemand(db: Db, actor: Actor, id: string): Promise<Versioned<Demand>> {
  requirePermission(actor, 'record.edit');
  const found = await findDemand(db, id);
  if (!found) throw new DeskError('not_found', 'No such demand.');
  return found;
}

export async function editDemand(
  db: Db,
  actor: Actor,
  id: string,
  input: DemandInput,
  version: number,
): Promise<SaveResult<Demand>> {
  const found = await getDeskDemand(db, actor, id);
  const twin = await findDemandByNumber(db, found.record.incidentId, input.number);
  if (twin && twin.id !== id)
    throw new DeskError('invalid', `There is already a demand number ${input.number}.`, 'number');
  const after: Demand = { ...found.record, ...input };
  return saveVersioned(
    db,
    actor,
    'demand',
    found.record.incidentId,
    found.record,
    after,
    version,
    (trx) => updateDemandAtVersion(trx, after, version),
    (trx) => findDemand(trx, id),
  );
}

/** A person with what their page needs: the incident's address and reports to cite. */
export async function getDeskPersonPage(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ person: Versioned<Person>; slug: string; sources: Source[] }> {
  const person = await getDeskPerson(db, actor, id);
  const incident = await findIncidentById(db, person.record.incidentId);
  if (!incident) throw new DeskError('not_found', 'No such incident.');
  const sources = await listSourcesForDesk(db, incident.id);
  return { person, slug: incident.slug, sources: sources.map((s) => s.record) };
}

export async function getDeskDemandPage(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ demand: Versioned<Demand>; slug: string }> {
  const demand = await getDeskDemand(db, actor, id);
  const incident = await findIncidentById(db, demand.record.incidentId);
  if (!incident) throw new DeskError('not_found', 'No such incident.');
  return { demand, slug: incident.slug };
}

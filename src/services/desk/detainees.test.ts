// Detained people and demands through the desk services, on both engines: a status history read
// from its newest entry, the count of those held now, protection in the public shape, versions,
// the audit trail, and the roles that may do it.
import { beforeAll, expect, it } from 'vitest';
import { TEST_SCRYPT_COST } from '../../../test/desk.js';
import { describeOnEachEngine } from '../../../test/engines.js';
import type { User } from '../../domain/user.js';
import { presentIncident } from '../../present/public-incident.js';
import { listAudit } from '../../store/audit.js';
import { readRecordVersion } from '../../store/record-version.js';
import { loadBundledExampleOnce } from '../bundled-example.js';
import { getPublicIncident } from '../public-record.js';
import { createUser } from './accounts.js';
import { addStatus, createDemand, createPerson, editDemand, editPerson, getDeskDetainees } from './detainees.js';

describeOnEachEngine('detainees and demands', (current) => {
  let editor: User;
  let contributor: User;

  beforeAll(async () => {
    await loadBundledExampleOnce(current().db);
    ({ user: editor } = await createUser(
      current().db,
      { email: 'det-editor@test.org', name: 'Det editor', role: 'editor', password: 'a long test password' },
      TEST_SCRYPT_COST,
    ));
    ({ user: contributor } = await createUser(
      current().db,
      { email: 'det-contrib@test.org', name: 'Det contributor', role: 'contributor', password: 'a long test password' },
      TEST_SCRYPT_COST,
    ));
  });

  const publicIncident = async () => {
    const record = await getPublicIncident(current().db, 'janaozen-2011');
    if (!record) throw new Error('no public incident');
    return presentIncident(record);
  };

  it('loads the example’s lawyer and four protected members, all held', async () => {
    const { detainees } = await publicIncident();
    expect(detainees.onRecord).toBe(5);
    expect(detainees.heldNow).toBe(5);
    const named = detainees.persons.filter((p) => !p.protected);
    expect(named.map((p) => p.name)).toEqual(['Natalia Sokolova']);
    const protectedOnes = detainees.persons.filter((p) => p.protected);
    expect(protectedOnes).toHaveLength(4);
    for (const p of protectedOnes) {
      expect(p).toMatchObject({ name: null, role: null, detainedPlace: null, detainedAt: null, history: [] });
      expect(p.descriptor).toMatch(/^a member of the Socialist Movement of Kazakhstan \(\d of 4\)$/);
      expect(p.latest).toEqual({ status: 'detained', date: '2011-12-16' });
    }
  });

  it('follows a person through charged, sentenced and released; the latest status is the newest date', async () => {
    const person = await createPerson(
      current().db,
      editor,
      'janaozen-2011',
      {
        name: 'Test Striker',
        protected: false,
        descriptor: 'a striker',
        role: 'oil worker',
        detainedPlace: 'Janaözen',
        detainedAt: '2011-12-17',
        lawyer: null,
        notes: 'desk note',
        visibility: 'public',
      },
      { status: 'detained', date: '2011-12-17', sourceId: null, note: '' },
    );
    const before = await readRecordVersion(current().db);
    let result = await addStatus(
      current().db,
      editor,
      person.id,
      { status: 'charged', date: '2012-01-10', sourceId: null, note: 'charged with organising unrest' },
      1,
    );
    expect(result).toEqual({ ok: true, version: 2 });
    expect(await readRecordVersion(current().db)).not.toBe(before);
    // Entered out of order: a sentence dated before the charge would not become the latest.
    result = await addStatus(
      current().db,
      editor,
      person.id,
      { status: 'sentenced', date: '2012-06-04', sourceId: null, note: '' },
      2,
    );
    expect(result.ok).toBe(true);
    result = await addStatus(
      current().db,
      editor,
      person.id,
      { status: 'released', date: '2012-03-01', sourceId: null, note: '' },
      3,
    );
    expect(result.ok).toBe(true);

    const { detainees } = await publicIncident();
    const shown = detainees.persons.find((p) => p.id === person.id);
    expect(shown?.latest).toEqual({ status: 'sentenced', date: '2012-06-04' });
    expect(shown?.history.map((h) => `${h.date} ${h.status}`)).toEqual([
      '2011-12-17 detained',
      '2012-01-10 charged',
      '2012-03-01 released',
      '2012-06-04 sentenced',
    ]);
    expect(detainees.heldNow).toBe(6);
    expect(JSON.stringify(shown)).not.toContain('desk note');

    const audit = await listAudit(current().db, { entity: 'person', entityId: person.id });
    expect(audit.map((e) => e.action)).toEqual(['update', 'update', 'update', 'create']);
    expect((audit[0]?.after as { history: unknown[] } | undefined)?.history).toHaveLength(4);
  });

  it('refuses a stale status or edit, and shows the clash', async () => {
    const person = await createPerson(
      current().db,
      editor,
      'janaozen-2011',
      {
        name: 'Second Striker',
        protected: false,
        descriptor: 'a striker',
        role: 'oil worker',
        detainedPlace: null,
        detainedAt: null,
        lawyer: null,
        notes: '',
        visibility: 'internal',
      },
      null,
    );
    const input = { ...person, name: 'Second Striker (corrected)' };
    const { id: _id, incidentId: _incident, history: _history, ...fields } = input;
    expect((await editPerson(current().db, editor, person.id, fields, 1)).ok).toBe(true);
    const stale = await addStatus(
      current().db,
      editor,
      person.id,
      { status: 'released', date: '2012-01-01', sourceId: null, note: '' },
      1,
    );
    expect(stale.ok).toBe(false);
    const desk = await getDeskDetainees(current().db, editor, 'janaozen-2011');
    const stored = desk.persons.find((p) => p.record.id === person.id);
    expect(stored?.record.history).toHaveLength(0);
    // Internal: not on the public page at all.
    expect((await publicIncident()).detainees.persons.some((p) => p.id === person.id)).toBe(false);
  });

  it('keeps detainees and demands from contributors, and names the fault in a bad person', async () => {
    await expect(getDeskDetainees(current().db, contributor, 'janaozen-2011')).rejects.toMatchObject({
      kind: 'forbidden',
    });
    await expect(
      createDemand(current().db, contributor, 'janaozen-2011', {
        number: 13,
        text: 'x',
        language: 'en',
        status: 'open',
        statusDate: null,
      }),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(
      createPerson(
        current().db,
        editor,
        'janaozen-2011',
        {
          name: null,
          protected: false,
          descriptor: 'someone',
          role: 'worker',
          detainedPlace: null,
          detainedAt: null,
          lawyer: null,
          notes: '',
          visibility: 'public',
        },
        null,
      ),
    ).rejects.toMatchObject({ kind: 'invalid', field: 'name' });
  });

  it('keeps the twelve demands in order, and changes one’s status with its date', async () => {
    const { demands } = await publicIncident();
    expect(demands.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(demands.every((d) => d.status === 'open')).toBe(true);
    const desk = await getDeskDetainees(current().db, editor, 'janaozen-2011');
    const fourth = desk.demands.find((d) => d.record.number === 4);
    if (!fourth) throw new Error('no demand 4');
    const { id: _id, incidentId: _incident, ...fields } = fourth.record;
    const saved = await editDemand(
      current().db,
      editor,
      fourth.record.id,
      { ...fields, status: 'partly-met', statusDate: '2012-03-07' },
      fourth.version,
    );
    expect(saved.ok).toBe(true);
    expect((await publicIncident()).demands[3]).toMatchObject({
      number: 4,
      status: 'partly-met',
      statusDate: '2012-03-07',
    });
    await expect(
      createDemand(current().db, editor, 'janaozen-2011', {
        number: 4,
        text: 'again',
        language: 'en',
        status: 'open',
        statusDate: null,
      }),
    ).rejects.toMatchObject({ kind: 'invalid', field: 'number' });
    const audit = await listAudit(current().db, { entity: 'demand', entityId: fourth.record.id });
    expect(audit[0]).toMatchObject({ before: { status: 'open' }, after: { status: 'partly-met' } });
  });
});

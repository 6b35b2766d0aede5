import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../../../test/engines.js';
import type { User } from '../../domain/user.js';
import { listAudit } from '../../store/audit.js';
import { recordChange } from './audit-trail.js';

describeOnEachEngine('the audit trail', (current) => {
  // An account that has since been removed still names its entries: no user row is needed.
  const editor: User = { id: randomUUID(), email: 'e@example.org', name: 'An editor', role: 'editor', disabled: false };

  it('reads back changes made within one millisecond in the order they were made', async () => {
    const entityId = randomUUID();
    const steps = Array.from({ length: 12 }, (_, n) => n);
    await current()
      .db.transaction()
      .execute(async (trx) => {
        for (const n of steps) {
          await recordChange(trx, editor, {
            action: n === 0 ? 'create' : 'update',
            entity: 'person',
            entityId,
            incidentId: null,
            before: n === 0 ? null : { step: n - 1 },
            after: { step: n },
          });
        }
      });
    const entries = await listAudit(current().db, { entity: 'person', entityId });
    expect(entries.map((e) => (e.after as { step: number }).step)).toEqual(steps.toReversed());
    expect(new Set(entries.map((e) => e.at)).size).toBe(steps.length);
  });

  it('keeps the time given for a change that happened earlier', async () => {
    const entityId = randomUUID();
    const at = new Date('2011-12-16T09:00:00Z');
    await recordChange(
      current().db,
      editor,
      { action: 'create', entity: 'person', entityId, incidentId: null, before: null, after: {} },
      at,
    );
    const [entry] = await listAudit(current().db, { entity: 'person', entityId });
    expect(entry?.at).toBe(at.toISOString());
  });
});

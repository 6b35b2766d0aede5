import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../../../test/engines.js';
import { sharedSecret } from './secrets.js';

describeOnEachEngine('shared secrets', (current) => {
  it('gives every caller the same secret when many ask for it first at once', async () => {
    const secrets = await Promise.all(Array.from({ length: 10 }, () => sharedSecret(current().db, 'race')));
    expect(new Set(secrets).size).toBe(1);
    expect(secrets[0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await sharedSecret(current().db, 'race')).toBe(secrets[0]);
  });
});

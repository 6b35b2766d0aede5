import { expect, it } from 'vitest';
import { TEST_SCRYPT_COST } from '../../../test/desk.js';
import { describeOnEachEngine } from '../../../test/engines.js';
import {
  createUser,
  ensureFirstAdmin,
  logIn,
  logOut,
  MAX_FAILURES_PER_ACCOUNT,
  setPassword,
  userOfSession,
} from './accounts.js';

describeOnEachEngine('accounts', (current) => {
  it('creates a first admin once, with a password shown once', async () => {
    const first = await ensureFirstAdmin(current().db, TEST_SCRYPT_COST);
    expect(first?.email).toBe('admin@localhost');
    expect(first?.password).toHaveLength(20);
    expect(await ensureFirstAdmin(current().db, TEST_SCRYPT_COST)).toBeNull();
  });

  it('logs in with the right password, opens a session, and closes it', async () => {
    await createUser(
      current().db,
      { email: 'Ed@Example.org', name: 'Ed', role: 'editor', password: 'correct horse battery' },
      TEST_SCRYPT_COST,
    );
    const result = await logIn(current().db, {
      email: 'ed@example.org',
      password: 'correct horse battery',
      address: '10.0.0.1',
    });
    if (!result.ok) throw new Error('login failed');
    expect((await userOfSession(current().db, result.token))?.role).toBe('editor');
    await logOut(current().db, result.token);
    expect(await userOfSession(current().db, result.token)).toBeNull();
  });

  it('refuses a wrong password without saying whether the account exists', async () => {
    const wrong = await logIn(current().db, {
      email: 'ed@example.org',
      password: 'wrong password!',
      address: '10.0.0.2',
    });
    const nobody = await logIn(current().db, {
      email: 'nobody@example.org',
      password: 'wrong password!',
      address: '10.0.0.2',
    });
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    expect(nobody).toEqual({ ok: false, reason: 'invalid' });
  });

  it('throttles an account after repeated failures, even with the right password', async () => {
    await createUser(
      current().db,
      { email: 'target@example.org', name: 'T', role: 'contributor', password: 'the right password' },
      TEST_SCRYPT_COST,
    );
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i += 1) {
      await logIn(current().db, { email: 'target@example.org', password: `guess number ${i}`, address: `10.1.0.${i}` });
    }
    const result = await logIn(current().db, {
      email: 'target@example.org',
      password: 'the right password',
      address: '10.9.9.9',
    });
    expect(result).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('expires a session after its time', async () => {
    const result = await logIn(current().db, {
      email: 'ed@example.org',
      password: 'correct horse battery',
      address: '10.0.0.3',
    });
    if (!result.ok) throw new Error('login failed');
    expect(await userOfSession(current().db, result.token, new Date(Date.now() + 13 * 3_600_000))).toBeNull();
  });

  it('closes every session when the password changes, and refuses a short one', async () => {
    const result = await logIn(current().db, {
      email: 'ed@example.org',
      password: 'correct horse battery',
      address: '10.0.0.4',
    });
    if (!result.ok) throw new Error('login failed');
    await setPassword(current().db, 'ed@example.org', 'another long password', TEST_SCRYPT_COST);
    expect(await userOfSession(current().db, result.token)).toBeNull();
    await expect(setPassword(current().db, 'ed@example.org', 'short', TEST_SCRYPT_COST)).rejects.toThrow(/at least 12/);
  });

  it('refuses a second account for the same e-mail', async () => {
    await expect(
      createUser(
        current().db,
        { email: 'ED@example.org', name: 'Ed again', role: 'admin', password: 'whatever long enough' },
        TEST_SCRYPT_COST,
      ),
    ).rejects.toThrow(/exists already/);
  });
});

// `temoin user add|passwd|list`: manage desk accounts from the command line, on the same store
// the server uses (TEMOIN_DATA or DATABASE_URL).
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { readConfig } from '../config.js';
import { ROLES } from '../domain/user.js';
import { AccountError, createUser, setPassword } from '../services/desk/accounts.js';
import { migrateToLatest, openStore, type Store } from '../store/database.js';
import { listUsers } from '../store/users.js';

async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(readConfig().store);
  try {
    await migrateToLatest(store.db);
    return await work(store);
  } finally {
    await store.close();
  }
}

/** A new password from standard input: typed at a prompt, or piped in for scripts. */
async function readPassword(): Promise<string> {
  const rl = createInterface({
    input: process.stdin,
    output: process.stdin.isTTY ? process.stderr : undefined,
    terminal: false,
  });
  if (process.stdin.isTTY) process.stderr.write('New password (at least 12 characters): ');
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

function fail(message: string): never {
  console.error(`temoin: ${message}`);
  process.exit(2);
}

export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('manage desk accounts');

  user
    .command('add')
    .argument('<email>')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--name <name>', 'the name shown on the desk and in the audit trail')
    .description('create an account; its random password is printed once')
    .action(async (email: string, options: { role: string; name?: string }) => {
      const role = z.enum(ROLES).safeParse(options.role);
      if (!role.success) fail(`--role: "${options.role}" is not one of ${ROLES.join(', ')}`);
      await withStore(async ({ db }) => {
        try {
          const created = await createUser(db, { email, name: options.name ?? email, role: role.data });
          console.log(
            `temoin: created ${created.user.email} (${created.user.role}); password (shown only now): ${created.password}`,
          );
        } catch (error) {
          if (error instanceof AccountError) fail(`${error.field}: ${error.message}`);
          throw error;
        }
      });
    });

  user
    .command('passwd')
    .argument('<email>')
    .description("set a new password, read from standard input; closes the account's sessions")
    .action(async (email: string) => {
      const password = await readPassword();
      await withStore(async ({ db }) => {
        try {
          await setPassword(db, email, password);
          console.log(`temoin: password of ${email} changed; its sessions are closed`);
        } catch (error) {
          if (error instanceof AccountError) fail(`${error.field}: ${error.message}`);
          throw error;
        }
      });
    });

  user
    .command('list')
    .description('list accounts')
    .action(async () => {
      await withStore(async ({ db }) => {
        for (const u of await listUsers(db)) {
          console.log(`${u.email}\t${u.role}${u.disabled ? '\tclosed' : ''}\t${u.name}`);
        }
      });
    });
}

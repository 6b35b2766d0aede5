// Settings from the environment, checked once at start: a wrong value stops Témoin with a line
// naming the variable, never a half-started server.
import { resolve } from 'node:path';
import { z } from 'zod';
import type { StoreLocation } from './store/database.js';

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  TEMOIN_DATA: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.coerce.number().int('must be a number of proxies').min(0).max(9).default(0),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  store: StoreLocation;
  logLevel: string;
  /** How many reverse proxies stand in front; their forwarding headers are believed, no others. */
  trustProxyHops: number;
}

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${issue?.path.join('.')}: ${issue?.message}`);
  }
  const { PORT, HOST, TEMOIN_DATA, DATABASE_URL, LOG_LEVEL, TRUST_PROXY } = parsed.data;
  const dataDir = resolve(TEMOIN_DATA);
  return {
    port: PORT,
    host: HOST,
    dataDir,
    store: DATABASE_URL
      ? { engine: 'postgres', url: DATABASE_URL }
      : { engine: 'sqlite', file: resolve(dataDir, 'temoin.db') },
    logLevel: LOG_LEVEL,
    trustProxyHops: TRUST_PROXY,
  };
}

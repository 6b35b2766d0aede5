// `npx temoin …` in a clone after `npm ci`: the command is linked into node_modules/.bin (through
// the small package in bin/) and runs from source, so the README's commands work as written.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function npxTemoin(args: string[], input: string) {
  return spawnSync('npx', ['--no-install', 'temoin', ...args], { cwd: ROOT, input, encoding: 'utf8' });
}

describe('npx temoin', () => {
  it('extracts the figures of a report read from standard input as one JSON object', () => {
    const run = npxTemoin(
      ['extract', '-', '--lang', 'fr', '--json'],
      'Selon les ouvriers, 70 personnes ont été tuées.',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { lang: string; claims: { metric: string; min: number }[] };
    expect(result.lang).toBe('fr');
    expect(result.claims.map((c) => [c.metric, c.min])).toEqual([['killed', 70]]);
  });

  it('says in one line what was wrong with the input, and exits non-zero', () => {
    const run = npxTemoin(['extract', '-'], '');
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^temoin extract: stdin is empty/);
  });
});

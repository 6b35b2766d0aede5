// `temoin extract`, run in-process through commander with a fake terminal.

import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { type ExtractIo, registerExtractCommand } from '../cli/extract-command.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const REPORT =
  'Selon les travailleurs, 70 personnes ont été tuées vers 14 heures locales. Environ 150 personnes ont été arrêtées.';

function fakeIo(
  files: Record<string, Uint8Array | string>,
  stdin: string | Uint8Array | null,
  out: { stdout: string; stderr: string },
): ExtractIo {
  const bytes = (v: Uint8Array | string): Uint8Array => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  return {
    readFile: async (path) => {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return bytes(file);
    },
    readStdin: async () => bytes(stdin ?? ''),
    stdinIsTTY: stdin === null,
    stdout: (t) => {
      out.stdout += t;
    },
    stderr: (t) => {
      out.stderr += t;
    },
  };
}

async function run(
  args: string[],
  files: Record<string, Uint8Array | string> = {},
  stdin: string | Uint8Array | null = null,
): Promise<Run> {
  const out = { stdout: '', stderr: '' };
  const program = new Command('temoin').exitOverride();
  registerExtractCommand(program, fakeIo(files, stdin, out));
  process.exitCode = undefined;
  await program.parseAsync(['node', 'temoin', 'extract', ...args]);
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { code, ...out };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('temoin extract', () => {
  it('prints exactly one JSON object with --json', async () => {
    const r = await run(['report.txt', '--json', '--date', '2011-12-16', '--tz', 'Asia/Aqtau'], {
      'report.txt': REPORT,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const parsed = JSON.parse(r.stdout) as { lang: string; claims: Array<Record<string, unknown>> };
    expect(parsed.lang).toBe('fr');
    expect(Object.keys(parsed.claims[0] ?? {})).toEqual([
      'metric',
      'min',
      'max',
      'approx',
      'hedged',
      'attribution',
      'asOf',
      'place',
      'quote',
      'start',
      'end',
    ]);
    expect(parsed.claims[0]).toMatchObject({
      metric: 'killed',
      min: 70,
      attribution: 'les travailleurs',
      asOf: { instant: '2011-12-16T09:00:00.000Z', approx: true },
    });
  });

  it('prints a table in local time without --json', async () => {
    const r = await run(['-', '--date', '2011-12-16', '--tz', 'Asia/Aqtau'], {}, REPORT);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('≈2011-12-16 14:00');
    expect(r.stdout).toContain('≈150');
    expect(r.stdout).toContain('les travailleurs');
  });

  it('reads stdin when no file is given and stdin is piped', async () => {
    const r = await run(['--json', '--lang', 'en'], {}, 'Police detained 23 people.');
    expect(JSON.parse(r.stdout)).toMatchObject({ lang: 'en', claims: [{ metric: 'arrested', min: 23 }] });
  });

  it.each([
    [['--lang', 'de', 'x'], '--lang'],
    [['--date', '16/12/2011', 'x'], '--date'],
    [['--date', '2011-02-30', 'x'], '--date'],
    [['--tz', 'Mars/Olympus', 'x'], '--tz'],
  ])('refuses %j naming the option, exit 2', async (args, option) => {
    const r = await run(args, { x: REPORT });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(option);
  });

  it.each([
    ['a missing file', ['missing.txt'], {}, 'no such file'],
    ['a binary file', ['bin'], { bin: new Uint8Array([0x50, 0x00, 0x4b]) }, 'binary'],
    ['invalid UTF-8', ['latin1'], { latin1: new Uint8Array([0x74, 0xe9, 0x74, 0xe9]) }, 'UTF-8'],
    ['an empty file', ['empty'], { empty: '  \n' }, 'empty'],
  ] as const)('fails on %s with one line and no stack trace', async (_what, args, files, message) => {
    const r = await run([...args], files as Record<string, Uint8Array | string>);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\bat .*:\d+/);
  });

  it('asks for input when stdin is a terminal and no file is given', async () => {
    const r = await run([], {}, null);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no input');
  });
});

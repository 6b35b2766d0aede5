// `temoin extract [FILE|-]`: proposes the claims a report holds, as a table or as JSON.
// Bad options and unreadable input end with one line on stderr and a non-zero exit.

import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import type { ReportedTime } from '../domain/claim.js';
import {
  type ExtractResult,
  extractClaims,
  formatFigure,
  isKnownTimeZone,
  LANGS,
  type ProposedClaim,
} from '../extract/index.js';

/** Where the command reads and writes; tests give their own. */
export interface ExtractIo {
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  stdinIsTTY: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
}

const EXIT_USAGE = 2;
const EXIT_INPUT = 1;

const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((d) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, day));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === day;
  }, 'is not a calendar date');

const ExtractOptionsSchema = z.object({
  lang: z.enum(LANGS, { error: `must be one of ${LANGS.join(', ')}` }).optional(),
  date: calendarDate.optional(),
  tz: z.string().refine(isKnownTimeZone, 'is not a known time zone (use an IANA name such as Asia/Aqtau)').optional(),
  json: z.boolean().optional(),
});

export type ExtractCommandOptions = z.input<typeof ExtractOptionsSchema>;

class InputError extends Error {}

export function registerExtractCommand(program: Command, io: ExtractIo = processIo()): void {
  program
    .command('extract')
    .argument('[file]', "a report as UTF-8 text; '-' or nothing reads stdin")
    .description('propose the figures (killed, injured, arrested, participants, missing) a report gives')
    .option('--lang <lang>', `language of the report: ${LANGS.join(', ')} (guessed when absent)`)
    .option('--date <date>', 'reference date YYYY-MM-DD for times like "ce matin"')
    .option('--tz <zone>', 'time zone of the incident, e.g. Asia/Aqtau (default UTC)')
    .option('--json', 'print one JSON object instead of a table')
    .action(async (file: string | undefined, options: ExtractCommandOptions) => {
      process.exitCode = await runExtract(file, options, io);
    });
}

/** Runs the command; returns the exit code. Never throws for bad input or options. */
export async function runExtract(
  file: string | undefined,
  options: ExtractCommandOptions,
  io: ExtractIo,
): Promise<number> {
  const parsed = ExtractOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'option');
    const given = (options as Record<string, unknown>)[name];
    io.stderr(`temoin extract: --${name} ${issue?.message ?? 'is invalid'} (got ${JSON.stringify(given)})\n`);
    return EXIT_USAGE;
  }
  const opts = parsed.data;
  let text: string;
  try {
    text = await readInput(file, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`temoin extract: ${error.message}\n`);
      return error.message.startsWith('no input') ? EXIT_USAGE : EXIT_INPUT;
    }
    throw error;
  }
  const timezone = opts.tz ?? 'UTC';
  const result = extractClaims(text, {
    lang: opts.lang,
    reference: opts.date === undefined ? undefined : { date: opts.date, timezone },
  });
  io.stdout(opts.json === true ? `${JSON.stringify(toJson(result))}\n` : table(result, timezone));
  return 0;
}

async function readInput(file: string | undefined, io: ExtractIo): Promise<string> {
  let bytes: Uint8Array;
  let name: string;
  if (file === undefined || file === '-') {
    if (file === undefined && io.stdinIsTTY)
      throw new InputError("no input: give a FILE, or '-' and pipe the report on stdin");
    bytes = await io.readStdin();
    name = 'stdin';
  } else {
    name = file;
    try {
      bytes = await io.readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === 'ENOENT'
          ? 'no such file'
          : code === 'EISDIR'
            ? 'it is a folder'
            : code === 'EACCES'
              ? 'permission denied'
              : 'it cannot be read';
      throw new InputError(`cannot read ${file}: ${why}`);
    }
  }
  if (bytes.includes(0)) throw new InputError(`${name} looks binary (it holds NUL bytes); give a UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name} is not valid UTF-8; convert it first (e.g. iconv -t UTF-8)`);
  }
  if (text.trim().length === 0) throw new InputError(`${name} is empty; nothing to extract`);
  return text;
}

/** Exactly the fields of a proposed claim, in a stable order. */
function toJson(result: ExtractResult): { lang: string; claims: ProposedClaim[] } {
  return {
    lang: result.lang,
    claims: result.claims.map((c) => ({
      metric: c.metric,
      min: c.min,
      max: c.max,
      approx: c.approx,
      hedged: c.hedged,
      attribution: c.attribution,
      asOf: c.asOf,
      place: c.place,
      quote: c.quote,
      start: c.start,
      end: c.end,
    })),
  };
}

const QUOTE_WIDTH = 70;

function table(result: ExtractResult, timezone: string): string {
  if (result.claims.length === 0) return `No figures found (language: ${result.lang}).\n`;
  const header = ['metric', 'figure', 'hedged', 'who says', 'as of', 'quote'];
  const rows = result.claims.map((c) => [
    c.metric,
    formatFigure(c),
    c.hedged ? 'hedged' : '',
    c.attribution ?? '',
    c.asOf === null ? '' : localTime(c.asOf, timezone),
    shorten(c.quote.replace(/\s+/g, ' ').trim(), QUOTE_WIDTH),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const render = (cells: string[]): string =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  const lines = [render(header), render(widths.map((w) => '-'.repeat(w))), ...rows.map(render)];
  return `${lines.join('\n')}\n${result.claims.length} figure(s), language ${result.lang}, times in ${timezone}.\n`;
}

function shorten(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** "≈ 2011-12-16 14:00", "by 2011-12-17 morning", in the incident's zone. */
export function localTime(time: ReportedTime, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(time.instant));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const day = `${get('year')}-${get('month')}-${get('day')}`;
  const hour = Number(get('hour'));
  let when: string;
  if (time.precision === 'day') when = day;
  else if (time.precision === 'part-of-day')
    when = `${day} ${hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : hour < 21 ? 'evening' : 'night'}`;
  else when = `${day} ${get('hour')}:${get('minute')}`;
  return `${time.by ? 'by ' : ''}${time.approx ? '≈' : ''}${when}`;
}

function processIo(): ExtractIo {
  return {
    readFile: (path) => readFile(path),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    stdinIsTTY: process.stdin.isTTY === true,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}

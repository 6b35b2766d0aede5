// Reads the time a figure refers to with chrono-node (fr, en, ru), extended by parsers for
// what chrono misses ("vers 14 heures locales", "около 14 часов", "к утру субботы") and a
// refiner keeping what it drops: "vers"/"about"/"около" (approximate) and "d'ici à"/"by"/"к"
// (a deadline). Times are resolved against a reference date in the incident's zone.

import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import * as chrono from 'chrono-node';
import type { ReportedTime, TimePrecision } from '../domain/claim.js';
import type { ExtractReference, Lang } from './types.js';

export interface ResolvedReference {
  instant: Date;
  /** Minutes east of UTC at the reference. */
  offset: number;
  timezone: string;
}

/** A time found in a text, with offsets into the text that was parsed. */
export interface FoundTime {
  index: number;
  end: number;
  time: ReportedTime;
}

const TAG_APPROX = 'temoin/approx';
const TAG_BY = 'temoin/by';
const TAG_HOUR = 'temoin/hour';
const TAG_MINUTE = 'temoin/minute';
const TAG_PART = 'temoin/part-of-day';

/** Minutes east of UTC for an IANA zone at an instant; throws on an unknown zone. */
export function zoneOffset(timezone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'longOffset' }).formatToParts(at);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (m === null) return 0;
  const sign = m[1] === '-' ? -1 : 1;
  return sign * (Number(m[2]) * 60 + Number(m[3] ?? '0'));
}

export function isKnownTimeZone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date alone is read as local noon, so "ce matin" and "ce soir" fall on that day. */
export function resolveReference(reference: ExtractReference): ResolvedReference {
  const timezone = reference.timezone ?? 'UTC';
  if (!isKnownTimeZone(timezone)) throw new RangeError(`unknown time zone: ${timezone}`);
  const dateOnly = DATE_ONLY.exec(reference.date);
  if (dateOnly !== null) {
    const noonUtc = Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]), 12, 0, 0);
    const offset = zoneOffset(timezone, new Date(noonUtc));
    const instant = new Date(noonUtc - offset * 60_000);
    if (Number.isNaN(instant.getTime())) throw new RangeError(`invalid reference date: ${reference.date}`);
    return { instant, offset, timezone };
  }
  const instant = new Date(reference.date);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`invalid reference date: ${reference.date}`);
  return { instant, offset: zoneOffset(timezone, instant), timezone };
}

// chrono's parsers take the text from the match on; a lookbehind keeps words whole.
const NOT_AFTER_WORD = '(?<![\\p{L}\\d])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\d])';

function hourParser(pattern: RegExp, pm?: RegExp): chrono.Parser {
  return {
    pattern: () => pattern,
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      let hour = Number(match[1]);
      const minute = match[2] === undefined ? 0 : Number(match[2]);
      if (hour > 24 || minute > 59) return null;
      if (pm?.test(match[0]) && hour < 12) hour += 12;
      const components = context.createParsingComponents({ hour, minute });
      components.addTag(match[2] === undefined ? TAG_HOUR : TAG_MINUTE);
      return components;
    },
  };
}

function fixedHourParser(pattern: RegExp, hours: Record<string, number>): chrono.Parser {
  return {
    pattern: () => pattern,
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const hour = hours[(match[1] ?? '').toLowerCase()];
      if (hour === undefined) return null;
      const components = context.createParsingComponents({ hour, minute: 0 });
      components.addTag(TAG_HOUR);
      return components;
    },
  };
}

const RU_WEEKDAYS: Record<string, number> = {
  воскресенья: 0,
  понедельника: 1,
  вторника: 2,
  среды: 3,
  четверга: 4,
  пятницы: 5,
  субботы: 6,
};
const RU_PARTS: Record<string, number> = { утру: 6, обеду: 13, полудню: 12, вечеру: 18, ночи: 23 };

/** "к утру субботы", "к вечеру": a deadline at a part of a day (chrono sees only "субботы"). */
const ruByPartOfDay: chrono.Parser = {
  pattern: () =>
    new RegExp(
      `${NOT_AFTER_WORD}к\\s+(утру|обеду|полудню|вечеру|ночи)(?:\\s+(воскресенья|понедельника|вторника|среды|четверга|пятницы|субботы))?${NOT_BEFORE_WORD}`,
      'iu',
    ),
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const hour = RU_PARTS[(match[1] ?? '').toLowerCase()];
    if (hour === undefined) return null;
    const offset = context.reference.getTimezoneOffset();
    const local = new Date(context.reference.instant.getTime() + offset * 60_000);
    let ahead = 0;
    const weekday = match[2] === undefined ? undefined : RU_WEEKDAYS[match[2].toLowerCase()];
    if (weekday !== undefined) ahead = (weekday - local.getUTCDay() + 7) % 7;
    const day = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + ahead));
    const components = context.createParsingComponents({
      year: day.getUTCFullYear(),
      month: day.getUTCMonth() + 1,
      day: day.getUTCDate(),
    });
    components.imply('hour', hour);
    components.imply('minute', 0);
    components.addTag(TAG_PART);
    components.addTag(TAG_BY);
    return components;
  },
};

interface Markers {
  approx: RegExp;
  by: RegExp;
  late: RegExp;
}

const MARKERS: Record<Lang, Markers> = {
  fr: {
    approx: /(?:vers|environ|aux alentours de|autour de|à peu près à)\s*$/iu,
    by: /(?:d['’]ici à|d['’]ici|jusqu['’]à|au plus tard|avant)\s*$/iu,
    late: /(?:tard|tardivement)\s*(?:dans la|dans le|au|en|le)?\s*$/iu,
  },
  en: {
    approx: /(?:about|around|approximately|roughly|circa|some time around)\s*$/iu,
    by: /(?<![\p{L}])(?:by|until|till|no later than|before)\s*$/iu,
    late: /(?<![\p{L}])late\s*(?:in the|on|this|that)?\s*$/iu,
  },
  ru: {
    approx: /(?:около|примерно|приблизительно|ближе к|в районе)\s*$/iu,
    by: /(?<![\p{L}])(?:к|до)\s*$/iu,
    late: /(?<![\p{L}])поздно\s*$/iu,
  },
};

/** Keeps what chrono drops: approximate and deadline words, and "late" evening. */
function markerRefiner(markers: Markers): Refiner {
  return {
    refine: (context: ParsingContext, results: ParsingResult[]) => {
      for (const r of results) {
        const before = context.text.slice(Math.max(0, r.index - 30), r.index);
        if (markers.approx.test(before)) r.addTag(TAG_APPROX);
        if (markers.by.test(before)) r.addTag(TAG_BY);
        if (markers.late.test(before) && isEvening(r)) {
          r.start.assign('hour', 22);
          r.start.assign('minute', 0);
          r.addTag(TAG_PART);
        }
      }
      return results;
    },
  };
}

function isEvening(r: ParsingResult): boolean {
  return r.tags().has('casualReference/evening') || /soir|evening|вечер/iu.test(r.text);
}

function build(lang: Lang): chrono.Chrono {
  const base = lang === 'fr' ? chrono.fr.casual : lang === 'ru' ? chrono.ru.casual : chrono.casual;
  const parser = base.clone();
  // Zone abbreviations after a time would read French "et" and Russian words as zones
  // ("14 heures, et" as 14:00 Eastern); reports give local time, the reference zone applies.
  parser.refiners = parser.refiners.filter((r) => r.constructor.name !== 'ExtractTimezoneAbbrRefiner');
  if (lang === 'fr') {
    parser.parsers.push(
      hourParser(
        new RegExp(
          `${NOT_AFTER_WORD}(\\d{1,2})\\s*(?:heures?|h)(?:\\s*(\\d{2}))?(?:\\s+(?:locales?|heure locale|du (?:matin|soir)))?${NOT_BEFORE_WORD}`,
          'iu',
        ),
        /du soir/i,
      ),
    );
    parser.parsers.push(
      fixedHourParser(new RegExp(`${NOT_AFTER_WORD}(midi|minuit)${NOT_BEFORE_WORD}`, 'iu'), { midi: 12, minuit: 0 }),
    );
  } else if (lang === 'ru') {
    parser.parsers.push(
      hourParser(
        new RegExp(
          `${NOT_AFTER_WORD}(\\d{1,2})\\s*(?:час(?:а|ов|ам|у)?|ч\\.?)(?:\\s*(\\d{1,2})\\s*мин(?:ут[аы]?)?)?(?:\\s+(?:по местному времени|вечера|утра|дня))?${NOT_BEFORE_WORD}`,
          'iu',
        ),
        /вечера|дня/i,
      ),
    );
    parser.parsers.push(
      fixedHourParser(
        new RegExp(`${NOT_AFTER_WORD}(полдень|полудня|полуднем|полночь|полуночи)${NOT_BEFORE_WORD}`, 'iu'),
        { полдень: 12, полудня: 12, полуднем: 12, полночь: 0, полуночи: 0 },
      ),
    );
    parser.parsers.push(ruByPartOfDay);
  } else {
    parser.parsers.push(
      fixedHourParser(new RegExp(`${NOT_AFTER_WORD}(noon|midday|midnight)${NOT_BEFORE_WORD}`, 'iu'), {
        noon: 12,
        midday: 12,
        midnight: 0,
      }),
    );
  }
  parser.refiners.push(markerRefiner(MARKERS[lang]));
  return parser;
}

const parsers = new Map<Lang, chrono.Chrono>();

function parserFor(lang: Lang): chrono.Chrono {
  let p = parsers.get(lang);
  if (p === undefined) {
    p = build(lang);
    parsers.set(lang, p);
  }
  return p;
}

// A quick test that a passage may hold a time at all, so chrono runs only where it can help.
const TIME_CUE = new RegExp(
  [
    '\\d\\s*(?:h|heures?|:|час|ч\\.|am|pm|a\\.m|p\\.m)',
    'matin|midi|soir|après-midi|nuit|minuit|aube|aujourd|hier|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
    'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre',
    'morning|noon|midday|afternoon|evening|night|midnight|dawn|today|yesterday|tonight|tomorrow',
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december',
    'утр|днём|днем|вечер|ноч|полд|полноч|сегодня|вчера|завтра|понедельник|вторник|сред[аыу]|четверг|пятниц|суббот|воскресень',
    'январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр',
  ].join('|'),
  'iu',
);

export function mayHoldTime(passage: string): boolean {
  return TIME_CUE.test(passage);
}

/** Every time chrono finds in a passage, with its precision, "vers" and "by" marks. */
export function findTimes(passage: string, lang: Lang, reference: ResolvedReference): FoundTime[] {
  const results = parserFor(lang).parse(passage, { instant: reference.instant, timezone: reference.offset });
  const out: FoundTime[] = [];
  for (const r of results) {
    const date = r.start.date();
    if (Number.isNaN(date.getTime())) continue;
    out.push({
      index: r.index,
      end: r.index + r.text.length,
      time: {
        instant: date.toISOString(),
        precision: precisionOf(r),
        approx: r.tags().has(TAG_APPROX),
        by: r.tags().has(TAG_BY),
      },
    });
  }
  return out;
}

const PART_OF_DAY =
  /matin|midi|soir|après-midi|nuit|aube|morning|afternoon|evening|night|dawn|tonight|утр|днём|днем|вечер|ноч/iu;
const CLOCK_MINUTES = /\d\s*[:hH.]\s*\d{2}/u;

function precisionOf(r: chrono.ParsedResult): TimePrecision {
  const tags = r.tags();
  if (tags.has(TAG_MINUTE)) return 'minute';
  if (tags.has(TAG_HOUR)) return 'hour';
  if (tags.has(TAG_PART)) return 'part-of-day';
  if (r.start.isCertain('hour')) return CLOCK_MINUTES.test(r.text) ? 'minute' : 'hour';
  for (const tag of tags)
    if (tag.startsWith('casualReference/') && tag !== 'casualReference/today' && tag !== 'casualReference/now')
      return 'part-of-day';
  if (PART_OF_DAY.test(r.text)) return 'part-of-day';
  return 'day';
}

// Splits a text into words, numbers and punctuation in one linear pass, keeping offsets so
// every later step can point back into the verbatim report.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text; for numbers the digits as written. */
  lower: string;
  /** Numbers: the value read with thousands separators removed (NaN when not a sane figure). */
  value: number;
  /** Numbers: written with a decimal part ("1,5", "2.5"). */
  decimal: boolean;
  /** No whitespace between this token and the previous one ("12h45", "25-year-old"). */
  attached: boolean;
  /** Newlines in the whitespace just before this token. */
  newlines: number;
  /** Word starting with a capital letter. */
  capital: boolean;
}

// Spaces that may group thousands: plain, no-break, narrow no-break, thin.
const GROUP_SPACES = new Set([0x20, 0xa0, 0x202f, 0x2009]);
const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]);
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
const LETTER = /[\p{L}\p{M}]/u;
// A word opens on a letter; a mark alone (the variation selector of "❗️") is no word.
const WORD_OPENER = /\p{L}/u;
// A longer digit run is a phone number, an identifier or noise, never a head count.
const MAX_FIGURE_DIGITS = 10;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLetterCode(text: string, i: number, c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0x400 && c <= 0x52f) return true; // Cyrillic, the common case
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7; // Latin-1 and Latin Extended
  const ch = text[i];
  return ch !== undefined && LETTER.test(ch);
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0xa0 ||
    c === 0x202f ||
    c === 0x2009 ||
    c === 0x200b ||
    c === 0x0c ||
    c === 0x0b ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200a)
  );
}

function countDigits(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  return j - i;
}

/**
 * Reads a number at i: a digit run, then groups of exactly three digits after one kind of
 * separator ("4.000", "4 000", "4,000"), then an optional short decimal part ("1,5").
 */
function readNumber(text: string, i: number): { end: number; value: number; decimal: boolean } {
  const first = countDigits(text, i);
  let end = i + first;
  let digits = text.slice(i, end);
  let sep = -1;
  if (first <= 3) {
    for (;;) {
      const c = text.charCodeAt(end);
      // Swiss writing groups with an apostrophe, straight or typographic ("1'200", "1’200").
      const isSep = c === 0x2e || c === 0x2c || GROUP_SPACES.has(c) || c === 0x27 || c === 0x2019;
      if (!isSep || (sep !== -1 && c !== sep)) break;
      if (countDigits(text, end + 1) !== 3) break;
      sep = c;
      digits += text.slice(end + 1, end + 4);
      end += 4;
    }
  }
  let decimal = false;
  let value = digits.length > MAX_FIGURE_DIGITS ? Number.NaN : Number(digits);
  const c = text.charCodeAt(end);
  if ((c === 0x2c || c === 0x2e) && c !== sep) {
    const n = countDigits(text, end + 1);
    if (n >= 1 && n <= 2) {
      decimal = true;
      value = Number.isNaN(value) ? value : value + Number(`0.${text.slice(end + 1, end + 1 + n)}`);
      end += 1 + n;
    }
  }
  return { end, value, decimal };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let newlines = 0;
  let sawSpace = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 0x0a) newlines++;
      sawSpace = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let value = Number.NaN;
    let decimal = false;
    if (isDigit(c)) {
      const read = readNumber(text, i);
      i = read.end;
      value = read.value;
      decimal = read.decimal;
      kind = 'number';
    } else if (
      isLetterCode(text, i, c) &&
      (c < 0x300 || (c >= 0x400 && c <= 0x52f) || WORD_OPENER.test(text[i] ?? ''))
    ) {
      i++;
      for (;;) {
        if (i >= n) break;
        const d = text.charCodeAt(i);
        if (isLetterCode(text, i, d)) {
          i++;
          continue;
        }
        // A hyphen inside a word keeps it whole: "soixante-dix", "après-midi".
        if (HYPHENS.has(d) && i + 1 < n && isLetterCode(text, i + 1, text.charCodeAt(i + 1))) {
          i += 2;
          continue;
        }
        break;
      }
      kind = 'word';
    } else if (APOSTROPHES.has(c)) {
      // Apostrophes separate an elided word from the next ("d'une", "qu'environ"); they carry
      // no meaning for figures, so they are not tokens.
      i++;
      sawSpace = true;
      continue;
    } else {
      // One token per punctuation character (or per astral-plane code point).
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      kind = 'punct';
    }
    const tokenText = text.slice(start, i);
    const lower = kind === 'word' ? tokenText.toLowerCase() : tokenText;
    tokens.push({
      kind,
      start,
      end: i,
      text: tokenText,
      lower,
      value,
      decimal,
      attached: !sawSpace && tokens.length > 0,
      newlines,
      capital: kind === 'word' && tokenText !== lower && tokenText[0] !== lower[0],
    });
    newlines = 0;
    sawSpace = false;
  }
  return tokens;
}

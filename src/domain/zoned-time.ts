// Wall-clock times in an incident's own zone, and back. Reports give local times ("vers 12h45");
// the record keeps UTC instants and shows them in the zone where things happened.

/** The zone's offset from UTC, in minutes, at a given instant (Intl knows the history of zones). */
export function zoneOffsetMinutes(timezone: string, instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

export function isKnownTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2011-12-16T12:45" in "Asia/Aqtau" -> "2011-12-16T07:45:00.000Z". Throws on a malformed time. */
export function localToInstant(local: string, timezone: string): string {
  const match = LOCAL_PATTERN.exec(local);
  if (!match) throw new RangeError(`not a local time (YYYY-MM-DDTHH:MM): ${local}`);
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    throw new RangeError(`not a real date and time: ${local}`);
  }
  // Guess with the offset at the wall time, then correct once for a zone change in between.
  let offset = zoneOffsetMinutes(timezone, new Date(wall));
  offset = zoneOffsetMinutes(timezone, new Date(wall - offset * 60_000));
  return new Date(wall - offset * 60_000).toISOString();
}

/** The wall-clock parts of an instant in a zone, for display and for forms. */
export function instantToLocal(instant: string, timezone: string): string {
  const date = new Date(instant);
  const shifted = new Date(date.getTime() + zoneOffsetMinutes(timezone, date) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

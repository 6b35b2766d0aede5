import { describe, expect, it } from 'vitest';
import { instantToLocal, isKnownTimezone, localToInstant, zoneOffsetMinutes } from './zoned-time.js';

describe('zoned time', () => {
  it('reads a local time in Aqtau (UTC+5 in 2011) as a UTC instant', () => {
    expect(localToInstant('2011-12-16T12:45', 'Asia/Aqtau')).toBe('2011-12-16T07:45:00.000Z');
  });

  it('shows the instant back in the local zone', () => {
    expect(instantToLocal('2011-12-16T07:45:00.000Z', 'Asia/Aqtau')).toBe('2011-12-16T12:45');
  });

  it('follows a zone through daylight saving time', () => {
    expect(zoneOffsetMinutes('Europe/Paris', new Date('2011-07-01T12:00:00Z'))).toBe(120);
    expect(localToInstant('2011-12-16T12:00', 'Europe/Paris')).toBe('2011-12-16T11:00:00.000Z');
  });

  it('refuses a time that does not exist on the calendar', () => {
    expect(() => localToInstant('2011-02-30T10:00', 'Asia/Aqtau')).toThrow(/not a real date/);
    expect(() => localToInstant('16/12/2011 10:00', 'Asia/Aqtau')).toThrow(/YYYY-MM-DD/);
  });

  it('knows a zone from a typo', () => {
    expect(isKnownTimezone('Asia/Aqtau')).toBe(true);
    expect(isKnownTimezone('Asia/Atlantis')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { calendarDayOf } from '../rollup.js';

describe('calendarDayOf (Europe/Berlin)', () => {
  it.each([
    ['2026-06-30T21:59:59Z', '2026-06-30'], // 23:59:59 CEST
    ['2026-06-30T22:00:00Z', '2026-07-01'], // 00:00 CEST
    ['2026-01-31T22:59:59Z', '2026-01-31'], // 23:59:59 CET
    ['2026-01-31T23:00:00Z', '2026-02-01'], // 00:00 CET
    ['2026-07-01T00:30:00+02:00', '2026-07-01'],
    ['2026-06-30T23:30:00.123+00:00', '2026-07-01'],
  ])('%s → %s', (instant, day) => {
    expect(calendarDayOf(instant)).toBe(day);
  });

  it.each(['2026-06-30', '2026-06-30T10:00:00', 'gestern', ''])('rejects %j', (value) => {
    expect(() => calendarDayOf(value)).toThrow(RangeError);
  });
});

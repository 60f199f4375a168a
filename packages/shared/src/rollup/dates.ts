/**
 * Calendar days are `YYYY-MM-DD` strings, instants ISO strings with an offset. Both are checked:
 * a malformed date upstream must fail loudly instead of silently producing a wrong figure.
 */

/** The city's time zone: an instant belongs to the calendar day it had in Bergisch Gladbach. */
export const RULES_TIME_ZONE = 'Europe/Berlin';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// Without an offset, Date.parse reads the time as local time, which depends on the machine.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` calendar day; throws a RangeError on anything else. */
export function dayNumber(day: string, name = 'date'): number {
  const match = ISO_DAY.exec(day);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const date = Number(match[3]);
    const ms = Date.UTC(year, month - 1, date);
    const check = new Date(ms);
    if (
      check.getUTCFullYear() === year &&
      check.getUTCMonth() === month - 1 &&
      check.getUTCDate() === date
    ) {
      return ms / MS_PER_DAY;
    }
  }
  throw new RangeError(`${name}: calendar day YYYY-MM-DD expected, got "${day}"`);
}

/** Checks a `YYYY-MM-DD` day and returns it; ISO days then compare correctly as strings. */
export function checkedDay(day: string, name = 'date'): string {
  dayNumber(day, name);
  return day;
}

const dayFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: RULES_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Milliseconds of an ISO instant with offset (`…Z` or `…+02:00`); throws a RangeError otherwise. */
export function instantMs(instant: string, name = 'instant'): number {
  const ms = ISO_INSTANT.test(instant) ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new RangeError(`${name}: ISO instant with offset expected, got "${instant}"`);
  }
  return ms;
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in Bergisch Gladbach (Europe/Berlin). */
export function calendarDayOf(instant: string): string {
  const parts = dayFormatter.formatToParts(instantMs(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

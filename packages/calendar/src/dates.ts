/**
 * Calendar dates as the product stores and sends them: ISO strings `YYYY-MM-DD`, which also compare
 * correctly as text. Validation and arithmetic go through Temporal's PlainDate (a date without a time
 * or a time zone), so no time zone, daylight saving change or two-digit year can ever move a date:
 * the `Date` API reads the years 0–99 as 1900–1999, which once let "0050-03-01" pass as 1950.
 */
import { Temporal } from 'temporal-polyfill';

/** A date the product accepts at all: wide enough for any history it keeps, narrow enough to catch a mistyped year. */
export const DATE_RANGE = { min: '1900-01-01', max: '2199-12-31' } as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EPOCH = Temporal.PlainDate.from('1970-01-01');

function toPlainDateOrNull(value: string): Temporal.PlainDate | null {
  // PlainDate.from also takes date-times and six-digit years; the product's dates are exactly YYYY-MM-DD.
  if (!ISO_DATE.test(value)) return null;
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    return null;
  }
}

function toPlainDate(value: string): Temporal.PlainDate {
  const date = toPlainDateOrNull(value);
  if (date === null) throw new RangeError(`Expected an ISO date (YYYY-MM-DD), got "${value}".`);
  return date;
}

/**
 * Day numbers of the dates met so far. The rules judge the same few dates (quarter ends, a measure's
 * start and end, the date asked about) thousands of times in one request, and parsing them through
 * Temporal again each time was most of what a progress series cost. Only real dates are kept, and the
 * cache starts afresh past a bound, so no stream of distinct dates makes it grow without end.
 */
const dayNumbers = new Map<string, number>();
const DAY_NUMBER_CACHE_LIMIT = 50_000;

function dayNumberOrNull(value: string): number | null {
  const cached = dayNumbers.get(value);
  if (cached !== undefined) return cached;
  const date = toPlainDateOrNull(value);
  if (date === null) return null;
  if (dayNumbers.size >= DAY_NUMBER_CACHE_LIMIT) dayNumbers.clear();
  const days = EPOCH.until(date).days;
  dayNumbers.set(value, days);
  return days;
}

/** True for a real calendar date written as `YYYY-MM-DD` (so `2023-02-29` is false), in any year. */
export function isIsoDate(value: string): boolean {
  return dayNumberOrNull(value) !== null;
}

/** True for a real calendar date within {@link DATE_RANGE}: what the API accepts as a date. */
export function isDateInRange(value: string): boolean {
  return isIsoDate(value) && value >= DATE_RANGE.min && value <= DATE_RANGE.max;
}

/**
 * Days since 1970-01-01 for an ISO date. Throws on anything else: a malformed date reaching a rule is a
 * programming error, and a silent `NaN` would turn every comparison false and quietly yield a wrong status.
 */
export function toDayNumber(value: string): number {
  const days = dayNumberOrNull(value);
  if (days === null) throw new RangeError(`Expected an ISO date (YYYY-MM-DD), got "${value}".`);
  return days;
}

/** Throws unless every given date (nulls skipped) is an ISO date; rules call it first so they fail the same way on every path. */
export function assertIsoDates(...values: readonly (string | null | undefined)[]): void {
  for (const value of values) {
    if (value !== null && value !== undefined) toDayNumber(value);
  }
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** -1, 0 or 1 like a comparator; validates both dates. */
export function compareIsoDates(a: string, b: string): number {
  return Math.sign(toDayNumber(a) - toDayNumber(b));
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: string, days: number): string {
  return toPlainDate(date).add({ days }).toString();
}

export function dayBefore(date: string): string {
  return addDays(date, -1);
}

export function dayAfter(date: string): string {
  return addDays(date, 1);
}

/** The same day `years` years later; 29 February becomes 1 March in a year without it, as a term of whole years would end. */
export function addYears(date: string, years: number): string {
  const start = toPlainDate(date);
  const moved = start.add({ years });
  return moved.day === start.day ? moved.toString() : moved.add({ days: 1 }).toString();
}

/** The year of an ISO date. */
export function yearOf(date: string): number {
  return toPlainDate(date).year;
}

/** 1 January of a year, as an ISO date. */
export function firstDayOfYear(year: number): string {
  return Temporal.PlainDate.from({ year, month: 1, day: 1 }).toString();
}

/** 31 December of a year, as an ISO date. */
export function lastDayOfYear(year: number): string {
  return Temporal.PlainDate.from({ year, month: 12, day: 31 }).toString();
}

/** The last day of every quarter from `from` to `until`, both included when they are quarter ends. */
export function quarterEndsBetween(from: string, until: string): string[] {
  const dates: string[] = [];
  for (let year = yearOf(from); year <= yearOf(until); year += 1) {
    for (const month of [3, 6, 9, 12]) {
      const end = Temporal.PlainDate.from({ year, month, day: 1 }).with({ day: 31 }, { overflow: 'constrain' }).toString();
      if (end >= from && end <= until) dates.push(end);
    }
  }
  return dates;
}

/** The later of two ISO dates. */
export function laterOf(a: string, b: string): string {
  return compareIsoDates(a, b) >= 0 ? a : b;
}

/** The earlier of two ISO dates. */
export function earlierOf(a: string, b: string): string {
  return compareIsoDates(a, b) <= 0 ? a : b;
}

/** The date moved into [from, to]: from when it is earlier, to when it is later. */
export function clampDate(date: string, from: string, to: string): string {
  return laterOf(from, earlierOf(to, date));
}

/**
 * Calendar-date arithmetic on ISO `YYYY-MM-DD` strings. Everything is done in UTC day numbers so a rule
 * gives the same answer on a server in UTC and in a browser in Europe/Oslo.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MILLISECONDS_PER_DAY = 86_400_000;

/** True for a real calendar date written as `YYYY-MM-DD` (so `2023-02-29` is false). */
export function isIsoDate(value: string): boolean {
  return toDayNumberOrNull(value) !== null;
}

/**
 * Days since 1970-01-01 for an ISO date. Throws on anything else: a malformed date reaching a rule is a
 * programming error, and a silent `NaN` would turn every comparison false and quietly yield a wrong status.
 */
export function toDayNumber(value: string): number {
  const day = toDayNumberOrNull(value);
  if (day === null) {
    throw new RangeError(`Expected an ISO date (YYYY-MM-DD), got "${value}".`);
  }
  return day;
}

/** Throws unless every given date (nulls skipped) is an ISO date; rules call it first so they fail the same way on every path. */
export function assertIsoDates(...values: readonly (string | null | undefined)[]): void {
  for (const value of values) {
    if (value !== null && value !== undefined) {
      toDayNumber(value);
    }
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

function toDayNumberOrNull(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) {
    return null;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // Date.UTC rolls 2023-02-29 over to 1 March; a round trip catches dates that do not exist.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return time / MILLISECONDS_PER_DAY;
}

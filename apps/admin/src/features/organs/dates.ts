/**
 * Calendar dates as the API has them: ISO strings (YYYY-MM-DD) that compare as text. Arithmetic is
 * done in UTC, so the user's time zone can never move a date.
 */
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = isoDatePattern.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function dayBefore(isoDate: string): string {
  return addDays(isoDate, -1);
}

/** Today in Norway, as the API counts it ("as of" questions default to it). */
export function todayInNorway(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now);
}

/** The date asked about in the URL when it is a real date, otherwise today. */
export function dateFromParam(param: string | null, today: string): string {
  return param !== null && isIsoDate(param) ? param : today;
}

/** A term: from the first day to the last (null while open-ended), both included. */
export interface Period {
  startsOn: string;
  endsOn?: string | null;
}

export function isActiveOn(period: Period, date: string): boolean {
  return period.startsOn <= date && (period.endsOn == null || period.endsOn >= date);
}

export function overlaps(a: Period, b: Period): boolean {
  return (a.endsOn == null || a.endsOn >= b.startsOn) && (b.endsOn == null || b.endsOn >= a.startsOn);
}

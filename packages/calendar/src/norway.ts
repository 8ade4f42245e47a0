import { Temporal } from 'temporal-polyfill';

/** The product's time zone: "today" and "not in the future" are judged by the date in Norway, on any server or browser. */
export const TIME_ZONE = 'Europe/Oslo';

/** The calendar date in Norway of a moment. */
export function osloDate(moment: Date): string {
  return Temporal.Instant.fromEpochMilliseconds(moment.getTime()).toZonedDateTimeISO(TIME_ZONE).toPlainDate().toString();
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether a text is a time of day as the product writes it: HH:MM, 00:00 to 23:59. */
export function isClockTime(value: string): boolean {
  return CLOCK_TIME.test(value);
}

/**
 * The moment a date and a time of day in Norway stand for (a meeting at 10:00 on 2025-03-12 in Oslo). In the
 * hour summer time skips, the time is read as after the change (02:30 becomes 03:30); in the hour that
 * repeats, as the earlier one.
 */
export function osloMoment(date: string, time: string): Date {
  if (!isClockTime(time)) throw new RangeError(`Expected a time HH:MM, got "${time}".`);
  const zoned = Temporal.PlainDate.from(date).toPlainDateTime(Temporal.PlainTime.from(time)).toZonedDateTime(TIME_ZONE, {
    disambiguation: 'compatible',
  });
  return new Date(zoned.epochMilliseconds);
}

/** The time of day in Norway of a moment, HH:MM. */
export function osloTime(moment: Date): string {
  return Temporal.Instant.fromEpochMilliseconds(moment.getTime()).toZonedDateTimeISO(TIME_ZONE).toPlainTime().toString().slice(0, 5);
}

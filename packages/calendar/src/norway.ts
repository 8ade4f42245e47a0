import { Temporal } from 'temporal-polyfill';

/** The product's time zone: "today" and "not in the future" are judged by the date in Norway, on any server or browser. */
export const TIME_ZONE = 'Europe/Oslo';

/** The calendar date in Norway of a moment. */
export function osloDate(moment: Date): string {
  return Temporal.Instant.fromEpochMilliseconds(moment.getTime()).toZonedDateTimeISO(TIME_ZONE).toPlainDate().toString();
}

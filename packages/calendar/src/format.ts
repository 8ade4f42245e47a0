import { Temporal } from 'temporal-polyfill';

import { isIsoDate } from './dates.js';

/** Locale used for dates (and numbers) per UI language: Norwegian dates follow nb-NO. */
export function localeFor(language: string): string {
  return language === 'en' ? 'en-GB' : 'nb-NO';
}

/**
 * An ISO date as text for people, e.g. "1. januar 2025" (nb-NO, long). A calendar date has no time
 * zone, so the reader's own can never move it to the day before. Anything that is not a date is shown as it is.
 */
export function formatIsoDate(isoDate: string, locale: string, dateStyle: 'long' | 'medium' | 'short' = 'long'): string {
  if (!isIsoDate(isoDate)) return isoDate;
  return Temporal.PlainDate.from(isoDate).toLocaleString(locale, { dateStyle });
}

/** A moment (ISO date-time) with date and time to the second, in the given time zone (default the reader's). */
export function formatDateTime(isoDateTime: string, locale: string, timeZone?: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium', timeZone }).format(date);
}

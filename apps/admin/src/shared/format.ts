/** Locale used for numbers and dates per UI language; Norwegian figures follow nb-NO. */
export function localeFor(language: string): string {
  return language === 'en' ? 'en-GB' : 'nb-NO';
}

export function formatInteger(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

export function formatKroner(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'NOK',
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  }).format(value);
}

/** A ratio between 0 and 1 as a percentage, e.g. 0.2 → "20 %". */
export function formatPercent(ratio: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 2,
  }).format(ratio);
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats an ISO date (YYYY-MM-DD) as a long date. The date is read in UTC so that the
 * user's time zone can never move it to the day before.
 */
export function formatIsoDate(isoDate: string, locale: string): string {
  const match = isoDatePattern.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A moment (ISO date-time) in the user's time zone, with date and time to the second. */
export function formatDateTime(isoDateTime: string, locale: string, timeZone?: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium', timeZone }).format(date);
}

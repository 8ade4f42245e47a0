/** A meeting's time in Norway, whatever the browser's time zone: "tirsdag 3. mars 2026 kl. 10:00–15:00". */
export function formatMeetingTime(startsAt: string, endsAt: string | null | undefined, locale: string): string {
  const start = new Date(startsAt);
  const dateTime = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Oslo', dateStyle: 'full', timeStyle: 'short' });
  if (!endsAt) return dateTime.format(start);
  const time = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Oslo', timeStyle: 'short' });
  return `${dateTime.format(start)}–${time.format(new Date(endsAt))}`;
}

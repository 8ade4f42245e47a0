import { TIME_ZONE } from '@helsefellesskap/calendar';

const dateTime = new Intl.DateTimeFormat('nb-NO', { timeZone: TIME_ZONE, dateStyle: 'full', timeStyle: 'short' });
const time = new Intl.DateTimeFormat('nb-NO', { timeZone: TIME_ZONE, timeStyle: 'short' });

/** When a meeting is, as the notice, the minutes and their e-mails say it: "tirsdag 3. mars 2026 kl. 10:00–15:00". */
export function meetingWhen(startsAt: Date, endsAt: Date | null): string {
  return `${dateTime.format(startsAt)}${endsAt ? `–${time.format(endsAt)}` : ''}`;
}

import { isIsoDate } from '@helsefellesskap/calendar';

/** The date asked about in the URL when it is a real date, otherwise today (undefined while today is not known yet). */
export function dateFromParam(param: string | null, today: string | undefined): string | undefined {
  return param !== null && isIsoDate(param) ? param : today;
}

import { addDays, daysBetween, osloDate } from '@helsefellesskap/calendar';

const MILLISECONDS_PER_DAY = 86_400_000;

/**
 * Where the product takes "today" and "now" from for its business rules: the date an "as of" question
 * defaults to, "not in the future", the running year of a report, when a report was frozen. Built once in
 * the composition root and handed to the services; tests and demos can set it to another date.
 * (Sessions and sign-in throttling keep to the real time: they guard against people, not dates.)
 */
export interface Clock {
  /** Today's date in Norway (YYYY-MM-DD). */
  today(): string;
  /** The current moment, on the same day as `today()`. */
  now(): Date;
}

/** The machine's clock. */
export const systemClock: Clock = {
  today: () => osloDate(new Date()),
  now: () => new Date(),
};

/**
 * A clock on which today is `date` when it is made and then moves on with the real days, so a whole run
 * (the test suite, a demo) happens on another date while time still passes within it.
 */
export function clockFrom(date: string, real: Clock = systemClock): Clock {
  const offsetDays = daysBetween(real.today(), date);
  return {
    today: () => addDays(real.today(), offsetDays),
    now: () => new Date(real.now().getTime() + offsetDays * MILLISECONDS_PER_DAY),
  };
}

/** A clock that stands still at noon (Oslo winter time) on a date: for unit tests. */
export function fixedClock(date: string): Clock {
  const moment = new Date(`${date}T11:00:00Z`);
  return { today: () => date, now: () => new Date(moment) };
}

/** The clock of a run: the machine's, or one set to another date by configuration (CLOCK_DATE). */
export function createClock(date: string | null): Clock {
  return date === null ? systemClock : clockFrom(date);
}

import { compareIsoDates, DATE_RANGE, firstDayOfYear, isIsoDate, isDateInRange, yearOf } from '@helsefellesskap/calendar';

/** Norway has 19 health communities: a report compares at most all of them. */
export const MAX_REPORT_COMMUNITIES = 19;
/** A report looks at most this many calendar years back (as far as the national data set keeps populations). */
export const MAX_REPORT_YEARS = 10;
/** Without `from`, a report starts this many years before the year of `to` (three calendar years in all). */
const DEFAULT_YEARS_BACK = 2;

/** A report's period: both days included. */
export interface ReportPeriod {
  from: string;
  to: string;
}

export type PeriodProblem = 'REVERSED' | 'TOO_LONG';

/** The period a filter asks about: `to` defaults to today, `from` to the first day of the year two years before `to`'s. */
export function reportPeriod(filter: { from?: string | null; to?: string | null }, today: string): ReportPeriod | PeriodProblem {
  const to = filter.to ?? today;
  const from = filter.from ?? firstDayOfYear(Math.max(yearOf(to) - DEFAULT_YEARS_BACK, yearOf(DATE_RANGE.min)));
  if (compareIsoDates(from, to) > 0) return 'REVERSED';
  if (yearOf(to) - yearOf(from) + 1 > MAX_REPORT_YEARS) return 'TOO_LONG';
  return { from, to };
}

/** A date from a URL's query string, or undefined when it is not one (the caller refuses it). */
export function isReportDate(value: string): boolean {
  return isIsoDate(value) && isDateInRange(value);
}

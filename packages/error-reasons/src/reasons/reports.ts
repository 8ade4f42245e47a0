import { reason } from '../reason.js';

/** Refusals of the analysts' reports and their exports. */
export const reportReasons = {
  /** A report compares at most this many communities at once (Norway has 19). */
  REPORT_TOO_MANY_COMMUNITIES: reason<{ max: number }>(),
  /** A report's period spans at most this many years. */
  REPORT_RANGE_TOO_LONG: reason<{ maxYears: number }>(),
  /** A report's period ends before it starts. */
  REPORT_RANGE_REVERSED: reason(),
  /** No export of that name: the known reports are listed. */
  REPORT_UNKNOWN: reason<{ report: string }>(),
} as const;

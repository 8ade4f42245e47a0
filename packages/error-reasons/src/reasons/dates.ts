import { reason } from '../reason.js';

/** Dates and numbers outside what the domain allows (dates are ISO strings). */
export const dateReasons = {
  /** A date after today, where only what has happened can be reported. */
  DATE_IN_FUTURE: reason<{ today: string }>(),
  /** A status update dated outside the years its plan reports on. */
  DATE_OUTSIDE_PLAN_PERIOD: reason<{ from: string; to: string }>(),
  /** A status update of a measure dated before the measure starts. */
  DATE_BEFORE_MEASURE_START: reason<{ startsOn: string }>(),
  /** An indicator value of a share (unit %) below 0 or above 100. */
  SHARE_OUT_OF_RANGE: reason<{ min: number; max: number }>(),
  /** A status update dated on or after the day its measure or target was retired. */
  DATE_AFTER_RETIREMENT: reason<{ retiredOn: string }>(),
} as const;

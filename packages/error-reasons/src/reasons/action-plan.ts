import { reason } from '../reason.js';

/** Refusals of the action plan: who reads and writes what, status updates, status reports. */
export const actionPlanReasons = {
  /** A draft plan is internal to its community until it is adopted. */
  DRAFT_PLAN_INTERNAL: reason(),
  /** A draft status report (and that one exists) is internal to the community. */
  DRAFT_REPORT_INTERNAL: reason(),
  /** Only the member who reports on the measure, or the secretariat, posts its status. */
  NOT_MEASURE_REPORTER: reason(),
  /** Only a member who reports on a measure in the focus area, or the secretariat, writes there (indicator values, commentary). */
  NOT_FOCUS_AREA_REPORTER: reason(),
  /** A status update is about a measure or a target: exactly one of them. */
  MEASURE_OR_TARGET_REQUIRED: reason(),
  /** An indicator value belongs to a target; a measure has status and progress. */
  INDICATOR_VALUE_ON_MEASURE: reason(),
  /** A measure's update gives a status or a progress. */
  STATUS_OR_PROGRESS_REQUIRED: reason(),
  /** A target's update gives its indicator value. */
  INDICATOR_VALUE_REQUIRED: reason(),
  /** A target is judged from its indicator value; its status is not reported. */
  STATUS_ON_TARGET: reason(),
  /** A status report is of a year the plan reports on. */
  YEAR_OUTSIDE_PLAN: reason<{ firstYear: number; lastYear: number }>(),
  /** The year's report was frozen already, attached to a case. */
  REPORT_ALREADY_FROZEN: reason<{ year: number; caseReference: string | null }>(),
} as const;

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
  /** The community already has a plan with this title. */
  PLAN_TITLE_TAKEN: reason<{ title: string | null }>(),
  /** A plan's last year is not before its first, and it runs at most `maxYears` years. */
  PLAN_PERIOD_INVALID: reason<{ maxYears: number }>(),
  /** A plan's years are fixed once it is adopted: the partnership meeting adopted it for them. */
  PLAN_PERIOD_FIXED: reason(),
  /** The plan cannot go from where it stands to the step asked for (draft → adopted → prolonged → closed). */
  PLAN_TRANSITION_NOT_ALLOWED: reason<{ from: string; to: string }>(),
  /** A closed plan is kept for history and no longer changes. */
  PLAN_CLOSED: reason(),
  /** The focus area, target or measure was retired: it is kept for history and no longer changes. */
  ELEMENT_RETIRED: reason<{ retiredOn: string }>(),
  /** The organ named is not one of the plan's community. */
  ORGAN_NOT_IN_COMMUNITY: reason(),
  /** A measure is owned by a partner or by an organ, not both. */
  MEASURE_OWNER_EITHER: reason(),
  /** Each reporter of a measure is a user who may post status in the plan's community (an SSU member or the secretariat). */
  REPORTER_NOT_STATUS_WRITER: reason(),
  /** An end or due date is not before the start. */
  ENDS_BEFORE_START: reason<{ startsOn: string }>(),
  /** Only the secretariat or the author of a status update corrects it. */
  NOT_UPDATE_CORRECTOR: reason(),
  /** The status update was corrected already: correct the correction instead. */
  UPDATE_ALREADY_CORRECTED: reason(),
} as const;

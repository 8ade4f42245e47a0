import { reason } from '../reason.js';

/** Meetings of an organ, its yearly meeting plan and the agenda. */
export const meetingReasons = {
  /** The time of day is not HH:MM (00:00 to 23:59). */
  NOT_A_TIME: reason(),
  /** A meeting ends at or before it starts. */
  MEETING_ENDS_BEFORE_START: reason<{ startTime: string }>(),
  /** A meeting needs a place or a video link. */
  MEETING_PLACE_REQUIRED: reason(),
  /** The organ was not in existence on the meeting's date (established later or dissolved before). */
  MEETING_OUTSIDE_ORGAN_LIFETIME: reason<{ establishedOn: string | null; dissolvedOn: string | null }>(),
  /** The meeting cannot be changed in its state (held or cancelled). */
  MEETING_NOT_CHANGEABLE: reason<{ state: string }>(),
  /** A meeting is held only after its notice was sent. */
  MEETING_NOTICE_NOT_SENT: reason(),
  /** A meeting cannot be recorded as held before it starts. */
  MEETING_NOT_STARTED: reason<{ startsAt: string }>(),
  /** A meeting plan cannot be recorded as adopted on a day still to come. */
  MEETING_PLAN_ADOPTED_IN_FUTURE: reason<{ today: string }>(),
  /** Only a submitted case can be put on an agenda (a draft, a withdrawn or a decided one cannot). */
  CASE_NOT_SUBMITTED: reason<{ status: string }>(),
  /** The case is on another meeting's agenda already. */
  CASE_ON_ANOTHER_AGENDA: reason<{ reference: string | null }>(),
  /** The case belongs to another organ than the meeting. */
  CASE_OF_ANOTHER_ORGAN: reason(),
  /** The case was submitted after the organ's deadline for the meeting: it needs the chair's recorded exception. */
  CASE_SUBMITTED_LATE: reason<{ deadline: string; submittedOn: string }>(),
  /** The case is not on the meeting's agenda. */
  CASE_NOT_ON_AGENDA: reason(),
  /** A reorder must name every case of the agenda exactly once. */
  AGENDA_ORDER_INCOMPLETE: reason(),
} as const;

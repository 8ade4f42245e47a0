import { reason } from '../reason.js';

/** Refusals of a meeting's minutes: drafting, editing, sending, objections, publication and corrections. */
export const minutesReasons = {
  /** Minutes are drafted once the meeting is held; this one is `state`. */
  MEETING_NOT_HELD: reason<{ state: string }>(),
  /** The meeting has minutes already: edit them instead. */
  MINUTES_ALREADY_DRAFTED: reason(),
  /** The meeting has no minutes yet: draft them first. */
  MINUTES_NOT_DRAFTED: reason(),
  /** The minutes are `state`: sent minutes change only after an objection, approved ones only by a correction. */
  MINUTES_NOT_EDITABLE: reason<{ state: string }>(),
  /** The minutes cannot be sent now: they are `state`, or an objection is unresolved (`unresolved`). */
  MINUTES_NOT_SENDABLE: reason<{ state: string; unresolved: number }>(),
  /** Nobody who took part in (or was called to) the meeting has an e-mail address. */
  NO_MINUTES_RECIPIENTS: reason(),
  /** Objections are raised while the minutes await them: before `deadline` (they are `state`). */
  OBJECTION_PERIOD_OVER: reason<{ state: string; deadline: string | null }>(),
  /** Only a participant of the meeting (or the secretariat, recording one received by e-mail) raises an objection. */
  NOT_A_PARTICIPANT: reason(),
  /** The objection is resolved already. */
  OBJECTION_ALREADY_RESOLVED: reason(),
  /** Only approved minutes are published; these are `state`. */
  MINUTES_NOT_APPROVED: reason<{ state: string }>(),
  /** The minutes are published already. */
  MINUTES_ALREADY_PUBLISHED: reason(),
} as const;

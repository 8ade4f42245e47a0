import { reason } from '../reason.js';

/** Refusals of a meeting's attendance and decisions (ADR 0027). */
export const decisionReasons = {
  /** The meeting is cancelled: nothing was attended or decided (before it starts: MEETING_NOT_STARTED). */
  MEETING_CANCELLED: reason(),
  /** The appointment is not one of the organ's members, deputies or observers on the meeting date. */
  ATTENDEE_NOT_IN_COMPOSITION: reason(),
  /** The same appointment is listed twice. */
  ATTENDEE_LISTED_TWICE: reason<{ name: string }>(),
  /** Only a deputy stands in for a member; `name` is a member or observer given someone to stand in for. */
  STAND_IN_NOT_DEPUTY: reason<{ name: string }>(),
  /** A deputy stands in for an absent member: `memberName` is present, or not a member on the meeting date. */
  STAND_IN_FOR_PRESENT_MEMBER: reason<{ memberName: string }>(),
  /** The deputy may not stand in for this member: a personal deputy only for their own member, the hospital's list only for hospital members. */
  STAND_IN_NOT_ELIGIBLE: reason<{ deputyName: string; memberName: string }>(),
  /** Two deputies stand in for one member. */
  STAND_IN_TWICE: reason<{ memberName: string | null }>(),
  /** The hospital's list is called in its order: `skippedName` (place `rank`) is present and stands in for nobody, `deputyName` ranks lower. */
  DEPUTY_ORDER_SKIPPED: reason<{ deputyName: string; skippedName: string; rank: number }>(),
  /** The organ cannot decide a case that was not submitted and sent out with the notice (seed 002 § 4-3 pt 7). */
  CASE_NOT_SENT_OUT: reason<{ reference: string }>(),
  /** The case has a decision at this meeting already; a change is a correction of it. */
  DECISION_ALREADY_RECORDED: reason(),
  /** A later meeting is named only when the case is postponed. */
  POSTPONED_TO_ONLY_WHEN_POSTPONED: reason(),
  /** The meeting a case is postponed to is not a later meeting of the same organ. */
  POSTPONED_TO_NOT_A_LATER_MEETING: reason(),
  /** The meeting a case is postponed to has had its notice sent (or is held or cancelled): the case would not go out with it. */
  POSTPONED_TO_MEETING_NOT_PLANNED: reason<{ state: string }>(),
  /** The decision has been corrected already: correct the current one. */
  DECISION_ALREADY_CORRECTED: reason(),
  /** The organ decides by consensus (the partnership meeting): no vote. */
  VOTE_NOT_ALLOWED: reason(),
  /** Votes belong to a decision by vote only. */
  VOTES_ONLY_FOR_VOTE: reason(),
  /** A vote needs the attendance: record who attended first. */
  ATTENDANCE_REQUIRED: reason(),
  /** `name` does not vote: only permanent voting members present, or a deputy standing in for one; never observers. */
  VOTER_NOT_ENTITLED: reason<{ name: string }>(),
  /** One vote per person. */
  VOTE_GIVEN_TWICE: reason<{ name: string }>(),
  /** The vote is not unanimous: each voting member's vote is recorded (seed 002 § 4-3 pt 10); `missing` names those without one. */
  INDIVIDUAL_VOTES_REQUIRED: reason<{ missing: string; count: number }>(),
} as const;

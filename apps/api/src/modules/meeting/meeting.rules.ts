import { addDays, firstDayOfYear, isClockTime, osloMoment } from '@helsefellesskap/calendar';
import { badUserInput, conflict } from '../../common/errors.js';
import type { MeetingKind, MeetingState } from './meeting.entity.js';

/** What can be amiss with a yearly meeting plan (seed 002 § 4-2: adopted before the year starts). */
export type MeetingPlanWarning = 'NOT_YET_ADOPTED' | 'NOT_ADOPTED_BEFORE_YEAR' | 'ADOPTED_LATE' | 'FEWER_MEETINGS_THAN_RULES';

/**
 * The warnings of an organ's meeting plan for a year: not adopted (a reminder before the year, a breach once
 * it has started), adopted on or after 1 January, and fewer ordinary meetings than the rules ask for.
 */
export function meetingPlanWarnings(plan: {
  year: number;
  adoptedOn: string | null;
  today: string;
  ordinaryMeetings: number;
  meetingsPerYear: number | null;
}): MeetingPlanWarning[] {
  const yearStarts = firstDayOfYear(plan.year);
  const warnings: MeetingPlanWarning[] = [];
  if (plan.adoptedOn === null) warnings.push(plan.today < yearStarts ? 'NOT_YET_ADOPTED' : 'NOT_ADOPTED_BEFORE_YEAR');
  else if (plan.adoptedOn >= yearStarts) warnings.push('ADOPTED_LATE');
  if (plan.meetingsPerYear !== null && plan.ordinaryMeetings < plan.meetingsPerYear) warnings.push('FEWER_MEETINGS_THAN_RULES');
  return warnings;
}

/** The deadlines of the organ's rules (in days) that bind a meeting. */
export interface DeadlineRules {
  caseSubmissionDeadlineDays: number | null;
  extraordinaryNoticeDays: number | null;
}

/**
 * The last day a case may be submitted for a meeting on `meetingDate` without the chair's exception, or null
 * when the rules set no deadline. An ordinary meeting: the organ's submission deadline (SSU: 28 days before).
 * An extraordinary one is called at shorter notice (SSU: a week), so its cases must be in by the day its
 * notice must go out; the ordinary deadline when the rules name no extraordinary notice (ADR 0024).
 */
export function submissionDeadline(meetingDate: string, kind: MeetingKind, rules: DeadlineRules): string | null {
  const days =
    kind === 'EXTRAORDINARY' ? (rules.extraordinaryNoticeDays ?? rules.caseSubmissionDeadlineDays) : rules.caseSubmissionDeadlineDays;
  return days === null ? null : addDays(meetingDate, -days);
}

/** Whether a case submitted on `submittedOn` is late for a meeting whose deadline is `deadline`. */
export function isSubmittedLate(submittedOn: string | null, deadline: string | null): boolean {
  return deadline !== null && submittedOn !== null && submittedOn > deadline;
}

/** The start and end of a meeting as moments, from its date and times in Norway; refuses an end before the start. */
export function meetingTimes(date: string, startTime: string, endTime: string | null | undefined): { startsAt: Date; endsAt: Date | null } {
  if (!isClockTime(startTime)) throw badUserInput('startTime', 'NOT_A_TIME', {}, 'must be a time HH:MM');
  if (endTime !== null && endTime !== undefined && !isClockTime(endTime))
    throw badUserInput('endTime', 'NOT_A_TIME', {}, 'must be a time HH:MM');
  const startsAt = osloMoment(date, startTime);
  const endsAt = endTime ? osloMoment(date, endTime) : null;
  if (endsAt && endsAt <= startsAt) {
    throw badUserInput('endTime', 'MEETING_ENDS_BEFORE_START', { startTime }, `must be after the start (${startTime})`);
  }
  return { startsAt, endsAt };
}

/** A meeting is held somewhere: a place, a video link, or both. */
export function assertPlaceGiven(place: string | null, videoUrl: string | null): void {
  if (place === null && videoUrl === null) throw badUserInput('place', 'MEETING_PLACE_REQUIRED', {}, 'give a place or a video link');
}

/** The organ existed on the meeting's date. */
export function assertOrganExistsOn(organ: { establishedOn: string | null; dissolvedOn: string | null }, date: string): void {
  if ((organ.establishedOn !== null && date < organ.establishedOn) || (organ.dissolvedOn !== null && date > organ.dissolvedOn)) {
    throw badUserInput(
      'date',
      'MEETING_OUTSIDE_ORGAN_LIFETIME',
      { establishedOn: organ.establishedOn, dissolvedOn: organ.dissolvedOn },
      'the organ did not exist on this date',
    );
  }
}

/** A meeting is changed (moved, cancelled, its agenda) only while planned or with its notice sent. */
export function assertMeetingChangeable(meeting: { state: MeetingState }): void {
  if (meeting.state === 'HELD' || meeting.state === 'CANCELLED') {
    throw conflict(
      'MEETING_NOT_CHANGEABLE',
      { state: meeting.state },
      `The meeting is ${meeting.state.toLowerCase()} and cannot be changed.`,
    );
  }
}

/** A meeting is recorded as held once its notice was sent and it has started. */
export function assertMayRecordHeld(meeting: { state: MeetingState; startsAt: Date }, now: Date): void {
  assertMeetingChangeable(meeting);
  if (meeting.state !== 'NOTICE_SENT') throw conflict('MEETING_NOTICE_NOT_SENT', {}, 'The notice of the meeting has not been sent.');
  if (meeting.startsAt > now) {
    const startsAt = meeting.startsAt.toISOString();
    throw conflict('MEETING_NOT_STARTED', { startsAt }, `The meeting starts at ${startsAt}: it cannot be held yet.`);
  }
}

/** A year the product keeps meetings for (the calendar's range), else the argument is refused. */
export function assertYear(year: number, field = 'year'): number {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) {
    throw badUserInput(field, 'OUT_OF_RANGE', { min: 1900, max: 2199 }, 'must be a year from 1900 to 2199');
  }
  return year;
}

import { addDays, osloDate } from '@helsefellesskap/calendar';
import { badUserInput, conflict } from '../../common/errors.js';
import type { CaseStatus } from '../case/case.entity.js';
import type { MeetingKind, MeetingState } from './meeting.entity.js';
import { isSubmittedLate } from './meeting.rules.js';

/** A rule of the organ a meeting did not keep (seed 002 § 4-2): shown on the meeting. */
export type MeetingBreachKind = 'LATE_CASE' | 'NOTICE_LATE' | 'NOTICE_OVERDUE' | 'MINUTES_PUBLISHED_LATE' | 'MINUTES_OVERDUE';

export interface MeetingBreach {
  kind: MeetingBreachKind;
  /** The late case, for LATE_CASE. */
  caseId: string | null;
  /** The deadline that was not kept. */
  deadline: string;
  /** When it happened instead (the case submitted, the notice sent); null while it has not. */
  actual: string | null;
  /** The chair's recorded exception for a late case; null when there is none. */
  exceptionReason: string | null;
}

/** Statuses a case can go onto an agenda from: submitted, or postponed from an earlier meeting. */
const READY_FOR_AGENDA: readonly CaseStatus[] = ['SUBMITTED', 'POSTPONED'];

/**
 * A case may go onto a meeting's agenda when it is a submitted case of the meeting's organ, on no other
 * agenda, and submitted by the deadline, or with the chair's recorded exception and reason.
 */
export function assertMayGoOnAgenda(
  meeting: { organId: string },
  record: { organId: string; status: CaseStatus; submittedOn: string | null; reference: string | null },
  deadline: string | null,
  exceptionReason: string | null,
): void {
  if (record.organId !== meeting.organId)
    throw badUserInput('caseId', 'CASE_OF_ANOTHER_ORGAN', {}, 'must be a case of the meeting’s organ');
  if (record.status === 'ON_AGENDA') {
    throw conflict('CASE_ON_ANOTHER_AGENDA', { reference: record.reference }, 'The case is on another agenda already.', 'caseId');
  }
  if (!READY_FOR_AGENDA.includes(record.status)) {
    throw badUserInput('caseId', 'CASE_NOT_SUBMITTED', { status: record.status }, `must be a submitted case (it is ${record.status})`);
  }
  if (isSubmittedLate(record.submittedOn, deadline) && exceptionReason === null) {
    throw badUserInput(
      'lateExceptionReason',
      'CASE_SUBMITTED_LATE',
      { deadline: deadline ?? '', submittedOn: record.submittedOn ?? '' },
      `the case was submitted after the deadline (${deadline ?? ''}): record the chair's exception and reason`,
    );
  }
}

/** A new order must name every case of the agenda once. */
export function assertCompleteOrder(current: readonly string[], wanted: readonly string[]): void {
  const complete = wanted.length === current.length && new Set(wanted).size === wanted.length && wanted.every((id) => current.includes(id));
  if (!complete) throw badUserInput('caseIds', 'AGENDA_ORDER_INCOMPLETE', {}, 'must name every case of the agenda exactly once');
}

/** The notice period that binds a meeting: an extraordinary meeting's own, else the ordinary one. */
export function noticeDays(
  kind: MeetingKind,
  rules: { noticePeriodDays: number | null; extraordinaryNoticeDays: number | null },
): number | null {
  return kind === 'EXTRAORDINARY' ? (rules.extraordinaryNoticeDays ?? rules.noticePeriodDays) : rules.noticePeriodDays;
}

/**
 * Every breach of a meeting: each case submitted after the deadline (with or without the chair's exception),
 * a notice sent later than the notice period allows, and a notice still not sent when it should have been.
 */
export function meetingBreaches(input: {
  meeting: { date: string; kind: MeetingKind; state: MeetingState; noticeSentAt: Date | null };
  submissionDeadline: string | null;
  noticeDays: number | null;
  items: readonly { caseId: string; submittedOn: string | null; exceptionReason: string | null }[];
  today: string;
}): MeetingBreach[] {
  const { meeting, submissionDeadline, items, today } = input;
  const breaches: MeetingBreach[] = [];
  if (submissionDeadline !== null) {
    for (const item of items) {
      if (isSubmittedLate(item.submittedOn, submissionDeadline)) {
        breaches.push({
          kind: 'LATE_CASE',
          caseId: item.caseId,
          deadline: submissionDeadline,
          actual: item.submittedOn,
          exceptionReason: item.exceptionReason,
        });
      }
    }
  }
  if (input.noticeDays !== null && meeting.state !== 'CANCELLED') {
    const deadline = addDays(meeting.date, -input.noticeDays);
    const sentOn = meeting.noticeSentAt ? osloDate(meeting.noticeSentAt) : null;
    if (sentOn !== null && sentOn > deadline) {
      breaches.push({ kind: 'NOTICE_LATE', caseId: null, deadline, actual: sentOn, exceptionReason: null });
    } else if (sentOn === null && meeting.state === 'PLANNED' && today > deadline) {
      breaches.push({ kind: 'NOTICE_OVERDUE', caseId: null, deadline, actual: null, exceptionReason: null });
    }
  }
  return breaches;
}

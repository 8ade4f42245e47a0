import { daysBetween } from '@helsefellesskap/calendar';
import { badUserInput } from '../../common/errors.js';
import type { FollowUpStatusValue } from '../decision/decision.entity.js';

/** The default of "not followed up after N days": about a quarter, long enough for a kommunestyre to meet. */
export const DEFAULT_OVERDUE_DAYS = 90;
/** The longest "after N days" asked: ten years. */
export const MAX_OVERDUE_DAYS = 3650;
/** The most decisions one matrix shows; `hasMore` says when the period holds more. */
export const MATRIX_DECISIONS_MAX = 100;
/** The most partners a community has (LIST_BOUNDS' Community.partners). */
export const PARTNERS_MAX = 60;
/** The most (decision, partner) pairs the overdue list answers. */
export const OVERDUE_MAX = 500;

/** What a record of a partner's follow-up says. */
export interface FollowUpValues {
  status: FollowUpStatusValue;
  localReference: string | null;
  localDate: string | null;
  note: string | null;
}

/** A municipality's handling is over once it has adopted or declined the decision locally. */
export function isSettled(status: FollowUpStatusValue): boolean {
  return status === 'ADOPTED' || status === 'DECLINED';
}

/** The values as stored: blank text is no text. */
export function normaliseFollowUp(values: FollowUpValues): FollowUpValues {
  const text = (value: string | null) => (value === null || value.trim() === '' ? null : value.trim());
  return { ...values, localReference: text(values.localReference), localDate: values.localDate, note: text(values.note) };
}

/**
 * The rules of a record (ADR 0029): the local date falls between the decision and today; an adopted or
 * declined follow-up names the local decision by its reference and its date, so each partner can find it
 * and the matrix can tell when each municipality settled it.
 */
export function checkFollowUp(values: FollowUpValues, decision: { decidedOn: string }, today: string): void {
  if (values.localDate !== null && values.localDate < decision.decidedOn)
    throw badUserInput(
      'localDate',
      'LOCAL_DATE_BEFORE_DECISION',
      { decidedOn: decision.decidedOn },
      `must not be before ${decision.decidedOn}`,
    );
  if (values.localDate !== null && values.localDate > today)
    throw badUserInput('localDate', 'LOCAL_DATE_IN_FUTURE', { today }, `must not be after today (${today})`);
  if (isSettled(values.status)) {
    if (values.localReference === null)
      throw badUserInput(
        'localReference',
        'FOLLOW_UP_NEEDS_LOCAL_REFERENCE',
        { status: values.status },
        `is required when ${values.status}`,
      );
    if (values.localDate === null)
      throw badUserInput('localDate', 'FOLLOW_UP_NEEDS_LOCAL_DATE', { status: values.status }, `is required when ${values.status}`);
  }
}

/** Whether a partner was one on the date: its last day is `leftOn`. */
export function isPartnerOn(partner: { joinedOn: string | null; leftOn: string | null }, date: string): boolean {
  return (partner.joinedOn === null || partner.joinedOn <= date) && (partner.leftOn === null || partner.leftOn >= date);
}

/** Days from the decision to today. */
export function daysSinceDecision(decidedOn: string, today: string): number {
  return daysBetween(decidedOn, today);
}

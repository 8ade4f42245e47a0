import type { Reason, ReasonParams, ReasonParamsShape } from '@helsefellesskap/error-reasons';

/** The refusal a violated constraint stands for: what the service would have said, had it seen the other write. */
export interface ConstraintRefusal {
  reason: Reason;
  params: ReasonParamsShape;
  field?: string;
  /** English, for API clients and logs. */
  message: string;
}

function refusal<R extends Reason>(reason: R, params: ReasonParams<R>, message: string, field?: string): ConstraintRefusal {
  return { reason, params, message, field };
}

/**
 * Every named unique or exclusion constraint that a race can hit, with its reason: the one place
 * where a constraint name becomes a refusal. The winner of the race is not known here, so
 * params that would name it are null.
 */
const CONSTRAINT_REFUSALS: Readonly<Record<string, ConstraintRefusal>> = {
  uq_action_plan_title: refusal('PLAN_TITLE_TAKEN', { title: null }, 'The community already has a plan with this title.', 'title'),
  uq_status_update_supersedes: refusal('UPDATE_ALREADY_CORRECTED', {}, 'The status update was corrected already.', 'updateId'),
  uq_coordinator_budget_year: refusal(
    'BUDGET_EXISTS',
    { budgetYear: null },
    'The community already has a budget for this year.',
    'budgetYear',
  ),
  uq_case_file_number: refusal(
    'CASE_NUMBER_TAKEN',
    { number: null, year: null },
    'The organ already has a case with this number in the year.',
    'number',
  ),
  uq_seat_label: refusal('SEAT_LABEL_TAKEN', { label: null }, 'The organ already has a seat with this name.', 'label'),
  ex_appointment_one_member_per_seat: refusal(
    'SEAT_TAKEN',
    { holderName: null, startsOn: null, endsOn: null },
    'The seat is already held in this period.',
    'startsOn',
  ),
  ex_appointment_one_observer_per_seat: refusal(
    'SEAT_TAKEN',
    { holderName: null, startsOn: null, endsOn: null },
    'The seat is already held in this period.',
    'startsOn',
  ),
  ex_appointment_one_personal_deputy: refusal(
    'DEPUTY_ALREADY_APPOINTED',
    { holderName: null },
    'The member already has a personal deputy in this period.',
    'deputyForAppointmentId',
  ),
  ex_appointment_deputy_rank: refusal(
    'DEPUTY_RANK_TAKEN',
    { rank: null, holderName: null },
    'This place on the deputy list is taken in this period.',
    'deputyRank',
  ),
  ex_appointment_one_member_seat_per_person: refusal(
    'PERSON_ALREADY_MEMBER',
    { seatLabel: null },
    'The person is already a member of this organ in this period.',
    'personId',
  ),
  uq_decision_original: refusal(
    'DECISION_ALREADY_RECORDED',
    {},
    'The case has a decision at this meeting already; correct it instead.',
    'caseId',
  ),
  uq_decision_corrects: refusal('DECISION_ALREADY_CORRECTED', {}, 'The decision has been corrected already.', 'decisionId'),
  uq_meeting_attendance_stands_in: refusal('STAND_IN_TWICE', { memberName: null }, 'Two deputies stand in for one member.', 'attendees'),
  ex_appointment_one_office_holder: refusal(
    'OFFICE_TAKEN',
    { office: null, holderName: null },
    'The organ already has this officer in this period.',
    'startsOn',
  ),
};

/** The refusal for a unique or exclusion violation, by the violated constraint's name; undefined for one not listed. */
export function constraintRefusal(error: unknown): ConstraintRefusal | undefined {
  if (typeof error !== 'object' || error === null || !('constraint' in error) || typeof error.constraint !== 'string') return undefined;
  return Object.hasOwn(CONSTRAINT_REFUSALS, error.constraint) ? CONSTRAINT_REFUSALS[error.constraint] : undefined;
}

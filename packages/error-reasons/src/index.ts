import { type ReasonParamsShape, type ReasonSpec } from './reason.js';
import { apiTokenReasons } from './reasons/api-tokens.js';
import { authReasons } from './reasons/auth.js';
import { appointmentReasons } from './reasons/appointments.js';
import { commentaryReasons } from './reasons/commentary.js';
import { actionPlanReasons } from './reasons/action-plan.js';
import { caseReasons } from './reasons/cases.js';
import { commonReasons } from './reasons/common.js';
import { registerReasons } from './reasons/register.js';
import { requestReasons } from './reasons/request.js';
import { costSharingReasons } from './reasons/costSharing.js';
import { dateReasons } from './reasons/dates.js';
import { partnerReasons } from './reasons/partner.js';
import { reportReasons } from './reasons/reports.js';
import { validationReasons } from './reasons/validation.js';
import { meetingReasons } from './reasons/meetings.js';
import { noticeReasons } from './reasons/notice.js';
import { decisionReasons } from './reasons/decisions.js';
import { minutesReasons } from './reasons/minutes.js';
import { followUpReasons } from './reasons/followUp.js';

export { reason, type NoParams, type ReasonParamsShape, type ReasonParamValue, type ReasonSpec } from './reason.js';
export { ENTITY_NAMES, type EntityName } from './reasons/common.js';

/**
 * Every reason per area. A new area is a file in `reasons/` plus one line here; a test refuses a
 * reason declared in two areas.
 */
export const REASON_AREAS = {
  common: commonReasons,
  costSharing: costSharingReasons,
  dates: dateReasons,
  partner: partnerReasons,
  validation: validationReasons,
  auth: authReasons,
  register: registerReasons,
  request: requestReasons,
  appointments: appointmentReasons,
  commentary: commentaryReasons,
  actionPlan: actionPlanReasons,
  apiTokens: apiTokenReasons,
  meetings: meetingReasons,
  cases: caseReasons,
  notice: noticeReasons,
  minutes: minutesReasons,
  reports: reportReasons,
  decisions: decisionReasons,
  followUp: followUpReasons,
} as const;

export const REASONS = {
  ...commonReasons,
  ...costSharingReasons,
  ...dateReasons,
  ...partnerReasons,
  ...validationReasons,
  ...authReasons,
  ...registerReasons,
  ...requestReasons,
  ...appointmentReasons,
  ...commentaryReasons,
  ...actionPlanReasons,
  ...apiTokenReasons,
  ...meetingReasons,
  ...caseReasons,
  ...noticeReasons,
  ...minutesReasons,
  ...reportReasons,
  ...decisionReasons,
  ...followUpReasons,
} as const;

export type Reason = keyof typeof REASONS;
export type ReasonArea = keyof typeof REASON_AREAS;
/** The reasons of one area, e.g. `ReasonsOf<'auth'>`. */
export type ReasonsOf<A extends ReasonArea> = keyof (typeof REASON_AREAS)[A];
export type ReasonParams<R extends Reason> = (typeof REASONS)[R] extends ReasonSpec<infer P extends ReasonParamsShape> ? P : never;

export function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && Object.hasOwn(REASONS, value);
}

export const REASON_NAMES: readonly Reason[] = Object.keys(REASONS).filter(isReason);

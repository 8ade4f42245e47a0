import { isReason, type Reason, type ReasonArea, type ReasonParams } from '@helsefellesskap/error-reasons';

import type { Language } from '../../app/i18n';
import type { Formatters } from '../use-formatters';
import { apiTokenMessages } from './api-tokens';
import { authMessages } from './auth';
import { appointmentMessages } from './appointments';
import { commentaryMessages } from './commentary';
import { actionPlanMessages } from './action-plan';
import { caseMessages } from './cases';
import { commonMessages } from './common';
import { registerMessages } from './register';
import { requestMessages } from './request';
import { costSharingMessages } from './costSharing';
import { datesMessages } from './dates';
import { meetingMessages } from './meetings';
import { partnerMessages } from './partner';
import { reportMessages } from './reports';
import type { AreaMessages } from './types';
import { validationMessages } from './validation';
import { noticeMessages } from './notice';
import { decisionMessages } from './decisions';
import { minutesMessages } from './minutes';
import { followUpMessages } from './followUp';

/** Every area's translations: an area without one fails the type-check. */
export const ERROR_MESSAGES: { [A in ReasonArea]: AreaMessages<A> } = {
  common: commonMessages,
  costSharing: costSharingMessages,
  dates: datesMessages,
  partner: partnerMessages,
  validation: validationMessages,
  auth: authMessages,
  register: registerMessages,
  request: requestMessages,
  appointments: appointmentMessages,
  commentary: commentaryMessages,
  actionPlan: actionPlanMessages,
  apiTokens: apiTokenMessages,
  meetings: meetingMessages,
  cases: caseMessages,
  notice: noticeMessages,
  minutes: minutesMessages,
  reports: reportMessages,
  decisions: decisionMessages,
  followUp: followUpMessages,
};

type AnyReasonText = (params: Record<string, unknown>, format: Formatters) => string;

function textOf(language: Language, reason: Reason): AnyReasonText | undefined {
  for (const area of Object.values(ERROR_MESSAGES)) {
    const texts: object = area[language];
    if (Object.hasOwn(texts, reason)) {
      // The one unchecked step: the params come from the server, shaped as the reason's declaration in
      // @helsefellesskap/error-reasons says (the API's throw sites are type-checked against it).
      // eslint-disable-next-line @typescript-eslint/consistent-type-assertions
      return (texts as Record<string, AnyReasonText>)[reason];
    }
  }
  return undefined;
}

/**
 * A refusal in the user's language. The params come from the server: a missing one is shown as
 * nothing rather than breaking the page, and an unknown reason gives undefined so the caller can
 * fall back to a general message.
 */
export function translateReason(language: Language, reason: unknown, params: unknown, format: Formatters): string | undefined {
  if (!isReason(reason)) return undefined;
  const text = textOf(language, reason);
  if (!text) return undefined;
  const safeParams = typeof params === 'object' && params !== null ? { ...params } : {};
  return text(safeParams, format);
}

/** For code that knows its reason at compile time (a client-side check that mirrors the server's). */
export function reasonText<R extends Reason>(language: Language, reason: R, params: ReasonParams<R>, format: Formatters): string {
  const text = textOf(language, reason);
  return text ? text(params, format) : reason;
}

export { useErrorText, type ErrorText } from './use-error-text';

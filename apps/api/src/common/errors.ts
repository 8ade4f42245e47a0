import type { EntityName, Reason, ReasonParams, ReasonParamsShape } from '@helsefellesskap/error-reasons';

/** The error codes the API returns in `extensions.code`; one place maps them (format-error.ts). */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/**
 * An expected refusal: a transport code, a stable reason with its params (which the UI translates),
 * an English message for API clients and logs, and the input field it concerns, if any.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: Reason,
    readonly params: ReasonParamsShape,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** A refusal of one input field. */
export function badUserInput<R extends Reason>(field: string, reason: R, params: ReasonParams<R>, message: string): AppError {
  return new AppError('BAD_USER_INPUT', reason, params, `${field}: ${message}`, field);
}

/** No such record, or none the caller may see (the two are not told apart, so ids cannot be probed). */
export function notFound(entity: EntityName, id: string): AppError {
  return new AppError('NOT_FOUND', 'NOT_FOUND', { entity, id }, `No ${entity} with id ${id}.`);
}

/** The change contradicts a record that exists. */
export function conflict<R extends Reason>(reason: R, params: ReasonParams<R>, message: string, field?: string): AppError {
  return new AppError('CONFLICT', reason, params, message, field);
}

/** The caller may not do this to this record. */
export function forbidden<R extends Reason>(reason: R, params: ReasonParams<R>, message: string): AppError {
  return new AppError('FORBIDDEN', reason, params, message);
}

/** The operation needs a signed-in user. */
export function signInRequired(): AppError {
  return new AppError('UNAUTHENTICATED', 'SIGN_IN_REQUIRED', {}, 'Sign in to do this.');
}

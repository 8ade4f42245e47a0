import { isReason, type EntityName, type Reason, type ReasonParams, type ReasonParamsShape } from '@helsefellesskap/error-reasons';

/** The error codes the API returns in `extensions.code`; one place maps them (format-error.ts). */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/**
 * An expected refusal: a transport code, a stable reason with its params (which the UI translates),
 * an English message for API clients and logs, and the input field it concerns, if any.
 */
export class AppError extends Error {
  readonly reason: Reason | null;
  readonly params: ReasonParamsShape;
  readonly field: string | undefined;

  constructor(code: ErrorCode, reason: Reason, params: ReasonParamsShape, message: string, field?: string);
  /** @deprecated Name the reason: `new AppError(code, reason, params, message, field)`. */
  constructor(code: ErrorCode, message: string, field?: string);
  constructor(
    readonly code: ErrorCode,
    reasonOrMessage: string,
    paramsOrField?: ReasonParamsShape | string,
    message?: string,
    field?: string,
  ) {
    const named = isReason(reasonOrMessage) && typeof paramsOrField === 'object';
    super(named ? (message ?? reasonOrMessage) : reasonOrMessage);
    this.name = 'AppError';
    this.reason = named ? reasonOrMessage : null;
    this.params = named ? paramsOrField : {};
    this.field = named ? field : typeof paramsOrField === 'string' ? paramsOrField : undefined;
  }
}

/** A refusal of one input field. */
export function badUserInput<R extends Reason>(field: string, reason: R, params: ReasonParams<R>, message: string): AppError;
/** @deprecated Name the reason: `badUserInput(field, reason, params, message)`. */
export function badUserInput(field: string, message: string): AppError;
export function badUserInput(field: string, reasonOrMessage: string, params?: ReasonParamsShape, message?: string): AppError {
  if (params && isReason(reasonOrMessage))
    return new AppError('BAD_USER_INPUT', reasonOrMessage, params, `${field}: ${message ?? reasonOrMessage}`, field);
  return new AppError('BAD_USER_INPUT', `${field}: ${reasonOrMessage}`, field);
}

/** No such record, or none the caller may see (the two are not told apart, so ids cannot be probed). */
export function notFound(entity: EntityName, id: string): AppError {
  return new AppError('NOT_FOUND', 'NOT_FOUND', { entity, id }, `No ${entity} with id ${id}.`);
}

/** The change contradicts a record that exists. */
export function conflict<R extends Reason>(reason: R, params: ReasonParams<R>, message: string, field?: string): AppError;
/** @deprecated Name the reason: `conflict(reason, params, message, field)`. */
export function conflict(message: string, field?: string): AppError;
export function conflict(reasonOrMessage: string, paramsOrField?: ReasonParamsShape | string, message?: string, field?: string): AppError {
  if (typeof paramsOrField === 'object' && isReason(reasonOrMessage)) {
    return new AppError('CONFLICT', reasonOrMessage, paramsOrField, message ?? reasonOrMessage, field);
  }
  return new AppError('CONFLICT', reasonOrMessage, typeof paramsOrField === 'string' ? paramsOrField : undefined);
}

/** The caller may not do this to this record. */
export function forbidden<R extends Reason>(reason: R, params: ReasonParams<R>, message: string): AppError {
  return new AppError('FORBIDDEN', reason, params, message);
}

/** The operation needs a signed-in user. */
export function signInRequired(): AppError {
  return new AppError('UNAUTHENTICATED', 'SIGN_IN_REQUIRED', {}, 'Sign in to do this.');
}

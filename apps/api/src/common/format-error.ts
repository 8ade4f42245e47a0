import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isReason, type Reason, type ReasonParamsShape } from '@helsefellesskap/error-reasons';
import type { ValidationError } from 'class-validator';
import type { Logger } from '../logging/logger.js';
import { constraintRefusal } from './constraint-refusals.js';
import { AppError, type ErrorCode } from './errors.js';
import { fieldProblems } from './validation-reasons.js';

/** unique_violation and exclusion_violation: the database's last word when two writes race past the service's check. */
const POSTGRES_CONFLICTS = new Set(['23505', '23P01']);
/** query_canceled: a statement ran past the connection's statement_timeout. */
const POSTGRES_STATEMENT_TIMEOUT = '57014';

/** What a refusal adds to `extensions` beside its code. */
interface Refusal {
  reason: Reason;
  params: ReasonParamsShape;
  field?: string;
}

/**
 * The one place where errors become GraphQL errors: expected ones keep their code and message and
 * gain a reason the UI translates; anything else is logged and answered without internals.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return withCode(formatted, original.code, original.message, {
        reason: original.reason,
        params: original.params,
        field: original.field,
      });
    }

    const validationErrors = validationErrorsOf(original) ?? validationErrorsOf(formatted);
    if (formatted.extensions?.code === 'BAD_USER_INPUT' && validationErrors) {
      const problems = fieldProblems(validationErrors);
      return {
        message: problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ') || formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        // `field` names the first problem, like every other BAD_USER_INPUT; `fields` lists them all, each with its reason.
        extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', params: {}, field: problems[0]?.field, fields: problems },
      };
    }
    if (postgresCode(original) === POSTGRES_STATEMENT_TIMEOUT) {
      logger.warn({ err: original, path: formatted.path }, 'SQL statement ran past its time budget');
      return {
        message: 'The request took longer than its time budget and was stopped; try again, perhaps asking for less.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'TIMEOUT', reason: 'REQUEST_TIMED_OUT', params: {} },
      };
    }
    if (isConflict(original)) {
      const known = constraintRefusal(original);
      if (known) return withCode(formatted, 'CONFLICT', known.message, known);
      return withCode(formatted, 'CONFLICT', 'The change conflicts with a record that already exists; reload and try again.', {
        reason: 'CONCURRENT_CHANGE',
        params: {},
      });
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      // graphql-js and Apollo's own refusals (a malformed document, a variable of the wrong type); a
      // reason set where the error was raised (a scalar's range) is kept.
      const reason = formatted.extensions?.reason;
      const params = formatted.extensions?.params;
      const extensions: Record<string, unknown> = { code };
      if (isReason(reason)) Object.assign(extensions, { reason, params: isParams(params) ? params : {} });
      else Object.assign(extensions, generalRefusal(code));
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL', params: {} },
    };
  };
}

function withCode(formatted: GraphQLFormattedError, code: ErrorCode, message: string, refusal: Refusal): GraphQLFormattedError {
  const extensions: Record<string, unknown> = { code, reason: refusal.reason, params: refusal.params };
  if (refusal.field) extensions.field = refusal.field;
  return { message, locations: formatted.locations, path: formatted.path, extensions };
}

/** The reason of a refusal raised outside our code (graphql-js, Apollo): what its code says in general. */
function generalRefusal(code: string): Omit<Refusal, 'field'> {
  switch (code) {
    case 'BAD_USER_INPUT':
      return { reason: 'INVALID_VALUE', params: {} };
    case 'UNAUTHENTICATED':
      return { reason: 'SIGN_IN_REQUIRED', params: {} };
    case 'FORBIDDEN':
      return { reason: 'NOT_PERMITTED', params: { permission: null } };
    default:
      // A document that does not parse or validate, a persisted query, a bad request: the client's request itself.
      return { reason: 'MALFORMED_REQUEST', params: {} };
  }
}

function validationErrorsOf(value: unknown): ValidationError[] | undefined {
  if (typeof value !== 'object' || value === null || !('extensions' in value)) return undefined;
  const extensions = value.extensions;
  if (typeof extensions !== 'object' || extensions === null || !('validationErrors' in extensions)) return undefined;
  return Array.isArray(extensions.validationErrors) ? (extensions.validationErrors as ValidationError[]) : undefined;
}

function isParams(value: unknown): value is ReasonParamsShape {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isConflict(error: unknown): boolean {
  const code = postgresCode(error);
  return code !== undefined && POSTGRES_CONFLICTS.has(code);
}

/** The SQLSTATE of a PostgreSQL error (TypeORM copies it onto its QueryFailedError). */
function postgresCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

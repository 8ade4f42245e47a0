import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import type { Logger } from '../logging/logger.js';
import { AppError, type ErrorCode } from './errors.js';

/** unique_violation and exclusion_violation: the database's last word when two writes race past the service's check. */
const POSTGRES_CONFLICTS = new Set(['23505', '23P01']);

/**
 * The one place where errors become GraphQL errors: expected ones keep their code and message,
 * anything else is logged and answered without internals.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) return withCode(formatted, original.code, original.message, original.field);

    const validationErrors = formatted.extensions?.validationErrors;
    if (formatted.extensions?.code === 'BAD_USER_INPUT' && Array.isArray(validationErrors)) {
      // class-validator messages already start with the property; add the path of nested inputs.
      const problems = (validationErrors as ValidationError[]).flatMap((validationError) => flatten(validationError, ''));
      return {
        message: problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ') || formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        // `field` names the first problem, like every other BAD_USER_INPUT; `fields` lists them all.
        extensions: { code: 'BAD_USER_INPUT', field: problems[0]?.field, fields: problems },
      };
    }
    if (isConflict(original)) {
      return withCode(formatted, 'CONFLICT', 'The change conflicts with a record that already exists; reload and try again.');
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

function withCode(formatted: GraphQLFormattedError, code: ErrorCode, message: string, field?: string): GraphQLFormattedError {
  return {
    message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: field ? { code, field } : { code },
  };
}

function flatten(error: ValidationError, prefix: string): { field: string; message: string }[] {
  const property = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
  const own = Object.values(error.constraints ?? {}).map((message) => ({
    field: property,
    message: stripProperty(message, error.property),
  }));
  return [...own, ...(error.children ?? []).flatMap((child) => flatten(child, property))];
}

/** "population must not be less than 0" -> "must not be less than 0", since the path names the field. */
function stripProperty(message: string, property: string): string {
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}

function isConflict(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && POSTGRES_CONFLICTS.has(error.code)
  );
}

/** The error codes the API returns in `extensions.code`; one place maps them (format-error.ts). */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/** An expected failure with a code and a message meant for a human. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function badUserInput(field: string, message: string): AppError {
  return new AppError('BAD_USER_INPUT', `${field}: ${message}`, field);
}

export function notFound(what: string, id: string): AppError {
  return new AppError('NOT_FOUND', `No ${what} with id ${id}.`);
}

export function conflict(message: string, field?: string): AppError {
  return new AppError('CONFLICT', message, field);
}

import type { Reason, ReasonParams } from '@helsefellesskap/error-reasons';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { AppError, type ErrorCode } from '../common/errors.js';
import type { Logger } from '../logging/logger.js';

/** The shape of every error the HTTP layer answers itself: GraphQL's, so one client parser reads all. */
export interface HttpErrorBody {
  errors: { message: string; extensions: { code: string; reason: Reason; params: Record<string, unknown> } }[];
}

/** Answers with `status` and one error with a transport code, a reason and its params. */
export function sendHttpError<R extends Reason>(
  response: Response,
  status: number,
  error: { code: string; reason: R; params: ReasonParams<R>; message: string },
): void {
  const body: HttpErrorBody = {
    errors: [{ message: error.message, extensions: { code: error.code, reason: error.reason, params: error.params } }],
  };
  response.status(status).type('application/json').send(JSON.stringify(body));
}

/** The HTTP status of each refusal code, for the routes that answer files rather than GraphQL. */
export const HTTP_STATUS_OF: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/**
 * A file route's refusal: an AppError as JSON with its code, reason and params (and its status); anything
 * else is logged under `what` and answered 500 without internals.
 */
export function sendRefusal(response: Response, error: unknown, logger: Logger, what: string): void {
  if (error instanceof AppError) {
    sendHttpError(response, HTTP_STATUS_OF[error.code], {
      code: error.code,
      reason: error.reason,
      params: error.params,
      message: error.message,
    });
    return;
  }
  logger.error({ err: error }, `${what} failed`);
  sendHttpError(response, 500, { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL', params: {}, message: 'Internal server error.' });
}

/** Unknown paths get a JSON 404 (the UI's own routes are served before this). */
export const notFoundHandler: RequestHandler = (request, response) => {
  sendHttpError(response, 404, {
    code: 'NOT_FOUND',
    reason: 'NO_SUCH_PATH',
    params: { path: request.path },
    message: `Nothing is served at ${request.method} ${request.path}.`,
  });
};

/**
 * Express's last word: a body that cannot be read gets its 4xx (body-parser's: 400 malformed,
 * 413 too large, 415 charset or encoding) with a reason; anything else is logged and answered 500
 * without internals. Never Express's HTML page with a stack trace.
 */
export function jsonErrorHandler(logger: Logger, options: { bodyLimitBytes: number }): ErrorRequestHandler {
  return (error: unknown, request, response, next) => {
    // A response already under way (e.g. answered by the request deadline) cannot change any more.
    if (response.headersSent) {
      logger.debug({ err: error }, 'error after the response was sent');
      if (!response.writableEnded) next(error);
      return;
    }
    const status = statusOf(error);
    if (status === 404) {
      notFoundHandler(request, response, next);
    } else if (status === 413) {
      sendHttpError(response, 413, {
        code: 'BAD_REQUEST',
        reason: 'REQUEST_TOO_LARGE',
        params: { limitBytes: options.bodyLimitBytes },
        message: `The request body is larger than ${options.bodyLimitBytes} bytes.`,
      });
    } else if (status >= 400 && status < 500) {
      sendHttpError(response, status, {
        code: 'BAD_REQUEST',
        reason: 'MALFORMED_REQUEST',
        params: {},
        message: unreadableBodyMessage(error),
      });
    } else {
      logger.error({ err: error }, 'unexpected error in HTTP request');
      sendHttpError(response, 500, { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL', params: {}, message: 'Internal server error.' });
    }
  };
}

function statusOf(error: unknown): number {
  if (typeof error !== 'object' || error === null) return 500;
  const status = 'status' in error ? error.status : 'statusCode' in error ? error.statusCode : undefined;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** body-parser's error types, told in English for API clients (the UI translates the reason). */
const UNREADABLE_BODY: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON.',
  'charset.unsupported': 'The request body must be UTF-8.',
  'encoding.unsupported': 'The request body has a content encoding the server does not accept.',
  'request.aborted': 'The request was aborted before its body arrived.',
  'request.size.invalid': 'The request body does not match its Content-Length.',
};

function unreadableBodyMessage(error: unknown): string {
  const type = typeof error === 'object' && error !== null && 'type' in error && typeof error.type === 'string' ? error.type : '';
  return UNREADABLE_BODY[type] ?? 'The request could not be read.';
}

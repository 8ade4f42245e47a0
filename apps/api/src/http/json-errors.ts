import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from '../logging/logger.js';

/** The shape of every error the HTTP layer answers itself: GraphQL's, so one client parser reads all. */
export interface HttpErrorBody {
  errors: { message: string; extensions: { code: string; reason: string; params: Record<string, string | number> } }[];
}

export function sendHttpError(
  response: Response,
  status: number,
  error: { code: string; reason: string; message: string; params?: Record<string, string | number> },
): void {
  const body: HttpErrorBody = {
    errors: [{ message: error.message, extensions: { code: error.code, reason: error.reason, params: error.params ?? {} } }],
  };
  response.status(status).type('application/json').send(JSON.stringify(body));
}

/** What body-parser's errors mean (their `type`), as our code, reason and English message. */
const BODY_ERRORS: Record<string, { reason: string; message: string }> = {
  'entity.parse.failed': { reason: 'MALFORMED_JSON', message: 'The request body is not valid JSON.' },
  'entity.too.large': { reason: 'BODY_TOO_LARGE', message: 'The request body is too large.' },
  'charset.unsupported': { reason: 'UNSUPPORTED_CHARSET', message: 'The request body must be UTF-8.' },
  'encoding.unsupported': {
    reason: 'UNSUPPORTED_ENCODING',
    message: 'The request body has a content encoding the server does not accept.',
  },
  'request.aborted': { reason: 'REQUEST_ABORTED', message: 'The request was aborted before its body arrived.' },
  'request.size.invalid': { reason: 'BODY_SIZE_MISMATCH', message: 'The request body does not match its Content-Length.' },
};

/** Unknown paths get a JSON 404 (the UI's own routes are served before this). */
export const notFoundHandler: RequestHandler = (request, response) => {
  sendHttpError(response, 404, {
    code: 'NOT_FOUND',
    reason: 'NO_SUCH_PATH',
    message: `No such path: ${request.method} ${request.path}.`,
    params: { path: request.path },
  });
};

/**
 * Express's last word: bad bodies answered with their 4xx and a reason, anything else logged and
 * answered 500 without internals. Never Express's HTML page with a stack trace.
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
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
      return;
    }
    const known =
      typeof error === 'object' && error !== null && 'type' in error && typeof error.type === 'string'
        ? BODY_ERRORS[error.type]
        : undefined;
    if (status >= 400 && status < 500) {
      sendHttpError(response, status, {
        code: 'BAD_REQUEST',
        reason: known?.reason ?? 'BAD_REQUEST',
        message: known?.message ?? 'The request could not be read.',
      });
      return;
    }
    logger.error({ err: error }, 'unexpected error in HTTP request');
    sendHttpError(response, 500, { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_ERROR', message: 'Internal server error.' });
  };
}

function statusOf(error: unknown): number {
  if (typeof error !== 'object' || error === null) return 500;
  const status = 'status' in error ? error.status : 'statusCode' in error ? error.statusCode : undefined;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

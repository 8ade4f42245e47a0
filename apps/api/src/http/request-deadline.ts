import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from '../logging/logger.js';
import { sendHttpError } from './json-errors.js';

/**
 * Every request has a time budget. Past it, the client gets 503 with reason REQUEST_TIMED_OUT at once
 * (whatever the handler is still doing), and a GraphQL operation resolves no further field, so its
 * remaining work winds down instead of holding the database. Each SQL statement has its own, shorter
 * limit in PostgreSQL (statement_timeout).
 */
export function requestDeadline(timeoutMs: number, logger: Logger): RequestHandler {
  return (request, response, next) => {
    const timer = setTimeout(() => {
      if (response.headersSent) return;
      logger.warn({ method: request.method, path: request.path, timeoutMs }, 'request ran past its time budget');
      sendHttpError(response, 503, {
        code: 'TIMEOUT',
        reason: 'REQUEST_TIMED_OUT',
        params: {},
        message: `The request took longer than its time budget (${timeoutMs} ms) and was stopped.`,
      });
    }, timeoutMs);
    const clear = () => clearTimeout(timer);
    response.once('finish', clear);
    response.once('close', clear);
    next();
  };
}

/** Refuses to start resolving a field once the operation's time budget is spent. */
export function operationDeadline<TContext extends object>(timeoutMs: number): ApolloServerPlugin<TContext> {
  return {
    requestDidStart() {
      const deadline = Date.now() + timeoutMs;
      return Promise.resolve({
        executionDidStart() {
          return Promise.resolve({
            willResolveField() {
              if (Date.now() > deadline) {
                throw new GraphQLError(`The operation took longer than its time budget (${timeoutMs} ms); this field was not resolved.`, {
                  extensions: { code: 'TIMEOUT', reason: 'REQUEST_TIMED_OUT', params: {} },
                });
              }
            },
          });
        },
      });
    },
  };
}

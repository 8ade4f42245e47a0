import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';
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

/** Each operation's deadline and budget, by its context object (one per request). */
const deadlines = new WeakMap<object, { at: number; timeoutMs: number }>();
/** Schemas whose resolvers already check the deadline (tests and the bench build several apps). */
const checkedSchemas = new WeakSet<GraphQLSchema>();

/** Starts each operation's time budget, which `withOperationDeadline`'s resolvers check. */
export function operationDeadline<TContext extends object>(timeoutMs: number): ApolloServerPlugin<TContext> {
  return {
    requestDidStart({ contextValue }) {
      deadlines.set(contextValue, { at: Date.now() + timeoutMs, timeoutMs });
      return Promise.resolve();
    },
  };
}

/**
 * Makes every field resolver refuse to start once the operation's time budget is spent, so the rest of
 * the operation reads nothing more. Fields without a resolver only read a property of their parent
 * (http/plain-fields.ts) and are not checked: checking them cost a call per value, and they hold no
 * database. (Apollo's `willResolveField` hook did this before; any such hook makes Apollo wrap every
 * field of the schema, ADR 0015.) Changes the schema in place, once.
 */
export function withOperationDeadline(schema: GraphQLSchema): GraphQLSchema {
  if (checkedSchemas.has(schema)) return schema;
  checkedSchemas.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (source, args, context: object, info) => {
        const deadline = deadlines.get(context);
        if (deadline && Date.now() > deadline.at) {
          throw new GraphQLError(
            `The operation took longer than its time budget (${deadline.timeoutMs} ms); this field was not resolved.`,
            {
              extensions: { code: 'TIMEOUT', reason: 'REQUEST_TIMED_OUT', params: {} },
            },
          );
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

import type { Request, RequestHandler } from 'express';
import { AppError } from '../common/errors.js';
import type { Caller } from '../modules/auth/caller.js';
import { readCookie } from '../modules/auth/session-cookie.js';
import { SESSION_COOKIE } from '../modules/auth/session-token.js';
import type { Services } from '../services.js';
import { sendHttpError } from './json-errors.js';

const callers = new WeakMap<Request, Caller>();

/**
 * Who a request is, decided once for GraphQL and the file routes alike: a script's bearer token
 * (read-only, ADR 0026), else the session cookie, else the public. A bearer token that is not usable is
 * answered 401 here, so a script learns it at once instead of reading as the public.
 */
export function requestCaller(services: Pick<Services, 'auth' | 'apiTokens'>): RequestHandler {
  return (request, response, next) => {
    void (async () => {
      try {
        const caller =
          (await services.apiTokens.callerFromHeader(request.get('authorization'))) ??
          (await services.auth.callerFromToken(readCookie(request, SESSION_COOKIE)));
        callers.set(request, caller);
        next();
      } catch (error) {
        if (error instanceof AppError && error.code === 'UNAUTHENTICATED') {
          response.set('WWW-Authenticate', 'Bearer');
          sendHttpError(response, 401, { code: error.code, reason: 'API_TOKEN_INVALID', params: {}, message: error.message });
          return;
        }
        next(error);
      }
    })();
  };
}

/** The caller `requestCaller` found for the request; the public where it did not run. */
export function callerOf(request: Request): Caller {
  return callers.get(request) ?? { kind: 'public' };
}

import { parseCookie } from 'cookie';
import type { Request, Response } from 'express';
import { SESSION_COOKIE } from './session-token.js';

/** The session cookie as a request sees it: read it, set it after sign-in, clear it at sign-out. */
export interface SessionCookie {
  token: string | undefined;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export function readCookie(request: Request, name: string): string | undefined {
  return parseCookie(request.headers.cookie ?? '')[name];
}

export function sessionCookieOf(request: Request, response: Response, secure: boolean): SessionCookie {
  // HTTP-only so scripts cannot read it; SameSite=Lax so the identity provider's redirect back keeps working.
  const options = { httpOnly: true, sameSite: 'lax', secure, path: '/' } as const;
  return {
    token: readCookie(request, SESSION_COOKIE),
    set: (token, expiresAt) => response.cookie(SESSION_COOKIE, token, { ...options, expires: expiresAt }),
    clear: () => response.clearCookie(SESSION_COOKIE, options),
  };
}

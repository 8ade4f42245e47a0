import express, { type Router } from 'express';
import * as oidc from 'openid-client';
import { AppError } from '../../common/errors.js';
import type { Logger } from '../../logging/logger.js';
import type { AuthService } from './auth.service.js';
import { readCookie, sessionCookieOf } from './session-cookie.js';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown on the sign-in button, e.g. "Entra ID" or "ID-porten". */
  name: string;
  /** Only for a local issuer in tests. */
  allowHttp: boolean;
}

export const OIDC_LOGIN_PATH = '/auth/oidc/login';
const CALLBACK_PATH = '/auth/oidc/callback';
const PENDING_COOKIE = 'hf_oidc';

interface PendingSignIn {
  codeVerifier: string;
  state: string;
  nonce: string;
  /** Where to go after signing in: a path of this site only. */
  returnTo: string;
}

/** Only a local path ("/x", not "//host" or "/\\host") may be a target, so the flow cannot redirect elsewhere. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) && value.length <= 500 ? value : '/';
}

/**
 * Authorization code flow with PKCE, state and nonce (openid-client). The pending sign-in lives in a
 * short-lived HTTP-only cookie, so any API instance can finish it.
 */
export function createOidcRouter(
  settings: OidcSettings,
  options: { publicUrl: string; cookieSecure: boolean; auth: AuthService; logger: Logger },
): Router {
  const redirectUri = `${options.publicUrl}${CALLBACK_PATH}`;
  let configuration: Promise<oidc.Configuration> | undefined;
  // Discovery happens on first use, so the API starts even while the identity provider is down.
  const discover = () => {
    configuration ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret,
        oidc.ClientSecretBasic(settings.clientSecret),
        settings.allowHttp ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  };
  const pendingCookie = { httpOnly: true, sameSite: 'lax', secure: options.cookieSecure, path: '/auth/oidc', maxAge: 10 * 60_000 } as const;

  const router = express.Router();
  router.get(OIDC_LOGIN_PATH, async (request, response) => {
    try {
      const config = await discover();
      const pending: PendingSignIn = {
        codeVerifier: oidc.randomPKCECodeVerifier(),
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        returnTo: safeReturnTo(request.query.returnTo),
      };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      response.cookie(PENDING_COOKIE, Buffer.from(JSON.stringify(pending)).toString('base64url'), pendingCookie);
      response.redirect(url.href);
    } catch (error) {
      options.logger.error({ err: error }, 'OpenID Connect sign-in could not start');
      response.redirect('/sign-in?error=provider-unavailable');
    }
  });

  router.get(CALLBACK_PATH, async (request, response) => {
    const pending = parsePending(readCookie(request, PENDING_COOKIE));
    response.clearCookie(PENDING_COOKIE, pendingCookie);
    if (!pending) {
      response.redirect('/sign-in?error=expired');
      return;
    }
    try {
      const config = await discover();
      // Built from the configured public URL, not the Host header: it must equal the registered redirect URI.
      const tokens = await oidc.authorizationCodeGrant(config, new URL(request.originalUrl, options.publicUrl), {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('no ID token');
      // Many providers release e-mail only from /userinfo.
      const claims = typeof idToken.email === 'string' ? idToken : await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub);
      // Only an address the provider vouches for may link an account: a missing email_verified is a no.
      const claim = {
        email: typeof claims.email === 'string' ? claims.email : null,
        emailVerified: claims.email_verified === true,
      };
      const session = await options.auth.signInWithOidc(settings.issuer, idToken.sub, claim, {
        ip: request.ip ?? 'unknown',
        userAgent: request.get('user-agent') ?? null,
      });
      sessionCookieOf(request, response, options.cookieSecure).set(session.token, session.expiresAt);
      response.redirect(pending.returnTo);
    } catch (error) {
      const noAccount = error instanceof AppError;
      if (!noAccount) options.logger.warn({ err: error }, 'OpenID Connect sign-in failed');
      response.redirect(`/sign-in?error=${noAccount ? 'no-account' : 'failed'}`);
    }
  });
  return router;
}

function parsePending(value: string | undefined): PendingSignIn | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (parsed && typeof parsed === 'object' && 'codeVerifier' in parsed && 'state' in parsed && 'nonce' in parsed) {
      const { codeVerifier, state, nonce } = parsed;
      const returnTo = safeReturnTo('returnTo' in parsed ? parsed.returnTo : undefined);
      if (typeof codeVerifier === 'string' && typeof state === 'string' && typeof nonce === 'string')
        return { codeVerifier, state, nonce, returnTo };
    }
  } catch {
    // A tampered or truncated cookie is the same as none.
  }
  return null;
}

import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type InteractionResults } from 'oidc-provider';

export interface IssuerUser {
  sub: string;
  email: string;
  /** The provider's `email_verified` claim; left out of the claims when undefined. */
  emailVerified?: boolean;
  name: string;
}

export interface TestIssuer {
  issuer: string;
  close(): Promise<void>;
}

/**
 * A local OpenID Connect issuer (oidc-provider) for tests, with no internet: it signs in the user named
 * by `login_hint` (or the first) and consents on their behalf, so a test can drive the flow with fetch.
 */
export async function startTestIssuer(options: {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  users: IssuerUser[];
}): Promise<TestIssuer> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' }] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    pkce: { required: () => true },
    ttl: { AccessToken: 3600, AuthorizationCode: 60, IdToken: 3600, Interaction: 600, Session: 3600, Grant: 3600 },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_context, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['test-only-cookie-signing-key'] },
    findAccount(_context, sub) {
      const user = options.users.find((candidate) => candidate.sub === sub);
      return user
        ? {
            accountId: user.sub,
            claims: () => ({
              sub: user.sub,
              email: user.email,
              ...(user.emailVerified === undefined ? {} : { email_verified: user.emailVerified }),
              name: user.name,
            }),
          }
        : undefined;
    },
  });
  provider.use(async (context, next) => {
    if (context.method !== 'GET' || !/^\/interaction\/[^/]+$/.test(context.path)) {
      await next();
      return;
    }
    const { prompt, params, session, grantId } = await provider.interactionDetails(context.req, context.res);
    let result: InteractionResults;
    if (prompt.name === 'login') {
      const user = options.users.find((candidate) => candidate.sub === params.login_hint) ?? options.users[0];
      if (!user) throw new Error('the test issuer has no users');
      result = { login: { accountId: user.sub } };
    } else if (prompt.name === 'consent') {
      const grant = grantId
        ? await provider.Grant.find(grantId)
        : new provider.Grant({ accountId: session?.accountId, clientId: String(params.client_id) });
      if (!grant) throw new Error('grant vanished');
      const details = prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
      if (details.missingOIDCScope) grant.addOIDCScope(details.missingOIDCScope.join(' '));
      if (details.missingOIDCClaims) grant.addOIDCClaims(details.missingOIDCClaims);
      result = { consent: { grantId: await grant.save() } };
    } else {
      throw new Error(`prompt ${prompt.name} not handled`);
    }
    const returnTo = await provider.interactionResult(context.req, context.res, result, { mergeWithLastSubmission: true });
    context.status = 303;
    context.redirect(returnTo);
  });
  const handle = provider.callback();
  server.on('request', (request, response) => void handle(request, response));
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Follows redirects like a browser, keeping cookies per origin; stops before a URL `stopAt` accepts. */
export class RedirectFollower {
  private readonly jar = new Map<string, Map<string, string>>();

  cookie(origin: string, name: string): string | undefined {
    return this.jar.get(origin)?.get(name);
  }

  async follow(start: string, stopAt: (url: URL) => boolean): Promise<URL> {
    let url = new URL(start);
    for (let hop = 0; hop < 20; hop += 1) {
      if (stopAt(url)) return url;
      const cookies = this.jar.get(url.origin);
      const response = await fetch(url, {
        redirect: 'manual',
        headers: cookies?.size ? { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') } : {},
      });
      this.store(url.origin, response.headers.getSetCookie());
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location) throw new Error(`${url.href} answered ${response.status} without a redirect`);
      url = new URL(location, url);
    }
    throw new Error('too many redirects');
  }

  private store(origin: string, setCookies: string[]): void {
    const cookies = this.jar.get(origin) ?? new Map<string, string>();
    this.jar.set(origin, cookies);
    for (const header of setCookies) {
      const [pair = '', ...attributes] = header.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const expired = attributes.some((attribute) => /^\s*expires=Thu, 01 Jan 1970/i.test(attribute) || /^\s*max-age=0/i.test(attribute));
      if (expired) cookies.delete(name);
      else cookies.set(name, pair.slice(pair.indexOf('=') + 1).trim());
    }
  }
}

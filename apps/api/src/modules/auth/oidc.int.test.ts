import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../common/free-port.js';
import { signInAs } from '../../../test/factories.js';
import { RedirectFollower, startTestIssuer, type TestIssuer } from '../../../test/oidc-issuer.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
let issuer: TestIssuer;
beforeAll(async () => {
  const port = await findFreePort();
  const client = { clientId: 'helsefellesskap', clientSecret: 'a-test-only-client-secret-of-some-length' };
  issuer = await startTestIssuer({
    ...client,
    redirectUri: `http://127.0.0.1:${port}/auth/oidc/callback`,
    users: [
      { sub: 'entra-1', email: 'kari.nordmann@kommune.example', emailVerified: true, name: 'Kari Nordmann' },
      { sub: 'entra-2', email: 'ukjent@kommune.example', emailVerified: true, name: 'Ukjent Person' },
      // The same address as an account here, but the provider does not vouch for it.
      { sub: 'entra-unverified', email: 'ola.unverified@kommune.example', emailVerified: false, name: 'Ola Nordmann' },
      { sub: 'entra-unasserted', email: 'per.unasserted@kommune.example', name: 'Per Nordmann' },
    ],
  });
  app = await startTestApp({ port, oidc: { issuer: issuer.issuer, ...client, name: 'Entra ID', allowHttp: true } });
});
afterAll(async () => {
  await app.close();
  await issuer.close();
});

const atApp = (path: string) => (url: URL) => url.origin === app.url && url.pathname === path;

async function signInThroughProvider(loginHint: string, returnTo = '/'): Promise<{ landedOn: URL; session: string | undefined }> {
  const browser = new RedirectFollower();
  // The login hint picks the issuer's user, as a person would at the provider's login page.
  const landedOn = await browser.follow(`${app.url}/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`, (url) => {
    if (url.origin === issuer.issuer && url.pathname === '/auth' && !url.searchParams.has('login_hint'))
      url.searchParams.set('login_hint', loginHint);
    return url.origin !== issuer.issuer && !url.pathname.startsWith('/auth/oidc');
  });
  return { landedOn, session: browser.cookie(app.url, 'hf_session') };
}

describe('sign-in through OpenID Connect', () => {
  it('offers the identity provider to the public', async () => {
    expect((await app.gql('{ identityProviders { name signInUrl } }')).data).toEqual({
      identityProviders: [{ name: 'Entra ID', signInUrl: '/auth/oidc/login' }],
    });
  });

  it('signs in a person the secretariat registered, matched by e-mail the first time and by subject after', async () => {
    const registered = await signInAs(app, { role: 'NATIONAL_ANALYST' });
    await app.sql(`UPDATE app_user SET email = 'kari.nordmann@kommune.example' WHERE id = $1`, [registered.userId]);

    for (let round = 0; round < 2; round += 1) {
      const { landedOn, session } = await signInThroughProvider('entra-1');
      expect(landedOn.pathname).toBe('/');
      expect(session).toBeDefined();
      const me = await app.gql<{ me: { email: string } }>('{ me { email roles { role } } }', undefined, `hf_session=${session}`);
      expect(me.data?.me).toEqual({ email: 'kari.nordmann@kommune.example', roles: [{ role: 'NATIONAL_ANALYST' }] });
    }
    const [linked] = await app.sql<{ oidc_subject: string }>('SELECT oidc_subject FROM app_user WHERE id = $1', [registered.userId]);
    expect(linked?.oidc_subject).toBe('entra-1');
    // The link is audited once, as done by the person themself.
    const events = await app.sql<{ actor_user_id: string; action: string; after: Record<string, unknown> }>(
      `SELECT actor_user_id, action, after FROM audit_event WHERE entity_type = 'User' AND entity_id = $1`,
      [registered.userId],
    );
    expect(events).toEqual([
      {
        actor_user_id: registered.userId,
        action: 'UPDATE',
        after: { id: registered.userId, identityProviderLinked: { issuer: issuer.issuer, subject: 'entra-1' } },
      },
    ]);
  });

  it('does not link an account by an e-mail the provider does not assert as verified', async () => {
    for (const { sub, email } of [
      { sub: 'entra-unverified', email: 'ola.unverified@kommune.example' },
      { sub: 'entra-unasserted', email: 'per.unasserted@kommune.example' },
    ]) {
      const registered = await signInAs(app, { role: 'NATIONAL_ANALYST' });
      await app.sql(`UPDATE app_user SET email = $2 WHERE id = $1`, [registered.userId, email]);
      const { landedOn, session } = await signInThroughProvider(sub);
      expect(landedOn.pathname).toBe('/sign-in');
      expect(landedOn.searchParams.get('error')).toBe('no-account');
      expect(session).toBeUndefined();
      const [account] = await app.sql<{ oidc_subject: string | null }>('SELECT oidc_subject FROM app_user WHERE id = $1', [
        registered.userId,
      ]);
      expect(account?.oidc_subject).toBeNull();
    }
  });

  it('returns to the page the person came from, but never to another site', async () => {
    const { landedOn } = await signInThroughProvider('entra-1', '/communities/x/users');
    expect(landedOn.pathname).toBe('/communities/x/users');
    const { landedOn: elsewhere } = await signInThroughProvider('entra-1', '//evil.example/steal');
    expect(elsewhere.origin).toBe(app.url);
    expect(elsewhere.pathname).toBe('/');
  });

  it('turns away an identity nobody gave access, without a session', async () => {
    const { landedOn, session } = await signInThroughProvider('entra-2');
    expect(landedOn.pathname).toBe('/sign-in');
    expect(landedOn.searchParams.get('error')).toBe('no-account');
    expect(session).toBeUndefined();
  });

  it('refuses a callback without the pending sign-in it belongs to', async () => {
    const browser = new RedirectFollower();
    const landedOn = await browser.follow(`${app.url}/auth/oidc/callback?code=forged&state=forged`, atApp('/sign-in'));
    expect(landedOn.searchParams.get('error')).toBe('expired');
  });
});

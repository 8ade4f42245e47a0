import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, signInAs, type CommunityFixture, type Session } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
let community: CommunityFixture;
let analyst: Session;
beforeAll(async () => {
  app = await startTestApp();
  community = await buildCommunity(app);
  analyst = await signInAs(app, { role: 'ANALYST', communityId: community.id });
});
afterAll(() => app.close());

const createToken = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id name tokenPrefix expiresAt revokedAt } } }`;
const revokeToken = `mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`;
const myTokens = `{ myApiTokens { id name tokenPrefix lastUsedAt revokedAt } }`;
const meQuery = `{ me { email roles { role communityId } } }`;

interface Created {
  createApiToken: {
    token: string;
    apiToken: { id: string; name: string; tokenPrefix: string; expiresAt: string; revokedAt: string | null };
  };
}

/** A GraphQL request as a script sends it: a bearer token, no cookie. */
async function asScript(token: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string; reason?: string } }[];
  };
  return { status: response.status, header: response.headers.get('www-authenticate'), ...body };
}

async function newToken(session: Session, name = 'rapportskript', days?: number) {
  return (await must<Created>(app, createToken, { input: { name, ...(days ? { days } : {}) } }, session)).createApiToken;
}

describe('personal API tokens', () => {
  it('lets a script read as the token owner, with the owner’s roles, and records the last use', async () => {
    const created = await newToken(analyst);
    expect(created.token).toMatch(/^hfk_[A-Za-z0-9_-]{43}$/);
    expect(created.token.startsWith(created.apiToken.tokenPrefix)).toBe(true);

    const read = await asScript(created.token, meQuery);
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({ me: { email: analyst.email, roles: [{ role: 'ANALYST', communityId: community.id }] } });

    const listed = await must<{ myApiTokens: { id: string; lastUsedAt: string | null }[] }>(app, myTokens, {}, analyst);
    const mine = listed.myApiTokens.find((token) => token.id === created.apiToken.id);
    expect(mine?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(created.token);
  });

  it('refuses every change made with a token, even one its owner may make with a session', async () => {
    const created = await newToken(analyst);
    const another = await asScript(created.token, createToken, { input: { name: 'from a script' } });
    expect(another.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'API_TOKEN_READ_ONLY' });
    const signOut = await asScript(created.token, 'mutation { signOut }');
    expect(signOut.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'API_TOKEN_READ_ONLY' });

    const secretariatToken = await newToken(community.secretariat);
    const edit = await asScript(
      secretariatToken.token,
      `mutation($id: ID!) { updateCommunity(id: $id, input: { name: "Renamed by a script" }) { id } }`,
      {
        id: community.id,
      },
    );
    expect(edit.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'API_TOKEN_READ_ONLY' });
    const [row] = await app.sql<{ name: string }>('SELECT name FROM community WHERE id = $1', [community.id]);
    expect(row?.name).toBe(community.name);
  });

  it('answers 401 with a reason for a revoked, an unknown or a malformed token, instead of reading as the public', async () => {
    const created = await newToken(analyst);
    const revoked = await must<{ revokeApiToken: { revokedAt: string | null } }>(app, revokeToken, { id: created.apiToken.id }, analyst);
    expect(revoked.revokeApiToken.revokedAt).not.toBeNull();

    for (const token of [created.token, 'hfk_unknown', '']) {
      const response = await asScript(token, meQuery);
      expect(response.status).toBe(401);
      expect(response.header).toBe('Bearer');
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'API_TOKEN_INVALID' });
    }
  });

  it('refuses an expired token', async () => {
    const created = await newToken(analyst, 'kortlivet', 1);
    await app.sql(`UPDATE api_token SET created_at = now() - interval '2 days', expires_at = now() - interval '1 day' WHERE id = $1`, [
      created.apiToken.id,
    ]);
    const response = await asScript(created.token, meQuery);
    expect(response.status).toBe(401);
  });

  it('lets nobody revoke or list another person’s tokens', async () => {
    const created = await newToken(analyst);
    const other = await signInAs(app, { role: 'SECRETARIAT', communityId: community.id });
    const attempt = await app.gql(revokeToken, { id: created.apiToken.id }, other.cookie);
    expect(attempt.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const listed = await must<{ myApiTokens: { id: string }[] }>(app, myTokens, {}, other);
    expect(listed.myApiTokens.map((token) => token.id)).not.toContain(created.apiToken.id);
  });

  it('keeps a person to ten usable tokens, also when they are created at once', async () => {
    const person = await signInAs(app, { role: 'ANALYST', communityId: community.id });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, index) => app.gql(createToken, { input: { name: `skript ${index}` } }, person.cookie)),
    );
    expect(results.filter((result) => !result.errors).length).toBe(10);
    expect(results.filter((result) => result.errors?.[0]?.extensions?.reason === 'API_TOKEN_LIMIT').length).toBe(2);
  });

  it('audits creating and revoking, without the secret or its hash', async () => {
    const created = await newToken(analyst, 'revidert');
    await must(app, revokeToken, { id: created.apiToken.id }, analyst);
    const events = await app.sql<{ action: string; after: Record<string, unknown> }>(
      `SELECT action, after FROM audit_event WHERE entity_type = 'ApiToken' AND entity_id = $1 ORDER BY id`,
      [created.apiToken.id],
    );
    expect(events.map((event) => event.action)).toEqual(['CREATE', 'UPDATE']);
    expect(JSON.stringify(events)).not.toContain(created.token);
    expect(events[0]?.after).not.toHaveProperty('tokenHash');
  });

  it('refuses a lifetime beyond a year', async () => {
    const response = await app.gql(createToken, { input: { name: 'for alltid', days: 400 } }, analyst.cookie);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

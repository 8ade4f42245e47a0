import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, signIn, signInAs, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const me = `{ me { id email name roles { role communityId regionalCouncilId } } }`;

describe('sign-in and sessions', () => {
  it('signs in with e-mail and password, sets an HTTP-only SameSite cookie, and knows who you are', async () => {
    const community = await buildCommunity(app, { municipalities: 0 });
    const session = await signInAs(app, { role: 'ANALYST', communityId: community.id });
    const response = await app.gql(
      `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { email } }`,
      {
        email: session.email.toUpperCase(),
        password: TEST_PASSWORD,
      },
    );
    expect(response.data).toEqual({ signIn: { email: session.email } });
    expect(response.setCookie).toMatch(/^hf_session=[A-Za-z0-9_-]{43}; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/);

    const whoAmI = await app.gql<{ me: { email: string; roles: unknown[] } }>(me, undefined, session.cookie);
    expect(whoAmI.data?.me).toMatchObject({
      email: session.email,
      roles: [{ role: 'ANALYST', communityId: community.id, regionalCouncilId: null }],
    });
  });

  it('answers the public with me: null, and a wrong password with UNAUTHENTICATED without telling which part was wrong', async () => {
    expect((await app.gql(me)).data).toEqual({ me: null });
    const session = await signInAs(app, { role: 'NATIONAL_ANALYST' });
    const wrongPassword = await app.gql(`mutation { signIn(email: "${session.email}", password: "nope") { id } }`);
    const unknownUser = await app.gql(`mutation { signIn(email: "nobody@test.example", password: "nope") { id } }`);
    expect(wrongPassword.errors?.[0]).toMatchObject({ message: 'Wrong e-mail or password.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknownUser.errors?.[0]?.message).toBe(wrongPassword.errors?.[0]?.message);
    expect(wrongPassword.setCookie).toBeNull();
  });

  it('ends the session at sign-out: the old cookie no longer works', async () => {
    const session = await signInAs(app, { role: 'NATIONAL_ANALYST' });
    const out = await app.gql(`mutation { signOut }`, undefined, session.cookie);
    expect(out.data).toEqual({ signOut: true });
    expect(out.setCookie).toMatch(/^hf_session=;/);
    expect((await app.gql(me, undefined, session.cookie)).data).toEqual({ me: null });
  });

  it('treats an expired session as the public', async () => {
    const session = await signInAs(app, { role: 'NATIONAL_ANALYST' });
    await app.sql(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [session.userId]);
    expect((await app.gql(me, undefined, session.cookie)).data).toEqual({ me: null });
    expect(await app.sql(`SELECT 1 FROM user_session WHERE user_id = $1`, [session.userId])).toEqual([]);
  });

  it('refuses an account after repeated failed sign-ins, even with the right password', async () => {
    const session = await signInAs(app, { role: 'NATIONAL_ANALYST' });
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await app.gql(`mutation { signIn(email: "${session.email}", password: "wrong ${attempt}") { id } }`);
    }
    const locked = await app.gql(`mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }`, {
      email: session.email,
      password: TEST_PASSWORD,
    });
    expect(locked.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(locked.errors?.[0]?.message).toMatch(/Too many failed sign-ins/);
    expect(locked.setCookie).toBeNull();
  });

  it('changes your own password after checking the current one', async () => {
    const session = await signInAs(app, { role: 'NATIONAL_ANALYST' });
    const change = `mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`;
    const wrong = await app.gql(change, { current: 'not it', next: 'a much longer password' }, session.cookie);
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' } });
    const short = await app.gql(change, { current: TEST_PASSWORD, next: 'short' }, session.cookie);
    expect(short.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' } });
    expect((await app.gql(change, { current: TEST_PASSWORD, next: 'a much longer password' }, session.cookie)).data).toEqual({
      changePassword: true,
    });
    await expect(signIn(app, session.email, 'a much longer password')).resolves.toHaveProperty('cookie');
  });
});

describe('users and roles', () => {
  it('lets the secretariat give a person a role, and shows e-mail to the secretariat and the person only', async () => {
    const community = await buildCommunity(app, { municipalities: 0 });
    const granted = await app.gql<{ grantRole: { id: string; email: string | null; roles: { role: string }[]; hasPassword: boolean } }>(
      `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id email roles { role } hasPassword } }`,
      {
        input: {
          email: 'Ny.Bruker@Kommune.example',
          name: 'Ny Bruker',
          role: 'SSU_MEMBER',
          communityId: community.id,
          initialPassword: 'a long first password',
        },
      },
      community.secretariat.cookie,
    );
    expect(granted.data?.grantRole).toMatchObject({
      email: 'ny.bruker@kommune.example',
      roles: [{ role: 'SSU_MEMBER' }],
      hasPassword: true,
    });
    await expect(signIn(app, 'ny.bruker@kommune.example', 'a long first password')).resolves.toHaveProperty('cookie');

    const users = `query($id: ID!) { users(communityId: $id) { name email roles { role } } }`;
    const asSecretariat = await app.gql<{ users: { name: string; email: string | null }[] }>(
      users,
      { id: community.id },
      community.secretariat.cookie,
    );
    expect(asSecretariat.data?.users.find((user) => user.name === 'Ny Bruker')?.email).toBe('ny.bruker@kommune.example');
    const platform = await signInAs(app, { role: 'PLATFORM_ADMIN' });
    const asPlatform = await app.gql<{ users: { name: string; email: string | null }[] }>(users, { id: community.id }, platform.cookie);
    expect(asPlatform.data?.users.find((user) => user.name === 'Ny Bruker')?.email).toBeNull();
  });

  it('binds a regional council role to a council of the same community', async () => {
    const community = await buildCommunity(app, { municipalities: 1, regionalCouncils: 1 });
    const other = await buildCommunity(app, { municipalities: 1, regionalCouncils: 1 });
    const grant = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { roles { role regionalCouncilId } } }`;
    const base = { email: 'rad@kommune.example', name: 'Råd', role: 'REGIONAL_COUNCIL', communityId: community.id };
    const missing = await app.gql(grant, { input: base }, community.secretariat.cookie);
    expect(missing.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'regionalCouncilId' } });
    const foreign = await app.gql(
      grant,
      { input: { ...base, regionalCouncilId: other.regionalCouncilIds[0] } },
      community.secretariat.cookie,
    );
    expect(foreign.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'regionalCouncilId' } });
    const ok = await app.gql(
      grant,
      { input: { ...base, regionalCouncilId: community.regionalCouncilIds[0] } },
      community.secretariat.cookie,
    );
    expect(ok.data).toEqual({ grantRole: { roles: [{ role: 'REGIONAL_COUNCIL', regionalCouncilId: community.regionalCouncilIds[0] }] } });
  });

  it('keeps at least one secretariat user in a community', async () => {
    const community = await buildCommunity(app, { municipalities: 0 });
    const roles = await app.sql<{ id: string }>(`SELECT id FROM role_assignment WHERE user_id = $1`, [community.secretariat.userId]);
    const revoke = await app.gql(
      `mutation($id: ID!) { revokeRole(roleGrantId: $id) { id } }`,
      { id: roles[0]?.id },
      community.secretariat.cookie,
    );
    expect(revoke.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses a national role for a community, and a national role granted by a secretariat', async () => {
    const community = await buildCommunity(app, { municipalities: 0 });
    const grant = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`;
    const scoped = await app.gql(
      grant,
      { input: { email: 'n@x.example', name: 'N', role: 'NATIONAL_ANALYST', communityId: community.id } },
      community.secretariat.cookie,
    );
    expect(scoped.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'communityId' } });
    const national = await app.gql(
      grant,
      { input: { email: 'n@x.example', name: 'N', role: 'NATIONAL_ANALYST' } },
      community.secretariat.cookie,
    );
    expect(national.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, signIn, signInAs, TEST_PASSWORD } from '../../../test/factories.js';
import { linkToken, mailTo, waitForMailTo } from '../../../test/mailbox.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ trustProxy: true, mail: true });
});
afterAll(() => app.close());
// A test that failed while holding the password checks must not hold the next test's.
afterEach(() => app.passwordChecks.open());

/**
 * Generous limits for tests that send hundreds of requests or wait for mail: on a busy machine they
 * take long, and the limit is only there so a test that can never finish does end.
 */
const slow = { timeout: 240_000 };

const me = `{ me { id email name roles { role communityId regionalCouncilId } } }`;
const signInMutation = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }`;
const changePasswordMutation = `mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`;
const passwordLinkQuery = `query($token: String!) { passwordLink(token: $token) { purpose email name } }`;
const setPasswordMutation = `mutation($token: String!, $password: String!) { setPasswordWithLink(token: $token, newPassword: $password) { email } }`;
const requestResetMutation = `mutation($email: String!) { requestPasswordReset(email: $email) }`;

/** A client address of the test's own (IPv6 documentation range), so throttling one address leaves the other tests alone. */
const ownAddress = () => `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}::1`;

function outcomeOf(response: GraphQLResponse): string {
  return response.errors?.[0]?.extensions?.reason ?? (response.data ? 'ok' : 'no reason');
}

function tally(outcomes: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
  return counts;
}

/**
 * Sends 199 wrong guesses at once while every password check is held, waits until each is either
 * held at a check or answered, then sends the right one the same way, and only then lets the checks
 * run: the right guess comes after every wrong one got as far as it ever will.
 */
async function guessAtOnce(send: (password: string) => Promise<GraphQLResponse>, rightPassword: string) {
  const checksBefore = app.passwordChecks.count;
  const release = app.passwordChecks.hold();
  try {
    let answered = 0;
    const count = <T>(promise: Promise<T>) => promise.finally(() => (answered += 1));
    const wrong = Array.from({ length: 199 }, (_, index) => count(send(`wrong guess ${index}`)));
    await expect.poll(() => answered + app.passwordChecks.held, { timeout: 100_000 }).toBe(199);
    const right = count(send(rightPassword));
    await expect.poll(() => answered + app.passwordChecks.held, { timeout: 100_000 }).toBe(200);
    release();
    return { wrong: await Promise.all(wrong), right: await right, checks: app.passwordChecks.count - checksBefore };
  } finally {
    release();
  }
}

describe('sign-in and sessions', slow, () => {
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

  it('checks no more passwords for 200 guesses sent at once than for guesses one by one, and refuses the right one among them', async () => {
    const target = await signInAs(app, { role: 'NATIONAL_ANALYST' });
    const from = ownAddress();
    const { wrong, right, checks } = await guessAtOnce(
      (password) => app.gql(signInMutation, { email: target.email, password }, undefined, { from }),
      TEST_PASSWORD,
    );
    expect(checks).toBe(10);
    expect(tally(wrong.map(outcomeOf))).toEqual({ WRONG_CREDENTIALS: 10, SIGN_IN_THROTTLED: 189 });
    expect(right.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_THROTTLED' });
    expect(right.errors?.[0]?.extensions?.params?.retryAfterSeconds).toBeGreaterThan(0);
    expect(right.setCookie).toBeNull();
  });

  it('counts guesses per address too: an address that tries many accounts is refused before the check', async () => {
    const from = ownAddress();
    const [untouched, ...accounts] = await Promise.all(Array.from({ length: 7 }, () => signInAs(app, { role: 'NATIONAL_ANALYST' })));
    const checksBefore = app.passwordChecks.count;
    const answers = await Promise.all(
      accounts.flatMap((account) =>
        Array.from({ length: 10 }, (_, index) =>
          app.gql(signInMutation, { email: account.email, password: `wrong ${index}` }, undefined, { from }),
        ),
      ),
    );
    expect(app.passwordChecks.count - checksBefore).toBe(50);
    expect(tally(answers.map(outcomeOf))).toEqual({ WRONG_CREDENTIALS: 50, SIGN_IN_THROTTLED: 10 });
    // An account nobody guessed at, with its right password, from the same address.
    const stillRefused = await app.gql(signInMutation, { email: untouched?.email, password: TEST_PASSWORD }, undefined, { from });
    expect(outcomeOf(stillRefused)).toBe('SIGN_IN_THROTTLED');
  });

  it('checks the current password of changePassword no more often under 200 guesses at once, and ends no session', async () => {
    const victim = await signInAs(app, { role: 'NATIONAL_ANALYST' });
    const [before] = await app.sql<{ password_hash: string }>('SELECT password_hash FROM app_user WHERE id = $1', [victim.userId]);
    const from = ownAddress();
    const { wrong, right, checks } = await guessAtOnce(
      (current) => app.gql(changePasswordMutation, { current, next: 'the thief chose this one' }, victim.cookie, { from }),
      TEST_PASSWORD,
    );
    expect(checks).toBe(10);
    expect(tally(wrong.map(outcomeOf))).toEqual({ WRONG_PASSWORD: 10, PASSWORD_CHECK_THROTTLED: 189 });
    expect(right.errors?.[0]?.extensions).toMatchObject({ reason: 'PASSWORD_CHECK_THROTTLED' });
    expect(right.errors?.[0]?.extensions?.params?.retryAfterSeconds).toBeGreaterThan(0);
    const [after] = await app.sql<{ password_hash: string }>('SELECT password_hash FROM app_user WHERE id = $1', [victim.userId]);
    expect(after?.password_hash).toBe(before?.password_hash);
  });

  it("ends the person's other sessions when the password changes, and keeps the one that changed it", async () => {
    const first = await signInAs(app, { role: 'NATIONAL_ANALYST' });
    const second = await signIn(app, first.email, TEST_PASSWORD);
    expect((await app.gql(changePasswordMutation, { current: TEST_PASSWORD, next: 'a new and long password' }, first.cookie)).data).toEqual(
      {
        changePassword: true,
      },
    );
    expect((await app.gql<{ me: { email: string } | null }>(me, undefined, first.cookie)).data?.me?.email).toBe(first.email);
    expect((await app.gql(me, undefined, second.cookie)).data).toEqual({ me: null });
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

describe('users and roles', slow, () => {
  it('lets the secretariat give a new person a role: the person gets an invitation and sets their own password', async () => {
    const community = await buildCommunity(app, { municipalities: 0 });
    const local = `ny.bruker.${randomUUID().slice(0, 8)}`;
    const granted = await must<{ grantRole: { id: string; email: string | null; roles: { role: string }[]; hasPassword: boolean } }>(
      app,
      `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id email roles { role } hasPassword } }`,
      { input: { email: `${local.toUpperCase()}@Kommune.example`, name: 'Ny Bruker', role: 'SSU_MEMBER', communityId: community.id } },
      community.secretariat,
    );
    const email = `${local}@kommune.example`;
    expect(granted.grantRole).toMatchObject({ email, roles: [{ role: 'SSU_MEMBER' }], hasPassword: false });

    const [invitation] = await waitForMailTo(email);
    expect(invitation?.subject).toBe('Invitasjon til Helsefellesskap / Invitation to Helsefellesskap');
    expect(invitation?.text).toContain(community.name);
    expect(invitation?.text).toContain(`${app.url}/set-password#token=`);
    const token = linkToken(invitation!);
    expect((await app.gql(passwordLinkQuery, { token })).data).toEqual({
      passwordLink: { purpose: 'INVITATION', email, name: 'Ny Bruker' },
    });

    const accepted = await app.gql<{ setPasswordWithLink: { email: string } }>(setPasswordMutation, {
      token,
      password: 'my very own password',
    });
    expect(accepted.data?.setPasswordWithLink.email).toBe(email);
    const cookie = accepted.setCookie?.match(/hf_session=[^;]+/)?.[0];
    expect((await app.gql<{ me: { email: string } }>(me, undefined, cookie)).data?.me.email).toBe(email);
    await expect(signIn(app, email, 'my very own password')).resolves.toHaveProperty('cookie');
    // Spent: the link works once.
    expect(outcomeOf(await app.gql(setPasswordMutation, { token, password: 'someone else again' }))).toBe('PASSWORD_LINK_INVALID');
    expect((await app.gql(passwordLinkQuery, { token })).data).toEqual({ passwordLink: null });

    const users = `query($id: ID!) { users(communityId: $id) { name email roles { role } } }`;
    const asSecretariat = await must<{ users: { name: string; email: string | null }[] }>(
      app,
      users,
      { id: community.id },
      community.secretariat,
    );
    expect(asSecretariat.users.find((user) => user.name === 'Ny Bruker')?.email).toBe(email);
    const platform = await signInAs(app, { role: 'PLATFORM_ADMIN' });
    const asPlatform = await must<{ users: { name: string; email: string | null }[] }>(app, users, { id: community.id }, platform);
    expect(asPlatform.users.find((user) => user.name === 'Ny Bruker')?.email).toBeNull();
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

  it('gives a secretariat no way to choose the password of an account that another community may later trust', async () => {
    const first = await buildCommunity(app, { municipalities: 0 });
    const second = await buildCommunity(app, { municipalities: 0 });
    const email = `ny-${randomUUID()}@kommune.example`;
    const chosen = 'a password the first secretariat chose';
    const grant = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id hasPassword } }`;
    // The attack: create the account with a password of one's own, wait for another community to trust it.
    const withPassword = await app.gql(
      grant,
      { input: { email, name: 'Ny Person', role: 'ANALYST', communityId: first.id, initialPassword: chosen } },
      first.secretariat.cookie,
    );
    expect(withPassword.data ?? null).toBeNull();
    expect(withPassword.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const created = await must<{ grantRole: { hasPassword: boolean } }>(
      app,
      grant,
      { input: { email, name: 'Ny Person', role: 'ANALYST', communityId: first.id } },
      first.secretariat,
    );
    expect(created.grantRole.hasPassword).toBe(false);
    await must(app, grant, { input: { email, name: 'Ny Person', role: 'SECRETARIAT', communityId: second.id } }, second.secretariat);
    expect(outcomeOf(await app.gql(signInMutation, { email, password: chosen }, undefined, { from: ownAddress() }))).toBe(
      'WRONG_CREDENTIALS',
    );
    const [account] = await app.sql<{ password_hash: string | null }>('SELECT password_hash FROM app_user WHERE email = $1', [email]);
    expect(account?.password_hash).toBeNull();
  });

  it('keeps the credentials and sessions of an existing account untouched when it is given another role', async () => {
    const community = await buildCommunity(app, { municipalities: 0 });
    const person = await signInAs(app, { role: 'NATIONAL_ANALYST' });
    const [before] = await app.sql<{ password_hash: string }>('SELECT password_hash FROM app_user WHERE id = $1', [person.userId]);
    await must(
      app,
      `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`,
      { input: { email: person.email, name: 'Someone Else', role: 'ANALYST', communityId: community.id } },
      community.secretariat,
    );
    const [after] = await app.sql<{ password_hash: string; name: string }>('SELECT password_hash, name FROM app_user WHERE id = $1', [
      person.userId,
    ]);
    expect(after).toEqual({ password_hash: before?.password_hash, name: 'Test NATIONAL_ANALYST' });
    expect((await app.gql<{ me: { email: string } }>(me, undefined, person.cookie)).data?.me.email).toBe(person.email);
  });

  it('does not let a platform administrator give community roles to itself', async () => {
    const community = await buildCommunity(app, { municipalities: 0 });
    const platform = await signInAs(app, { role: 'PLATFORM_ADMIN' });
    const self = await app.gql(
      `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`,
      { input: { email: platform.email, name: 'Plattform', role: 'SECRETARIAT', communityId: community.id } },
      platform.cookie,
    );
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SELF_GRANT' });
    expect(await app.sql('SELECT role FROM role_assignment WHERE user_id = $1', [platform.userId])).toEqual([{ role: 'PLATFORM_ADMIN' }]);
  });

  it('keeps one secretariat when every secretariat role of a community is revoked at once', async () => {
    const community = await buildCommunity(app, { municipalities: 0 });
    for (let index = 0; index < 4; index += 1) await signInAs(app, { role: 'SECRETARIAT', communityId: community.id });
    const roles = await app.sql<{ id: string }>(`SELECT id FROM role_assignment WHERE community_id = $1 AND role = 'SECRETARIAT'`, [
      community.id,
    ]);
    expect(roles).toHaveLength(5);
    const platform = await signInAs(app, { role: 'PLATFORM_ADMIN' });
    const answers = await Promise.all(
      roles.map((role) => app.gql(`mutation($id: ID!) { revokeRole(roleGrantId: $id) { id } }`, { id: role.id }, platform.cookie)),
    );
    expect(tally(answers.map(outcomeOf))).toEqual({ ok: 4, LAST_SECRETARIAT: 1 });
    expect(answers.find((answer) => answer.errors)?.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(
      await app.sql(`SELECT count(*)::int AS count FROM role_assignment WHERE community_id = $1 AND role = 'SECRETARIAT'`, [community.id]),
    ).toEqual([{ count: 1 }]);
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

describe('forgotten passwords', slow, () => {
  it('sends a link to set a new password, which ends every session and the old password', async () => {
    const person = await signInAs(app, { role: 'NATIONAL_ANALYST' });
    const from = ownAddress();
    expect((await app.gql(requestResetMutation, { email: ` ${person.email.toUpperCase()} ` }, undefined, { from })).data).toEqual({
      requestPasswordReset: true,
    });
    const [mail] = await waitForMailTo(person.email);
    expect(mail?.subject).toBe('Nytt passord til Helsefellesskap / New password for Helsefellesskap');
    const token = linkToken(mail!);
    expect((await app.gql(passwordLinkQuery, { token })).data).toMatchObject({
      passwordLink: { purpose: 'PASSWORD_RESET', email: person.email },
    });
    // The password did not change by asking: the person can still sign in with it.
    expect((await app.gql<{ me: { email: string } }>(me, undefined, person.cookie)).data?.me.email).toBe(person.email);

    const short = await app.gql(setPasswordMutation, { token, password: 'short' });
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
      reason: 'TOO_SHORT',
      params: { min: 10 },
    });
    expect((await app.gql(setPasswordMutation, { token, password: 'a brand new password' })).data).toEqual({
      setPasswordWithLink: { email: person.email },
    });
    expect((await app.gql(me, undefined, person.cookie)).data).toEqual({ me: null });
    expect(outcomeOf(await app.gql(signInMutation, { email: person.email, password: TEST_PASSWORD }, undefined, { from }))).toBe(
      'WRONG_CREDENTIALS',
    );
    await expect(signIn(app, person.email, 'a brand new password')).resolves.toHaveProperty('cookie');
  });

  it('answers the same for an address without an account, and tells only the address itself', async () => {
    const nobody = `nobody-${randomUUID()}@kommune.example`;
    expect((await app.gql(requestResetMutation, { email: nobody }, undefined, { from: ownAddress() })).data).toEqual({
      requestPasswordReset: true,
    });
    const [mail] = await waitForMailTo(nobody);
    expect(mail?.text).toContain('har ingen konto hos oss');
    expect(mail?.text).not.toContain('set-password');
    expect(await app.sql('SELECT 1 FROM app_user WHERE email = $1', [nobody])).toEqual([]);
  });

  it('uses a link once even when it is used many times at once', async () => {
    const person = await signInAs(app, { role: 'NATIONAL_ANALYST' });
    await must(app, requestResetMutation, { email: person.email });
    const token = linkToken((await waitForMailTo(person.email))[0]!);
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, index) => app.gql(setPasswordMutation, { token, password: `parallel password ${index}` })),
    );
    expect(tally(answers.map(outcomeOf))).toEqual({ ok: 1, PASSWORD_LINK_INVALID: 4 });
  });

  it('refuses an expired link', async () => {
    const person = await signInAs(app, { role: 'NATIONAL_ANALYST' });
    await must(app, requestResetMutation, { email: person.email });
    const token = linkToken((await waitForMailTo(person.email))[0]!);
    await app.sql(
      `UPDATE password_link SET created_at = now() - interval '2 hours', expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [person.userId],
    );
    expect((await app.gql(passwordLinkQuery, { token })).data).toEqual({ passwordLink: null });
    const refused = await app.gql(setPasswordMutation, { token, password: 'too late for this one' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', reason: 'PASSWORD_LINK_INVALID' });
  });

  it('limits requests from one address, and mails to one address, without telling which addresses have accounts', async () => {
    const from = ownAddress();
    const person = await signInAs(app, { role: 'NATIONAL_ANALYST' });
    const answers = [];
    for (let index = 0; index < 21; index += 1)
      answers.push(await app.gql(requestResetMutation, { email: person.email }, undefined, { from }));
    expect(tally(answers.map(outcomeOf))).toEqual({ ok: 20, PASSWORD_RESET_THROTTLED: 1 });
    expect(answers.at(-1)?.errors?.[0]?.extensions?.params?.retryAfterSeconds).toBeGreaterThan(0);
    // Twenty requests, but only three mails: a mailbox cannot be flooded.
    await waitForMailTo(person.email, 3);
    const sentinel = `sentinel-${randomUUID()}@kommune.example`;
    await must(app, requestResetMutation, { email: sentinel });
    await waitForMailTo(sentinel);
    expect(await mailTo(person.email)).toHaveLength(3);
    const notAnAddress = await app.gql(requestResetMutation, { email: 'not an address' }, undefined, { from: ownAddress() });
    expect(notAnAddress.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email', reason: 'NOT_AN_EMAIL' });
  });
});

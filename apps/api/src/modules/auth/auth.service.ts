import { setTimeout as sleep } from 'node:timers/promises';
import { AppError, badUserInput, signInRequired } from '../../common/errors.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import { PUBLIC_CALLER, type Caller } from './caller.js';
import { dummyPasswordHash, hashPassword, verifyPassword, type PasswordVerifier } from './password.js';
import type { PasswordAttempts } from './password-attempts.js';
import { checkNewPassword } from './password-rules.js';
import { hashSessionToken, newSessionToken } from './session-token.js';
import type { UserEntity } from './user.entity.js';

export interface AuthSettings {
  sessionTtlMs: number;
  /** The first delay once failed sign-ins pile up; doubles with each further failure. */
  throttleBaseDelayMs: number;
  /** Checks a password against its hash; only tests replace it, to count and hold checks. */
  verifyPassword?: PasswordVerifier;
}

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

export interface NewSession {
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

export class AuthService {
  private readonly verifyPassword: PasswordVerifier;

  constructor(
    private readonly repositories: Repositories,
    private readonly inTransaction: InTransaction,
    private readonly attempts: PasswordAttempts,
    private readonly settings: AuthSettings,
  ) {
    this.verifyPassword = settings.verifyPassword ?? verifyPassword;
  }

  /** The attempt is counted (per account and per address) before the password is checked. */
  async signIn(email: string, password: string, client: ClientInfo): Promise<NewSession> {
    const normalizedEmail = email.trim().toLowerCase();
    const attempt = await this.attempts.reserve(normalizedEmail, client.ip);
    if (attempt.kind === 'refuse') {
      throw new AppError(
        'UNAUTHENTICATED',
        'SIGN_IN_THROTTLED',
        { retryAfterSeconds: attempt.retryAfterSeconds },
        `Too many failed sign-ins. Try again in ${Math.ceil(attempt.retryAfterSeconds / 60)} minutes.`,
      );
    }
    if (attempt.delayMs > 0) await sleep(attempt.delayMs);

    const user = await this.repositories.users.findByEmail(normalizedEmail);
    const matches = await this.verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !user.passwordHash || !matches) {
      throw new AppError('UNAUTHENTICATED', 'WRONG_CREDENTIALS', {}, 'Wrong e-mail or password.');
    }
    await attempt.succeeded();
    return this.startSession(user, client);
  }

  /**
   * After the identity provider vouched for `subject`: the account linked to it, or else the account
   * with the e-mail address, linked now, but only when the provider asserts the address as verified.
   */
  async signInWithOidc(
    issuer: string,
    subject: string,
    claim: { email: string | null; emailVerified: boolean },
    client: ClientInfo,
  ): Promise<NewSession> {
    const linked = await this.repositories.users.findByOidcSubject(issuer, subject);
    if (linked) return this.startSession(linked, client);
    const noAccount = () =>
      new AppError('FORBIDDEN', 'NO_ACCOUNT_FOR_IDENTITY', {}, 'No account for this identity. Ask your secretariat to give you access.');
    if (!claim.email || !claim.emailVerified) throw noAccount();
    const email = claim.email.trim().toLowerCase();
    const user = await this.inTransaction(async (repositories) => {
      const byEmail = await repositories.users.findByEmail(email);
      // One UPDATE that only links an account not yet linked: two callbacks at once cannot both link it.
      const updated = byEmail && (await repositories.users.linkIdentity(byEmail.id, issuer, subject));
      if (!byEmail || !updated) throw noAccount();
      await repositories.audit.record(await this.callerOf(byEmail), {
        action: 'UPDATE',
        entityType: 'User',
        entityId: byEmail.id,
        communityId: null,
        after: { id: byEmail.id, identityProviderLinked: { issuer, subject } },
      });
      return updated;
    });
    return this.startSession(user, client);
  }

  async signOut(token: string | undefined): Promise<void> {
    if (token) await this.repositories.sessions.delete(hashSessionToken(token));
  }

  /** The caller behind a session cookie; the public when there is none or it has expired. */
  async callerFromToken(token: string | undefined): Promise<Caller> {
    if (!token) return PUBLIC_CALLER;
    const tokenHash = hashSessionToken(token);
    const session = await this.repositories.sessions.readCaller(tokenHash);
    if (!session) return PUBLIC_CALLER;
    if (session.expiresAt.getTime() <= Date.now()) {
      await this.repositories.sessions.delete(tokenHash);
      return PUBLIC_CALLER;
    }
    if (!session.user) return PUBLIC_CALLER;
    return { kind: 'user', userId: session.user.id, email: session.user.email, name: session.user.name, grants: session.grants };
  }

  async callerOf(user: UserEntity): Promise<Caller> {
    const roles = await this.repositories.users.findRolesOfUsers([user.id]);
    return {
      kind: 'user',
      userId: user.id,
      email: user.email,
      name: user.name,
      grants: roles.map(({ role, communityId, regionalCouncilId, partnerId }) => ({ role, communityId, regionalCouncilId, partnerId })),
    };
  }

  /**
   * The current password is counted like a sign-in (same account and address) before it is checked.
   * A new password ends every other session of the person; the one that changed it stays.
   */
  async changePassword(
    caller: Caller,
    currentPassword: string,
    newPassword: string,
    client: ClientInfo,
    currentSessionToken: string | undefined,
  ): Promise<void> {
    if (caller.kind === 'public') throw signInRequired();
    checkNewPassword(newPassword);
    const user = await this.repositories.users.findById(caller.userId);
    if (!user) throw signInRequired();
    const attempt = await this.attempts.reserve(user.email, client.ip);
    if (attempt.kind === 'refuse') {
      throw badUserInput(
        'currentPassword',
        'PASSWORD_CHECK_THROTTLED',
        { retryAfterSeconds: attempt.retryAfterSeconds },
        `too many wrong passwords; try again in ${Math.ceil(attempt.retryAfterSeconds / 60)} minutes`,
      );
    }
    if (attempt.delayMs > 0) await sleep(attempt.delayMs);
    if (!user.passwordHash || !(await this.verifyPassword(user.passwordHash, currentPassword))) {
      throw badUserInput('currentPassword', 'WRONG_PASSWORD', {}, 'is not your current password');
    }
    await attempt.succeeded();
    const passwordHash = await hashPassword(newPassword);
    await this.inTransaction(async (repositories) => {
      await repositories.users.setPasswordHash(user.id, passwordHash);
      await repositories.sessions.deleteAllOf(user.id, currentSessionToken ? hashSessionToken(currentSessionToken) : undefined);
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'User',
        entityId: user.id,
        communityId: null,
        after: { id: user.id, passwordChanged: true },
      });
    });
  }

  async assertNoDemoAccounts(): Promise<void> {
    const count = await this.repositories.users.countDemoUsers();
    if (count > 0) {
      throw new AppError(
        'CONFLICT',
        'DEMO_ACCOUNTS_PRESENT',
        { count },
        `Refusing to run in production with ${count} demo account(s) in the database: remove them (users with is_demo = true).`,
      );
    }
  }

  async startSession(user: UserEntity, client: ClientInfo): Promise<NewSession> {
    const { token, tokenHash } = newSessionToken();
    const expiresAt = new Date(Date.now() + this.settings.sessionTtlMs);
    await this.repositories.sessions.deleteExpired(new Date());
    await this.repositories.sessions.create({
      tokenHash,
      userId: user.id,
      expiresAt,
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    return { token, expiresAt, user };
  }
}

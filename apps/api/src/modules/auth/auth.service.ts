import { setTimeout as sleep } from 'node:timers/promises';
import { AppError, badUserInput } from '../../common/errors.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import { PUBLIC_CALLER, type Caller } from './caller.js';
import { dummyPasswordHash, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password.js';
import { hashSessionToken, newSessionToken } from './session-token.js';
import { decideThrottle, THROTTLE_WINDOW_MS } from './throttle.js';
import type { UserEntity } from './user.entity.js';

export interface AuthSettings {
  sessionTtlMs: number;
  /** The first delay once failed sign-ins pile up; doubles with each further failure. */
  throttleBaseDelayMs: number;
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

const WRONG_CREDENTIALS = 'Wrong e-mail or password.';

export class AuthService {
  constructor(
    private readonly repositories: Repositories,
    private readonly inTransaction: InTransaction,
    private readonly settings: AuthSettings,
  ) {}

  async signIn(email: string, password: string, client: ClientInfo): Promise<NewSession> {
    const normalizedEmail = email.trim().toLowerCase();
    const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
    const decision = decideThrottle(
      await this.repositories.users.countSignInFailures(normalizedEmail, client.ip, since),
      this.settings.throttleBaseDelayMs,
    );
    if (decision.kind === 'refuse') {
      throw new AppError(
        'UNAUTHENTICATED',
        `Too many failed sign-ins. Try again in ${Math.ceil(decision.retryAfterSeconds / 60)} minutes.`,
      );
    }
    if (decision.delayMs > 0) await sleep(decision.delayMs);

    const user = await this.repositories.users.findByEmail(normalizedEmail);
    const matches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !user.passwordHash || !matches) {
      await this.repositories.users.recordSignInFailure(normalizedEmail, client.ip);
      throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    return this.startSession(user, client);
  }

  /** After the identity provider vouched for `subject` (and maybe the e-mail): only users the secretariat registered get in. */
  async signInWithOidc(issuer: string, subject: string, email: string | null, client: ClientInfo): Promise<NewSession> {
    const linked = await this.repositories.users.findByOidcSubject(issuer, subject);
    if (linked) return this.startSession(linked, client);
    const byEmail = email ? await this.repositories.users.findByEmail(email) : null;
    if (!byEmail || (byEmail.oidcSubject && byEmail.oidcIssuer)) {
      throw new AppError('FORBIDDEN', 'No account for this identity. Ask your secretariat to give you access.');
    }
    byEmail.oidcIssuer = issuer;
    byEmail.oidcSubject = subject;
    return this.startSession(await this.repositories.users.save(byEmail), client);
  }

  async signOut(token: string | undefined): Promise<void> {
    if (token) await this.repositories.sessions.delete(hashSessionToken(token));
  }

  /** The caller behind a session cookie; the public when there is none or it has expired. */
  async callerFromToken(token: string | undefined): Promise<Caller> {
    if (!token) return PUBLIC_CALLER;
    const session = await this.repositories.sessions.findByTokenHash(hashSessionToken(token));
    if (!session) return PUBLIC_CALLER;
    if (session.expiresAt.getTime() <= Date.now()) {
      await this.repositories.sessions.delete(session.tokenHash);
      return PUBLIC_CALLER;
    }
    const user = await this.repositories.users.findById(session.userId);
    if (!user) return PUBLIC_CALLER;
    return this.callerOf(user);
  }

  async callerOf(user: UserEntity): Promise<Caller> {
    const roles = await this.repositories.users.findRolesOfUsers([user.id]);
    return {
      kind: 'user',
      userId: user.id,
      email: user.email,
      name: user.name,
      grants: roles.map(({ role, communityId, regionalCouncilId }) => ({ role, communityId, regionalCouncilId })),
    };
  }

  changePassword(caller: Caller, currentPassword: string, newPassword: string): Promise<void> {
    if (caller.kind === 'public') throw new AppError('UNAUTHENTICATED', 'Sign in to do this.');
    if (newPassword.length < MIN_PASSWORD_LENGTH) throw badUserInput('newPassword', `must be at least ${MIN_PASSWORD_LENGTH} characters`);
    return this.inTransaction(async (repositories) => {
      const user = await repositories.users.findById(caller.userId);
      if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
        throw badUserInput('currentPassword', 'is not your current password');
      }
      user.passwordHash = await hashPassword(newPassword);
      await repositories.users.save(user);
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
        `Refusing to run in production with ${count} demo account(s) in the database: remove them (users with is_demo = true).`,
      );
    }
  }

  private async startSession(user: UserEntity, client: ClientInfo): Promise<NewSession> {
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

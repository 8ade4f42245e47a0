import { isEmail } from 'class-validator';
import { AppError, badUserInput } from '../../common/errors.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import { enqueue } from '../mail/outbox.js';
import { invitationMail, noAccountMail, passwordLinkUrl, passwordResetMail } from './account-mail.js';
import type { AuthService, ClientInfo, NewSession } from './auth.service.js';
import type { Caller } from './caller.js';
import { hashPassword } from './password.js';
import { checkNewPassword } from './password-rules.js';
import type { PasswordAttempts } from './password-attempts.js';
import type { PasswordLinkPurpose } from './password-link.entity.js';
import { hashSessionToken as hashToken, newSessionToken as newToken } from './session-token.js';
import type { UserEntity } from './user.entity.js';

export interface PasswordLinkSettings {
  /** Where the links in e-mails point. */
  publicUrl: string;
  invitationTtlMs: number;
  passwordResetTtlMs: number;
}

/** Requests for a password link from one address per window, answered with a refusal beyond. */
const RESET_REQUESTS_PER_ADDRESS = 20;
/** Mails about password links to one address per window; beyond, requests are answered the same but send nothing. */
const RESET_MAILS_PER_RECIPIENT = 3;

export interface PasswordLinkDetails {
  purpose: PasswordLinkPurpose;
  email: string;
  name: string;
}

/**
 * Accounts belong to their person: nobody else ever chooses their password. A new account gets an
 * invitation, a forgotten password a reset link, both sent to the account's address through the
 * outbox and usable once, before they expire.
 */
export class PasswordLinkService {
  constructor(
    private readonly repositories: Repositories,
    private readonly inTransaction: InTransaction,
    private readonly attempts: PasswordAttempts,
    private readonly auth: AuthService,
    private readonly settings: PasswordLinkSettings,
  ) {}

  /**
   * Inside the transaction that gave the person a role: a link to set their password, by e-mail. The
   * caller's audit event says so.
   */
  async invite(repositories: Repositories, inviter: Caller, user: UserEntity, communityName: string | null): Promise<void> {
    const link = await this.createLink(repositories, user, 'INVITATION', this.settings.invitationTtlMs);
    await enqueue(
      repositories,
      invitationMail({
        to: user.email,
        name: user.name,
        link,
        ttlMs: this.settings.invitationTtlMs,
        inviter: inviter.kind === 'user' ? inviter.name : 'Helsefellesskap',
        communityName,
      }),
    );
  }

  /**
   * "Forgot password": the same answer whether or not the address has an account; the e-mail tells
   * the difference, to the owner of the address only.
   */
  async requestReset(email: string, client: ClientInfo): Promise<void> {
    const address = email.trim().toLowerCase();
    if (!isEmail(address) || address.length > 254) throw badUserInput('email', 'NOT_AN_EMAIL', {}, 'must be an e-mail address');
    const fromAddress = await this.attempts.count(`reset-address:${client.ip.slice(0, 100)}`, RESET_REQUESTS_PER_ADDRESS);
    if (fromAddress.kind === 'refuse') {
      throw new AppError(
        'FORBIDDEN',
        'PASSWORD_RESET_THROTTLED',
        { retryAfterSeconds: fromAddress.retryAfterSeconds },
        `Too many requests for password links. Try again in ${Math.ceil(fromAddress.retryAfterSeconds / 60)} minutes.`,
      );
    }
    if ((await this.attempts.count(`reset-recipient:${address}`, RESET_MAILS_PER_RECIPIENT)).kind === 'refuse') return;
    await this.inTransaction(async (repositories) => {
      const user = await repositories.users.findByEmail(address);
      if (!user) {
        await enqueue(repositories, noAccountMail({ to: address }));
        return;
      }
      const ttlMs = this.settings.passwordResetTtlMs;
      const link = await this.createLink(repositories, user, 'PASSWORD_RESET', ttlMs);
      await enqueue(repositories, passwordResetMail({ to: user.email, name: user.name, link, ttlMs }));
      await repositories.audit.record(
        { kind: 'public' },
        {
          action: 'UPDATE',
          entityType: 'User',
          entityId: user.id,
          communityId: null,
          after: { id: user.id, passwordLinkSent: 'PASSWORD_RESET' },
        },
      );
    });
  }

  /** Who a link is for, while it can still be used; null otherwise. */
  async describe(token: string): Promise<PasswordLinkDetails | null> {
    const link = await this.repositories.passwordLinks.findUsable(hashToken(token));
    const user = link ? await this.repositories.users.findById(link.userId) : null;
    return link && user ? { purpose: link.purpose, email: user.email, name: user.name } : null;
  }

  /**
   * Sets the password through a link and signs the person in. Every other link of theirs is spent and
   * every session ended: whoever knew the old password is out.
   */
  async setPassword(token: string, newPassword: string, client: ClientInfo, currentSessionToken: string | undefined): Promise<NewSession> {
    checkNewPassword(newPassword);
    const passwordHash = await hashPassword(newPassword);
    const user = await this.inTransaction(async (repositories) => {
      const link = await repositories.passwordLinks.use(hashToken(token));
      const user = link ? await repositories.users.findById(link.userId) : null;
      if (!link || !user) throw badUserInput('token', 'PASSWORD_LINK_INVALID', {}, 'The link has expired or has already been used.');
      user.passwordHash = passwordHash;
      const saved = await repositories.users.save(user);
      await repositories.passwordLinks.useAllOf(user.id);
      await repositories.sessions.deleteAllOf(user.id);
      await repositories.audit.record(selfCaller(user), {
        action: 'UPDATE',
        entityType: 'User',
        entityId: user.id,
        communityId: null,
        after: { id: user.id, passwordSet: link.purpose },
      });
      return saved;
    });
    await this.auth.signOut(currentSessionToken);
    return this.auth.startSession(user, client);
  }

  private async createLink(repositories: Repositories, user: UserEntity, purpose: PasswordLinkPurpose, ttlMs: number): Promise<string> {
    const { token, tokenHash } = newToken();
    await repositories.passwordLinks.create({ userId: user.id, purpose, tokenHash, ttlMs });
    return passwordLinkUrl(this.settings.publicUrl, token);
  }
}

/** The person acting on their own account, for the audit log. */
function selfCaller(user: UserEntity): Caller {
  return { kind: 'user', userId: user.id, email: user.email, name: user.name, grants: [] };
}

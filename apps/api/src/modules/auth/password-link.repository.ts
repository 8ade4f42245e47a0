import type { EntityManager } from 'typeorm';
import { PasswordLinkEntity, type PasswordLinkPurpose } from './password-link.entity.js';

export class PasswordLinkRepository {
  constructor(private readonly manager: EntityManager) {}

  async create(link: { userId: string; purpose: PasswordLinkPurpose; tokenHash: string; ttlMs: number }): Promise<void> {
    await this.manager.query(
      `INSERT INTO password_link (user_id, purpose, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4::double precision / 1000))`,
      [link.userId, link.purpose, link.tokenHash, link.ttlMs],
    );
  }

  /** The link, while it is unused and has not expired. */
  findUsable(tokenHash: string): Promise<PasswordLinkEntity | null> {
    return this.manager
      .createQueryBuilder(PasswordLinkEntity, 'link')
      .where('link.token_hash = :tokenHash AND link.used_at IS NULL AND link.expires_at > now()', { tokenHash })
      .getOne();
  }

  /** Uses the link in one statement, so of two uses at the same moment only one gets it. */
  async use(tokenHash: string): Promise<{ userId: string; purpose: PasswordLinkPurpose } | null> {
    const [rows] = await this.manager.query<[{ user_id: string; purpose: PasswordLinkPurpose }[], number]>(
      `UPDATE password_link SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
       RETURNING user_id, purpose`,
      [tokenHash],
    );
    const [row] = rows;
    return row ? { userId: row.user_id, purpose: row.purpose } : null;
  }

  /** Once a password is set, the person's other links are spent too. */
  async useAllOf(userId: string): Promise<void> {
    await this.manager.query(`UPDATE password_link SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }
}

import { LessThan, Not, type EntityManager } from 'typeorm';
import { selectRows } from '../../database/rows.js';
import type { RoleGrant } from './permissions.js';
import { SessionEntity } from './user.entity.js';

/** A session with its user (null when the account is gone) and the user's role grants. */
export interface SessionCallerRow {
  expiresAt: Date;
  user: { id: string; email: string; name: string } | null;
  grants: RoleGrant[];
}

export class SessionRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Who a session is, in one statement: every request asks this first. */
  readCaller(tokenHash: string): Promise<SessionCallerRow | null> {
    return selectRows<SessionCallerRow>(
      this.manager,
      `SELECT s.expires_at AS "expiresAt",
         CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'email', u.email, 'name', u.name) END AS user,
         COALESCE(json_agg(json_build_object('role', r.role, 'communityId', r.community_id, 'regionalCouncilId', r.regional_council_id,
           'partnerId', r.partner_id)
           ORDER BY r.created_at, r.id) FILTER (WHERE r.id IS NOT NULL), '[]') AS grants
       FROM user_session s LEFT JOIN app_user u ON u.id = s.user_id LEFT JOIN role_assignment r ON r.user_id = u.id
       WHERE s.token_hash = $1 GROUP BY s.token_hash, u.id`,
      [tokenHash],
    ).then((rows) => rows[0] ?? null);
  }

  async create(session: Pick<SessionEntity, 'tokenHash' | 'userId' | 'expiresAt' | 'ip' | 'userAgent'>): Promise<void> {
    await this.manager.insert(SessionEntity, session);
  }

  async delete(tokenHash: string): Promise<void> {
    await this.manager.delete(SessionEntity, { tokenHash });
  }

  /** Ends every session of the user, except the one with `keepTokenHash`. */
  async deleteAllOf(userId: string, keepTokenHash?: string): Promise<void> {
    await this.manager.delete(SessionEntity, keepTokenHash ? { userId, tokenHash: Not(keepTokenHash) } : { userId });
  }

  async deleteExpired(now: Date): Promise<void> {
    await this.manager.delete(SessionEntity, { expiresAt: LessThan(now) });
  }
}

import type { EntityManager } from 'typeorm';
import { selectRows } from '../../database/rows.js';
import type { RoleGrant } from '../auth/permissions.js';
import { ApiTokenEntity } from './api-token.entity.js';

/** A token as its owner lists it: never the secret or its hash. */
export interface ApiTokenRow {
  id: string;
  name: string;
  tokenPrefix: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** What a request with a bearer token acts as: the token's owner with their roles of today. */
export interface ApiTokenCallerRow {
  id: string;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  user: { id: string; email: string; name: string };
  grants: RoleGrant[];
}

const LISTED_COLUMNS = `id, name, token_prefix AS "tokenPrefix", created_at AS "createdAt", expires_at AS "expiresAt",
  last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`;

export class ApiTokenRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The token with its owner and the owner's roles, in one statement. */
  readCaller(tokenHash: string): Promise<ApiTokenCallerRow | null> {
    return selectRows<ApiTokenCallerRow>(
      this.manager,
      `SELECT t.id, t.expires_at AS "expiresAt", t.revoked_at AS "revokedAt", t.last_used_at AS "lastUsedAt",
         json_build_object('id', u.id, 'email', u.email, 'name', u.name) AS user,
         COALESCE(json_agg(json_build_object('role', r.role, 'communityId', r.community_id, 'regionalCouncilId', r.regional_council_id,
           'partnerId', r.partner_id)
           ORDER BY r.created_at, r.id) FILTER (WHERE r.id IS NOT NULL), '[]') AS grants
       FROM api_token t JOIN app_user u ON u.id = t.user_id LEFT JOIN role_assignment r ON r.user_id = u.id
       WHERE t.token_hash = $1 GROUP BY t.id, u.id`,
      [tokenHash],
    ).then((rows) => rows[0] ?? null);
  }

  /** The owner's tokens, newest first. */
  readByUser(userId: string): Promise<ApiTokenRow[]> {
    return selectRows<ApiTokenRow>(
      this.manager,
      `SELECT ${LISTED_COLUMNS} FROM api_token WHERE user_id = $1 ORDER BY created_at DESC, id`,
      [userId],
    );
  }

  /** Locks the owner's row, so two creations at once cannot both pass the limit. */
  async lockOwner(userId: string): Promise<void> {
    await this.manager.query('SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE', [userId]);
  }

  async countUsable(userId: string, now: Date): Promise<number> {
    const [row] = await selectRows<{ count: number }>(
      this.manager,
      'SELECT count(*)::int AS count FROM api_token WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > $2',
      [userId, now],
    );
    return row?.count ?? 0;
  }

  save(entity: ApiTokenEntity): Promise<ApiTokenEntity> {
    return this.manager.save(ApiTokenEntity, entity);
  }

  findOwned(id: string, userId: string): Promise<ApiTokenEntity | null> {
    return this.manager.findOneBy(ApiTokenEntity, { id, userId });
  }

  /** Records a use, at most once per `resolutionMs` (one UPDATE that does nothing in between). */
  async touch(id: string, now: Date, resolutionMs: number): Promise<void> {
    await this.manager.query(
      `UPDATE api_token SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2::timestamptz - make_interval(secs => $3))`,
      [id, now, resolutionMs / 1000],
    );
  }
}

import { AppError, conflict, notFound } from '../../common/errors.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import type { Caller } from '../auth/caller.js';
import { authorizeSignedIn } from '../auth/policy.js';
import { ApiTokenEntity } from './api-token.entity.js';
import type { ApiTokenRow } from './api-token.repository.js';
import { API_TOKENS_PER_USER, bearerOf, hashApiToken, LAST_USED_RESOLUTION_MS, newApiToken } from './api-token.rules.js';

const MILLISECONDS_PER_DAY = 86_400_000;

/** A new token: the secret, shown to its owner this once, and the stored record. */
export interface CreatedApiToken {
  token: string;
  record: ApiTokenRow;
}

/**
 * Personal API tokens (ADR 0026): a person creates one for their scripts, which then read as that person
 * with their roles of the day, never change anything, and lose access when the token is revoked or
 * expires. Tokens live on real time, like sessions: they guard against people, not dates.
 */
export class ApiTokenService {
  constructor(
    private readonly repositories: Repositories,
    private readonly inTransaction: InTransaction,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(caller: Caller): Promise<ApiTokenRow[]> {
    const user = authorizeSignedIn(caller, { writes: false });
    return this.repositories.apiTokens.readByUser(user.userId);
  }

  async create(caller: Caller, name: string, days: number): Promise<CreatedApiToken> {
    const user = authorizeSignedIn(caller, { writes: true });
    const now = this.now();
    return this.inTransaction(async (repositories) => {
      await repositories.apiTokens.lockOwner(user.userId);
      if ((await repositories.apiTokens.countUsable(user.userId, now)) >= API_TOKENS_PER_USER) {
        throw conflict('API_TOKEN_LIMIT', { limit: API_TOKENS_PER_USER }, `At most ${API_TOKENS_PER_USER} usable tokens per person.`);
      }
      const { token, tokenHash, tokenPrefix } = newApiToken();
      const saved = await repositories.apiTokens.save(
        Object.assign(new ApiTokenEntity(), {
          userId: user.userId,
          name: name.trim(),
          tokenHash,
          tokenPrefix,
          createdAt: now,
          expiresAt: new Date(now.getTime() + days * MILLISECONDS_PER_DAY),
          lastUsedAt: null,
          revokedAt: null,
        }),
      );
      await repositories.audit.record(caller, {
        action: 'CREATE',
        entityType: 'ApiToken',
        entityId: saved.id,
        communityId: null,
        after: saved,
      });
      return { token, record: rowOf(saved) };
    });
  }

  /** Revokes one of the caller's own tokens; revoking one already revoked changes nothing. */
  async revoke(caller: Caller, id: string): Promise<ApiTokenRow> {
    const user = authorizeSignedIn(caller, { writes: true });
    return this.inTransaction(async (repositories) => {
      const token = await repositories.apiTokens.findOwned(id, user.userId);
      if (!token) throw notFound('apiToken', id);
      if (token.revokedAt) return rowOf(token);
      const before = { ...token };
      token.revokedAt = this.now();
      const saved = await repositories.apiTokens.save(token);
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'ApiToken',
        entityId: id,
        communityId: null,
        before,
        after: saved,
      });
      return rowOf(saved);
    });
  }

  /**
   * The caller of a request's `Authorization` header: null without one, the token's owner (read-only)
   * with a usable token, and a refusal for anything else, so a script learns at once its token is dead
   * instead of reading as the public.
   */
  async callerFromHeader(header: string | undefined): Promise<Caller | null> {
    const bearer = bearerOf(header);
    if (bearer === null) return null;
    const found = bearer === '' ? null : await this.repositories.apiTokens.readCaller(hashApiToken(bearer));
    const now = this.now();
    if (!found || found.revokedAt || found.expiresAt.getTime() <= now.getTime()) {
      throw new AppError('UNAUTHENTICATED', 'API_TOKEN_INVALID', {}, 'The API token is unknown, revoked or expired.');
    }
    if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
      await this.repositories.apiTokens.touch(found.id, now, LAST_USED_RESOLUTION_MS);
    }
    return {
      kind: 'user',
      userId: found.user.id,
      email: found.user.email,
      name: found.user.name,
      grants: found.grants,
      apiTokenId: found.id,
    };
  }
}

function rowOf(entity: ApiTokenEntity): ApiTokenRow {
  return {
    id: entity.id,
    name: entity.name,
    tokenPrefix: entity.tokenPrefix,
    createdAt: entity.createdAt,
    expiresAt: entity.expiresAt,
    lastUsedAt: entity.lastUsedAt,
    revokedAt: entity.revokedAt,
  };
}

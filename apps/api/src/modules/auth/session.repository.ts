import { LessThan, Not, type EntityManager } from 'typeorm';
import { SessionEntity } from './user.entity.js';

export class SessionRepository {
  constructor(private readonly manager: EntityManager) {}

  findByTokenHash(tokenHash: string): Promise<SessionEntity | null> {
    return this.manager.findOneBy(SessionEntity, { tokenHash });
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

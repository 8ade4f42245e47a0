import { type EntityManager } from 'typeorm';
import type { Caller } from '../auth/caller.js';
import { auditEventOf, type AuditChange } from './audit.js';
import { AuditEventEntity } from './audit-event.entity.js';

export interface AuditQuery {
  communityId: string;
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  from?: Date;
  to?: Date;
  /** Events older than this id (for the next page). */
  beforeId?: string;
  limit: number;
}

export class AuditRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Call inside the transaction of the change, so the change and its record land together. */
  async record(caller: Caller, change: AuditChange): Promise<void> {
    await this.manager.save(AuditEventEntity, Object.assign(new AuditEventEntity(), auditEventOf(caller, change)));
  }

  find(query: AuditQuery): Promise<AuditEventEntity[]> {
    const builder = this.manager
      .createQueryBuilder(AuditEventEntity, 'event')
      .where('event.community_id = :communityId', { communityId: query.communityId })
      .orderBy('event.id', 'DESC')
      .limit(query.limit);
    if (query.entityType) builder.andWhere('event.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) builder.andWhere('event.entity_id = :entityId', { entityId: query.entityId });
    if (query.actorUserId) builder.andWhere('event.actor_user_id = :actorUserId', { actorUserId: query.actorUserId });
    if (query.from) builder.andWhere('event.at >= :from', { from: query.from });
    if (query.to) builder.andWhere('event.at < :to', { to: query.to });
    if (query.beforeId) builder.andWhere('event.id < :beforeId', { beforeId: query.beforeId });
    return builder.getMany();
  }
}

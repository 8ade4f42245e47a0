import { type EntityManager } from 'typeorm';
import type { Caller } from '../auth/caller.js';
import { auditEventOf, type AuditChange } from './audit.js';
import { selectRows } from '../../database/rows.js';
import { AuditEventEntity } from './audit-event.entity.js';
import { recordNameStatement } from './audit-record-names.js';

/** An event as the log shows it (bigint ids arrive as text). */
export type AuditEventRow = Omit<AuditEventEntity, 'communityId'>;

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

  /** The community's events matching the query, newest first: plain rows of the columns shown. */
  find(query: AuditQuery): Promise<AuditEventRow[]> {
    const params: unknown[] = [query.communityId];
    const where = ['community_id = $1'];
    const filters: [string, unknown][] = [
      ['entity_type =', query.entityType],
      ['entity_id =', query.entityId],
      ['actor_user_id =', query.actorUserId],
      ['at >=', query.from],
      ['at <', query.to],
      ['id <', query.beforeId],
    ];
    for (const [condition, value] of filters) {
      if (value === undefined) continue;
      params.push(value);
      where.push(`${condition} $${params.length}`);
    }
    params.push(query.limit);
    return selectRows<AuditEventRow>(
      this.manager,
      `SELECT id, at, actor_user_id AS "actorUserId", actor_email AS "actorEmail", action, entity_type AS "entityType",
         entity_id AS "entityId", before, after
       FROM audit_event WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT $${params.length}`,
      params,
    );
  }

  /** The names of records of one type that the log shows, by id (one statement). */
  async readRecordNames(entityType: string, ids: readonly string[]): Promise<Map<string, string>> {
    const statement = recordNameStatement(entityType, ids);
    if (!statement) return new Map();
    const rows = await selectRows<{ id: string; name: string | null }>(this.manager, statement.sql, [statement.ids]);
    return new Map(rows.flatMap((row) => (row.name === null ? [] : [[row.id, row.name] as const])));
  }
}

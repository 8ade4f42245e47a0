import type { Repositories } from '../../database/repositories.js';
import type { Caller } from '../auth/caller.js';
import { authorize } from '../auth/policy.js';
import type { AuditEventRow, AuditQuery } from './audit.repository.js';

export const MAX_AUDIT_PAGE = 200;

export class AuditService {
  constructor(private readonly repositories: Repositories) {}

  /** The community's audit log, newest first (secretariat). */
  async find(caller: Caller, query: AuditQuery): Promise<{ events: AuditEventRow[]; nextBefore: string | null }> {
    authorize(caller, 'audit:read', query.communityId);
    const events = await this.repositories.audit.find({ ...query, limit: query.limit + 1 });
    const page = events.slice(0, query.limit);
    return { events: page, nextBefore: events.length > query.limit ? (page.at(-1)?.id ?? null) : null };
  }
}

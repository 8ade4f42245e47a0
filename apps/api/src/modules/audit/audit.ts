import type { Caller } from '../auth/caller.js';

export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE';

export interface AuditChange {
  action: AuditAction;
  entityType: string;
  entityId: string;
  communityId: string | null;
  before?: object | null;
  after?: object | null;
}

/**
 * Fields never written to the audit log: secrets, a file's words (an exempt file's words are exempt
 * content, and the log keeps what a file is, not what it says), and bookkeeping that says nothing about the change.
 */
const LEFT_OUT = new Set(['passwordHash', 'tokenHash', 'textContent', 'createdAt', 'updatedAt']);

/** A plain JSON copy of an entity for the log, taken at the moment of the change. */
export function snapshot(entity: object | null | undefined): Record<string, unknown> | null {
  if (!entity) return null;
  return Object.fromEntries(
    Object.entries(entity)
      .filter(([key]) => !LEFT_OUT.has(key))
      .map(([key, value]) => [key, value instanceof Date ? value.toISOString() : (value as unknown)]),
  );
}

export function auditEventOf(caller: Caller, change: AuditChange) {
  return {
    actorUserId: caller.kind === 'user' ? caller.userId : null,
    actorEmail: caller.kind === 'user' ? caller.email : null,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    communityId: change.communityId,
    before: snapshot(change.before),
    after: snapshot(change.after),
  };
}

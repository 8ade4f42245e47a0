import DataLoader from 'dataloader';
import type { Repositories } from '../../database/repositories.js';

/** One audited record, as an audit event names it. */
export interface AuditRecordKey {
  entityType: string;
  entityId: string;
}

/**
 * Names of audited records, batched by type: one statement per record type in a page of events,
 * whatever the number of events. A record that no longer exists is null (the UI shows its id).
 * Only `AuditEvent.entityName` uses it, behind `audit:read` for the events' community.
 */
export function createAuditLoaders(repositories: Repositories) {
  return {
    auditRecordName: new DataLoader<AuditRecordKey, string | null, string>(
      async (keys) => {
        const idsByType = new Map<string, string[]>();
        for (const { entityType, entityId } of keys) idsByType.set(entityType, [...(idsByType.get(entityType) ?? []), entityId]);
        const namesByType = new Map(
          await Promise.all(
            [...idsByType].map(
              async ([entityType, ids]) => [entityType, await repositories.audit.readRecordNames(entityType, ids)] as const,
            ),
          ),
        );
        return keys.map(({ entityType, entityId }) => namesByType.get(entityType)?.get(entityId) ?? null);
      },
      { cacheKeyFn: ({ entityType, entityId }) => `${entityType}:${entityId}` },
    ),
  };
}

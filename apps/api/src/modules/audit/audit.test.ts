import { describe, expect, it } from 'vitest';
import { auditEventOf, snapshot } from './audit.js';

describe('snapshot', () => {
  it('copies an entity for the log, leaving out password hashes and bookkeeping dates', () => {
    expect(snapshot({ id: 'u1', email: 'a@b.no', passwordHash: '$argon2id$…', createdAt: new Date(0), joinedOn: '2022-01-01' })).toEqual({
      id: 'u1',
      email: 'a@b.no',
      joinedOn: '2022-01-01',
    });
  });

  it('records who made the change, or nobody for the public', () => {
    const change = {
      action: 'UPDATE' as const,
      entityType: 'Partner',
      entityId: 'p1',
      communityId: 'c1',
      before: { name: 'A' },
      after: { name: 'B' },
    };
    expect(auditEventOf({ kind: 'user', userId: 'u1', email: 'sekretariat@x.no', name: 'S', grants: [] }, change)).toMatchObject({
      actorUserId: 'u1',
      actorEmail: 'sekretariat@x.no',
      before: { name: 'A' },
      after: { name: 'B' },
    });
    expect(auditEventOf({ kind: 'public' }, change)).toMatchObject({ actorUserId: null, actorEmail: null });
  });
});

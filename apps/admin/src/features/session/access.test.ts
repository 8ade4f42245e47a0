import { describe, expect, it } from 'vitest';

import { canManageUsers, canReadAuditLog } from './access';

const helgeland = 'helgeland';
const lofoten = 'lofoten';

describe('canManageUsers', () => {
  it("lets the community's secretariat and platform administrators in", () => {
    expect(canManageUsers({ roles: [{ role: 'SECRETARIAT', communityId: helgeland }] }, helgeland)).toBe(true);
    expect(canManageUsers({ roles: [{ role: 'PLATFORM_ADMIN', communityId: null }] }, helgeland)).toBe(true);
  });

  it('keeps out the public, other roles and the secretariat of another community', () => {
    expect(canManageUsers(undefined, helgeland)).toBe(false);
    expect(canManageUsers({ roles: [] }, helgeland)).toBe(false);
    expect(canManageUsers({ roles: [{ role: 'SECRETARIAT', communityId: lofoten }] }, helgeland)).toBe(false);
    expect(canManageUsers({ roles: [{ role: 'ANALYST', communityId: helgeland }] }, helgeland)).toBe(false);
    expect(canManageUsers({ roles: [{ role: 'NATIONAL_ANALYST', communityId: null }] }, helgeland)).toBe(false);
  });
});

describe('canReadAuditLog', () => {
  it("is for the community's secretariat only", () => {
    expect(canReadAuditLog({ roles: [{ role: 'SECRETARIAT', communityId: helgeland }] }, helgeland)).toBe(true);
    expect(canReadAuditLog({ roles: [{ role: 'SECRETARIAT', communityId: lofoten }] }, helgeland)).toBe(false);
    expect(canReadAuditLog({ roles: [{ role: 'PLATFORM_ADMIN', communityId: null }] }, helgeland)).toBe(false);
    expect(canReadAuditLog({ roles: [{ role: 'SSU_MEMBER', communityId: helgeland }] }, helgeland)).toBe(false);
    expect(canReadAuditLog(undefined, helgeland)).toBe(false);
  });
});

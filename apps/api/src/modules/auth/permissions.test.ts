import { describe, expect, it } from 'vitest';
import { actsForRegionalCouncil, grantsPermission, type RoleGrant } from './permissions.js';

const helgeland = 'c-helgeland';
const lofoten = 'c-lofoten';

describe('grantsPermission', () => {
  it("gives the secretariat its own community's administration, not another's", () => {
    const grants: RoleGrant[] = [{ role: 'SECRETARIAT', communityId: helgeland, regionalCouncilId: null }];
    expect(grantsPermission(grants, 'community:administer', helgeland)).toBe(true);
    expect(grantsPermission(grants, 'community:administer', lofoten)).toBe(false);
  });

  it('keeps personal data and the audit log from analysts and SSU members', () => {
    for (const role of ['ANALYST', 'SSU_MEMBER', 'REGIONAL_COUNCIL'] as const) {
      const grants: RoleGrant[] = [{ role, communityId: helgeland, regionalCouncilId: role === 'REGIONAL_COUNCIL' ? 'rc' : null }];
      expect(grantsPermission(grants, 'personal-data:read', helgeland)).toBe(false);
      expect(grantsPermission(grants, 'audit:read', helgeland)).toBe(false);
      expect(grantsPermission(grants, 'community:administer', helgeland)).toBe(false);
    }
  });

  it('lets the national analyst read reports of every community and nothing more', () => {
    const grants: RoleGrant[] = [{ role: 'NATIONAL_ANALYST', communityId: null, regionalCouncilId: null }];
    expect(grantsPermission(grants, 'reports:read', helgeland)).toBe(true);
    expect(grantsPermission(grants, 'reports:read', lofoten)).toBe(true);
    expect(grantsPermission(grants, 'community:read-internal', helgeland)).toBe(false);
  });

  it('binds a regional council user to their own council', () => {
    const grants: RoleGrant[] = [{ role: 'REGIONAL_COUNCIL', communityId: helgeland, regionalCouncilId: 'helgelandsradet' }];
    expect(actsForRegionalCouncil(grants, 'helgelandsradet')).toBe(true);
    expect(actsForRegionalCouncil(grants, 'indre-helgeland')).toBe(false);
  });
});

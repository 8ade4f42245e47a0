import { describe, expect, it } from 'vitest';
import { actsForPartner, actsForRegionalCouncil, grantsPermission, type RoleGrant } from './permissions.js';

const helgeland = 'c-helgeland';
const lofoten = 'c-lofoten';

describe('grantsPermission', () => {
  it("gives the secretariat its own community's administration, not another's", () => {
    const grants: RoleGrant[] = [{ role: 'SECRETARIAT', communityId: helgeland, regionalCouncilId: null, partnerId: null }];
    expect(grantsPermission(grants, 'community:administer', helgeland)).toBe(true);
    expect(grantsPermission(grants, 'community:administer', lofoten)).toBe(false);
  });

  it('keeps personal data and the audit log from analysts and SSU members', () => {
    for (const role of ['ANALYST', 'SSU_MEMBER', 'REGIONAL_COUNCIL'] as const) {
      const grants: RoleGrant[] = [
        { role, communityId: helgeland, regionalCouncilId: role === 'REGIONAL_COUNCIL' ? 'rc' : null, partnerId: null },
      ];
      expect(grantsPermission(grants, 'personal-data:read', helgeland)).toBe(false);
      expect(grantsPermission(grants, 'audit:read', helgeland)).toBe(false);
      expect(grantsPermission(grants, 'community:administer', helgeland)).toBe(false);
    }
  });

  it('lets the national analyst read reports of every community and nothing more', () => {
    const grants: RoleGrant[] = [{ role: 'NATIONAL_ANALYST', communityId: null, regionalCouncilId: null, partnerId: null }];
    expect(grantsPermission(grants, 'reports:read', helgeland)).toBe(true);
    expect(grantsPermission(grants, 'reports:read', lofoten)).toBe(true);
    expect(grantsPermission(grants, 'community:read-internal', helgeland)).toBe(false);
  });

  it('binds a regional council user to their own council', () => {
    const grants: RoleGrant[] = [
      { role: 'REGIONAL_COUNCIL', communityId: helgeland, regionalCouncilId: 'helgelandsradet', partnerId: null },
    ];
    expect(actsForRegionalCouncil(grants, 'helgelandsradet')).toBe(true);
    expect(actsForRegionalCouncil(grants, 'indre-helgeland')).toBe(false);
  });
});

describe('the MUNICIPALITY role', () => {
  const grants: RoleGrant[] = [{ role: 'MUNICIPALITY', communityId: helgeland, regionalCouncilId: null, partnerId: 'rodoy' }];

  it('records follow-up and reads internal papers in its community only, and acts for its own municipality', () => {
    expect(grantsPermission(grants, 'follow-up:record', helgeland)).toBe(true);
    expect(grantsPermission(grants, 'community:read-internal', helgeland)).toBe(true);
    expect(grantsPermission(grants, 'follow-up:record', lofoten)).toBe(false);
    expect(actsForPartner(grants, 'rodoy')).toBe(true);
    expect(actsForPartner(grants, 'rana')).toBe(false);
  });

  it('reads no exempt cases, no personal data and administers nothing', () => {
    for (const permission of ['cases:read-exempt', 'personal-data:read', 'community:administer', 'seats:appoint'] as const) {
      expect(grantsPermission(grants, permission, helgeland)).toBe(false);
    }
  });
});

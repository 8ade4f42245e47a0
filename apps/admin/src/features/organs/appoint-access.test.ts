import { describe, expect, it } from 'vitest';

import { canAppointForCouncil, canReadInternal, councilsActedFor } from './appoint-access';

const helgeland = 'helgeland';
const ihr = 'indre-helgeland';
const hr = 'helgelandsradet';

describe('appointment access', () => {
  it("lets a regional council user appoint to its own council's seats only", () => {
    const user = { roles: [{ role: 'REGIONAL_COUNCIL' as const, communityId: helgeland, regionalCouncilId: ihr }] };
    expect(councilsActedFor(user, helgeland)).toEqual([ihr]);
    expect(canAppointForCouncil(user, helgeland, ihr)).toBe(true);
    expect(canAppointForCouncil(user, helgeland, hr)).toBe(false);
    expect(canAppointForCouncil(user, 'lofoten', ihr)).toBe(false);
  });

  it("lets the community's secretariat appoint for every council, and nobody else", () => {
    const secretariat = { roles: [{ role: 'SECRETARIAT' as const, communityId: helgeland }] };
    expect(canAppointForCouncil(secretariat, helgeland, hr)).toBe(true);
    expect(canAppointForCouncil(secretariat, 'lofoten', hr)).toBe(false);
    expect(canAppointForCouncil({ roles: [{ role: 'ANALYST', communityId: helgeland }] }, helgeland, hr)).toBe(false);
    expect(canAppointForCouncil({ roles: [{ role: 'PLATFORM_ADMIN' }] }, helgeland, hr)).toBe(false);
    expect(canAppointForCouncil(undefined, helgeland, hr)).toBe(false);
  });

  it('shows internal lists to roles in the community', () => {
    expect(canReadInternal({ roles: [{ role: 'ANALYST', communityId: helgeland }] }, helgeland)).toBe(true);
    expect(canReadInternal({ roles: [{ role: 'REGIONAL_COUNCIL', communityId: helgeland, regionalCouncilId: ihr }] }, helgeland)).toBe(
      true,
    );
    expect(canReadInternal({ roles: [{ role: 'NATIONAL_ANALYST' }] }, helgeland)).toBe(false);
    expect(canReadInternal({ roles: [{ role: 'SECRETARIAT', communityId: 'lofoten' }] }, helgeland)).toBe(false);
    expect(canReadInternal(undefined, helgeland)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';

import { councilsActedFor } from './own-councils';

describe('councilsActedFor', () => {
  it('lists the councils a user acts for in the community, and nothing for other roles or communities', () => {
    const user = {
      roles: [
        { role: 'REGIONAL_COUNCIL' as const, communityId: 'helgeland', regionalCouncilId: 'ihr' },
        { role: 'REGIONAL_COUNCIL' as const, communityId: 'lofoten', regionalCouncilId: 'salten' },
        { role: 'SECRETARIAT' as const, communityId: 'helgeland' },
      ],
    };
    expect(councilsActedFor(user, 'helgeland')).toEqual(['ihr']);
    expect(councilsActedFor(undefined, 'helgeland')).toEqual([]);
  });
});

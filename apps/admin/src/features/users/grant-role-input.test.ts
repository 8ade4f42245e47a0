import { describe, expect, it } from 'vitest';

import { buildGrantRoleInput, emptyGrantRoleValues, type GrantRoleValues } from './grant-role-input';

const valid: GrantRoleValues = {
  email: ' Kari.Nordmann@rana.kommune.no ',
  name: ' Kari Nordmann ',
  role: 'SSU_MEMBER',
  regionalCouncilId: '',
  partnerId: '',
};

describe('buildGrantRoleInput', () => {
  it('builds the input for the community, trimmed, without a council', () => {
    expect(buildGrantRoleInput(valid, 'helgeland')).toEqual({
      ok: true,
      input: {
        email: 'Kari.Nordmann@rana.kommune.no',
        name: 'Kari Nordmann',
        role: 'SSU_MEMBER',
        communityId: 'helgeland',
        regionalCouncilId: null,
        partnerId: null,
      },
    });
  });

  it('sends the council only for the regional council role', () => {
    const council = buildGrantRoleInput({ ...valid, role: 'REGIONAL_COUNCIL', regionalCouncilId: 'ihr' }, 'helgeland');
    expect(council.ok && council.input.regionalCouncilId).toBe('ihr');
    const analyst = buildGrantRoleInput({ ...valid, role: 'ANALYST', regionalCouncilId: 'ihr' }, 'helgeland');
    expect(analyst.ok && analyst.input.regionalCouncilId).toBeNull();
  });

  it('sends the municipality only for the municipality role, and asks for it there', () => {
    const municipality = buildGrantRoleInput({ ...valid, role: 'MUNICIPALITY', partnerId: 'rodoy' }, 'helgeland');
    expect(municipality.ok && municipality.input.partnerId).toBe('rodoy');
    const analyst = buildGrantRoleInput({ ...valid, role: 'ANALYST', partnerId: 'rodoy' }, 'helgeland');
    expect(analyst.ok && analyst.input.partnerId).toBeNull();
    expect(buildGrantRoleInput({ ...valid, role: 'MUNICIPALITY' }, 'helgeland')).toEqual({
      ok: false,
      problems: { partnerId: 'partnerRequired' },
    });
  });

  it('reports every missing field', () => {
    expect(buildGrantRoleInput(emptyGrantRoleValues, 'helgeland')).toEqual({
      ok: false,
      problems: { email: 'emailRequired', name: 'nameRequired', role: 'roleRequired' },
    });
    expect(buildGrantRoleInput({ ...valid, role: 'REGIONAL_COUNCIL' }, 'helgeland')).toEqual({
      ok: false,
      problems: { regionalCouncilId: 'councilRequired' },
    });
  });

  it('checks the shape of the e-mail address', () => {
    expect(buildGrantRoleInput({ ...valid, email: 'kari' }, 'helgeland')).toEqual({ ok: false, problems: { email: 'emailInvalid' } });
  });
});

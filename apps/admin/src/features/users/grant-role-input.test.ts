import { describe, expect, it } from 'vitest';

import { buildGrantRoleInput, emptyGrantRoleValues, type GrantRoleValues } from './grant-role-input';

const valid: GrantRoleValues = {
  email: ' Kari.Nordmann@rana.kommune.no ',
  name: ' Kari Nordmann ',
  role: 'SSU_MEMBER',
  regionalCouncilId: '',
  initialPassword: '',
};

describe('buildGrantRoleInput', () => {
  it('builds the input for the community, trimmed, without a password or council', () => {
    expect(buildGrantRoleInput(valid, 'helgeland')).toEqual({
      ok: true,
      input: {
        email: 'Kari.Nordmann@rana.kommune.no',
        name: 'Kari Nordmann',
        role: 'SSU_MEMBER',
        communityId: 'helgeland',
        regionalCouncilId: null,
        initialPassword: null,
      },
    });
  });

  it('sends the council only for the regional council role', () => {
    const council = buildGrantRoleInput({ ...valid, role: 'REGIONAL_COUNCIL', regionalCouncilId: 'ihr' }, 'helgeland');
    expect(council.ok && council.input.regionalCouncilId).toBe('ihr');
    const analyst = buildGrantRoleInput({ ...valid, role: 'ANALYST', regionalCouncilId: 'ihr' }, 'helgeland');
    expect(analyst.ok && analyst.input.regionalCouncilId).toBeNull();
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

  it('checks the shape of the e-mail address and the length of a first password', () => {
    expect(buildGrantRoleInput({ ...valid, email: 'kari' }, 'helgeland')).toEqual({ ok: false, problems: { email: 'emailInvalid' } });
    expect(buildGrantRoleInput({ ...valid, initialPassword: 'kort' }, 'helgeland')).toEqual({
      ok: false,
      problems: { initialPassword: 'passwordTooShort' },
    });
    const withPassword = buildGrantRoleInput({ ...valid, initialPassword: 'lang-nok-passord' }, 'helgeland');
    expect(withPassword.ok && withPassword.input.initialPassword).toBe('lang-nok-passord');
  });
});

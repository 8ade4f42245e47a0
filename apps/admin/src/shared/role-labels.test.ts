import { describe, expect, it } from 'vitest';

import { createI18n } from '../app/i18n';
import { type CommunityNames, roleLabel, sortRoles } from './role-labels';

const communities: CommunityNames[] = [
  {
    id: 'helgeland',
    shortName: 'Helgeland',
    regionalCouncils: [
      { id: 'hr', name: 'Helgelandsrådet' },
      { id: 'ihr', name: 'Indre Helgeland Regionråd' },
    ],
  },
  { id: 'lovesa', shortName: 'Lofoten, Vesterålen, Salten', regionalCouncils: [] },
];

describe('roleLabel', () => {
  const nb = createI18n(undefined);

  it('names a community role with the community', () => {
    expect(roleLabel({ role: 'SECRETARIAT', communityId: 'helgeland' }, nb.t, communities)).toBe('Sekretariat – Helgeland');
    expect(roleLabel({ role: 'SSU_MEMBER', communityId: 'lovesa' }, nb.t, communities)).toBe('SSU-medlem – Lofoten, Vesterålen, Salten');
    expect(roleLabel({ role: 'ANALYST', communityId: 'helgeland' }, nb.t, communities)).toBe('Analytiker – Helgeland');
  });

  it('names a regional council role with its council', () => {
    expect(roleLabel({ role: 'REGIONAL_COUNCIL', communityId: 'helgeland', regionalCouncilId: 'ihr' }, nb.t, communities)).toBe(
      'Regionråd – Indre Helgeland Regionråd',
    );
  });

  it('names national roles alone', () => {
    expect(roleLabel({ role: 'NATIONAL_ANALYST', communityId: null }, nb.t, communities)).toBe('Nasjonal analytiker');
    expect(roleLabel({ role: 'PLATFORM_ADMIN' }, nb.t, communities)).toBe('Plattformadministrator');
  });

  it('leaves out the community on a page about it, and names that are not known', () => {
    expect(roleLabel({ role: 'SECRETARIAT', communityId: 'helgeland' }, nb.t, communities, false)).toBe('Sekretariat');
    expect(roleLabel({ role: 'SECRETARIAT', communityId: 'unknown' }, nb.t, communities)).toBe('Sekretariat');
    expect(roleLabel({ role: 'REGIONAL_COUNCIL', communityId: 'helgeland', regionalCouncilId: 'gone' }, nb.t, communities)).toBe(
      'Regionråd – Helgeland',
    );
  });

  it('speaks English too', async () => {
    const en = createI18n(undefined);
    await en.changeLanguage('en');
    expect(roleLabel({ role: 'SSU_MEMBER', communityId: 'helgeland' }, en.t, communities)).toBe('SSU member – Helgeland');
    expect(roleLabel({ role: 'REGIONAL_COUNCIL', communityId: 'helgeland', regionalCouncilId: 'hr' }, en.t, communities)).toBe(
      'Regional council – Helgelandsrådet',
    );
    expect(roleLabel({ role: 'PLATFORM_ADMIN' }, en.t, communities)).toBe('Platform administrator');
  });
});

describe('sortRoles', () => {
  it('puts the secretariat first and national roles last', () => {
    const sorted = sortRoles(
      [{ role: 'PLATFORM_ADMIN' as const }, { role: 'ANALYST' as const }, { role: 'SECRETARIAT' as const }],
      (grant) => grant.role,
    );
    expect(sorted.map((grant) => grant.role)).toEqual(['SECRETARIAT', 'ANALYST', 'PLATFORM_ADMIN']);
  });
});

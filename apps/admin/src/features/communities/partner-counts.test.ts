import { describe, expect, it } from 'vitest';

import { countPartners } from './partner-counts';

describe('countPartners', () => {
  it('counts municipalities and hospital trusts separately', () => {
    expect(countPartners([{ kind: 'HOSPITAL_TRUST' }, { kind: 'MUNICIPALITY' }, { kind: 'MUNICIPALITY' }])).toEqual({
      municipalities: 2,
      hospitalTrusts: 1,
    });
  });

  it('is zero for a community without partners', () => {
    expect(countPartners([])).toEqual({ municipalities: 0, hospitalTrusts: 0 });
  });
});

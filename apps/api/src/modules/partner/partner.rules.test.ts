import { describe, expect, it } from 'vitest';
import { assertPartnerConsistent, isPartnerInYear } from './partner.rules.js';

describe('isPartnerInYear', () => {
  it('counts a partner whose membership overlaps the year', () => {
    expect(isPartnerInYear({ joinedOn: null, leftOn: null }, 2023)).toBe(true);
    expect(isPartnerInYear({ joinedOn: '2023-12-31', leftOn: null }, 2023)).toBe(true);
    expect(isPartnerInYear({ joinedOn: '2020-01-01', leftOn: '2023-01-01' }, 2023)).toBe(true);
  });

  it('leaves out a partner that joined after or left before the year', () => {
    expect(isPartnerInYear({ joinedOn: '2024-01-01', leftOn: null }, 2023)).toBe(false);
    expect(isPartnerInYear({ joinedOn: '2020-01-01', leftOn: '2022-12-31' }, 2023)).toBe(false);
  });
});

describe('assertPartnerConsistent', () => {
  it('requires a municipality number of a municipality and refuses one for a hospital trust', () => {
    expect(() => assertPartnerConsistent({ kind: 'MUNICIPALITY', municipalityNumber: null, joinedOn: null, leftOn: null })).toThrow(
      /municipalityNumber: is required/,
    );
    expect(() => assertPartnerConsistent({ kind: 'HOSPITAL_TRUST', municipalityNumber: '1833', joinedOn: null, leftOn: null })).toThrow(
      /no municipality number/,
    );
  });

  it('refuses leaving before joining', () => {
    expect(() =>
      assertPartnerConsistent({ kind: 'MUNICIPALITY', municipalityNumber: '1833', joinedOn: '2022-01-01', leftOn: '2021-01-01' }),
    ).toThrow(/leftOn/);
  });
});

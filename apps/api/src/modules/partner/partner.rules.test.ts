import { describe, expect, it } from 'vitest';
import { assertPartnerConsistent, earliestLeftOn, isPartnerInYear } from './partner.rules.js';

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
    expect(() =>
      assertPartnerConsistent({ kind: 'MUNICIPALITY', municipalityNumber: null, joinedOn: null, leftOn: null, noticeGivenOn: null }),
    ).toThrow(/municipalityNumber: is required/);
    expect(() =>
      assertPartnerConsistent({ kind: 'HOSPITAL_TRUST', municipalityNumber: '1833', joinedOn: null, leftOn: null, noticeGivenOn: null }),
    ).toThrow(/no municipality number/);
  });

  it('refuses leaving before joining', () => {
    expect(() =>
      assertPartnerConsistent({
        kind: 'MUNICIPALITY',
        municipalityNumber: '1833',
        joinedOn: '2022-01-01',
        leftOn: '2021-01-01',
        noticeGivenOn: null,
      }),
    ).toThrow(/leftOn/);
  });
});

describe("one year's notice, tied to the budget year", () => {
  const municipality = { kind: 'MUNICIPALITY' as const, municipalityNumber: '1833', joinedOn: '2020-01-01' };

  it('ends membership with the budget year after the one the notice falls in, or the same year for notice on 1 January', () => {
    expect(earliestLeftOn('2025-03-10')).toBe('2026-12-31');
    expect(earliestLeftOn('2025-12-31')).toBe('2026-12-31');
    expect(earliestLeftOn('2025-01-01')).toBe('2025-12-31');
  });

  it('accepts the earliest last day and later ones, and refuses an earlier day or one that is not 31 December', () => {
    expect(() => assertPartnerConsistent({ ...municipality, noticeGivenOn: '2025-03-10', leftOn: '2026-12-31' })).not.toThrow();
    expect(() => assertPartnerConsistent({ ...municipality, noticeGivenOn: '2025-03-10', leftOn: '2027-12-31' })).not.toThrow();
    expect(() => assertPartnerConsistent({ ...municipality, noticeGivenOn: '2025-03-10', leftOn: '2025-12-31' })).toThrow(
      /leftOn: must be 2026-12-31 or later/,
    );
    expect(() => assertPartnerConsistent({ ...municipality, noticeGivenOn: '2025-03-10', leftOn: '2027-06-30' })).toThrow(/31 December/);
    expect(() => assertPartnerConsistent({ ...municipality, noticeGivenOn: '2025-03-10', leftOn: null })).toThrow(/required/);
  });
});

import { describe, expect, it } from 'vitest';

import { allocationTotals, sortByMunicipalityNumber } from './allocation-totals';

describe('allocationTotals', () => {
  it('adds up every column', () => {
    const totals = allocationTotals([
      { population: 1981, fixedPart: 8712, perCapitaPart: 15477, amount: 24189 },
      { population: 26092, fixedPart: 8712, perCapitaPart: 203852, amount: 212565 },
    ]);
    expect(totals).toEqual({ population: 28073, fixedPart: 17424, perCapitaPart: 219329, amount: 236754 });
  });

  it('is all zeros without lines', () => {
    expect(allocationTotals([])).toEqual({ population: 0, fixedPart: 0, perCapitaPart: 0, amount: 0 });
  });
});

describe('sortByMunicipalityNumber', () => {
  it('orders lines by municipality number without changing the input', () => {
    const lines = [{ municipalityNumber: '1833' }, { municipalityNumber: '1812' }];
    expect(sortByMunicipalityNumber(lines).map((line) => line.municipalityNumber)).toEqual(['1812', '1833']);
    expect(lines[0]?.municipalityNumber).toBe('1833');
  });
});

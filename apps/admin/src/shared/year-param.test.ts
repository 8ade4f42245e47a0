import { describe, expect, it } from 'vitest';

import { chooseYear, distinctYearsDescending, latestYear } from './year-param';

describe('chooseYear', () => {
  const years = [2023, 2022, 2021];

  it('defaults to the latest year that has figures', () => {
    expect(chooseYear(null, years)).toBe(2023);
    expect(chooseYear(null, [2021, 2023, 2022])).toBe(2023);
  });

  it('uses the requested year when it has figures', () => {
    expect(chooseYear('2021', years)).toBe(2021);
  });

  it('ignores a requested year without figures or that is not a year', () => {
    expect(chooseYear('2019', years)).toBe(2023);
    expect(chooseYear('twenty', years)).toBe(2023);
    expect(chooseYear('2021.5', years)).toBe(2023);
  });

  it('is undefined when no year has figures', () => {
    expect(chooseYear('2023', [])).toBeUndefined();
    expect(latestYear([])).toBeUndefined();
  });
});

describe('distinctYearsDescending', () => {
  it('removes duplicates and puts the newest first', () => {
    expect(distinctYearsDescending([2022, 2023, 2022, 2021])).toEqual([2023, 2022, 2021]);
  });
});

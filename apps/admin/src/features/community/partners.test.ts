import { describe, expect, it } from 'vitest';

import { populationIn, populationYears, sortPartners } from './partners';

describe('populationYears', () => {
  it('lists every year any partner has a figure for, newest first', () => {
    const partners = [
      { populations: [] },
      { populations: [{ year: 2022, population: 1981 }] },
      {
        populations: [
          { year: 2021, population: 26000 },
          { year: 2022, population: 26092 },
        ],
      },
    ];
    expect(populationYears(partners)).toEqual([2022, 2021]);
  });

  it('is empty when nobody has figures', () => {
    expect(populationYears([{ populations: [] }])).toEqual([]);
  });
});

describe('populationIn', () => {
  const figures = [{ year: 2022, population: 1981 }];

  it('finds the figure of the year', () => {
    expect(populationIn(figures, 2022)).toBe(1981);
  });

  it('is undefined for a year without a figure or no year', () => {
    expect(populationIn(figures, 2023)).toBeUndefined();
    expect(populationIn(figures, undefined)).toBeUndefined();
  });
});

describe('sortPartners', () => {
  it('puts the hospital trust first, then municipalities by number', () => {
    const sorted = sortPartners([
      { kind: 'MUNICIPALITY' as const, name: 'Rana', municipalityNumber: '1833' },
      { kind: 'MUNICIPALITY' as const, name: 'Sømna', municipalityNumber: '1812' },
      { kind: 'HOSPITAL_TRUST' as const, name: 'Helgelandssykehuset HF', municipalityNumber: null },
    ]);
    expect(sorted.map((partner) => partner.name)).toEqual(['Helgelandssykehuset HF', 'Sømna', 'Rana']);
  });
});

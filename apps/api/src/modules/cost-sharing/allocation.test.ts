import { describe, expect, it } from 'vitest';
import { allocateCosts, AllocationInputError, ratioToPpm, type AllocationMunicipality } from './allocation.js';

// Seed 002, Vedlegg 2: Helgeland, population per 1 January 2022, municipal share 740 539 kr.
const helgeland: [string, string, number, number][] = [
  ['1811', 'Bindal', 0, 0],
  ['1812', 'Sømna', 1981, 24189],
  ['1813', 'Brønnøy', 7777, 69473],
  ['1815', 'Vega', 1175, 17892],
  ['1816', 'Vevelstad', 462, 12322],
  ['1818', 'Herøy', 1825, 22971],
  ['1820', 'Alstahaug', 7333, 66004],
  ['1822', 'Leirfjord', 2257, 26346],
  ['1824', 'Vefsn', 13233, 112099],
  ['1825', 'Grane', 1461, 20127],
  ['1826', 'Hattfjelldal', 1273, 18658],
  ['1827', 'Dønna', 1369, 19408],
  ['1828', 'Nesna', 1698, 21978],
  ['1832', 'Hemnes', 4420, 43245],
  ['1833', 'Rana', 26092, 212565],
  ['1834', 'Lurøy', 1869, 23314],
  ['1835', 'Træna', 450, 12228],
  ['1836', 'Rødøy', 1153, 17720],
];
const municipalities: AllocationMunicipality[] = helgeland.map(([municipalityNumber, name, population]) => ({
  municipalityNumber,
  name,
  population,
}));

describe('allocateCosts', () => {
  it('reproduces the seed table for Helgeland to the krone', () => {
    const allocation = allocateCosts({ municipalShare: 740_539, fixedSharePpm: ratioToPpm(0.2), municipalities });
    expect(allocation.lines.map((line) => [line.municipalityNumber, line.amount])).toEqual(
      helgeland.map(([number, , , amount]) => [number, amount]),
    );
    expect(allocation.totalPopulation).toBe(75_828);
    expect(allocation.lines.reduce((sum, line) => sum + line.amount, 0)).toBe(740_539);
  });

  it('shows the fixed and per-capita parts of the seed table', () => {
    const allocation = allocateCosts({ municipalShare: 740_539, fixedSharePpm: 200_000, municipalities });
    const somna = allocation.lines.find((line) => line.name === 'Sømna');
    const rana = allocation.lines.find((line) => line.name === 'Rana');
    expect(somna).toMatchObject({ fixedPart: 8712, perCapitaPart: 15477, amount: 24189 });
    expect(rana).toMatchObject({ fixedPart: 8712, perCapitaPart: 203852, amount: 212565 });
  });

  it('charges a municipality with population 0 nothing and leaves it out of the equal split', () => {
    const allocation = allocateCosts({ municipalShare: 740_539, fixedSharePpm: 200_000, municipalities });
    expect(allocation.lines[0]).toEqual({
      municipalityNumber: '1811',
      name: 'Bindal',
      population: 0,
      fixedPart: 0,
      perCapitaPart: 0,
      amount: 0,
    });
  });

  it('distributes the rounding remainder so the lines always sum to the municipal share', () => {
    const three = ['0301', '0302', '0303'].map((municipalityNumber) => ({ municipalityNumber, name: null, population: 1 }));
    for (const share of [0, 1, 2, 100, 101, 1_000_001]) {
      const allocation = allocateCosts({ municipalShare: share, fixedSharePpm: 333_333, municipalities: three });
      expect(allocation.lines.reduce((sum, line) => sum + line.amount, 0)).toBe(share);
      const amounts = allocation.lines.map((line) => line.amount);
      expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1);
    }
  });

  it('splits everything by population with a ratio of 0 and equally with a ratio of 1', () => {
    const two = [
      { municipalityNumber: '1000', name: null, population: 3 },
      { municipalityNumber: '1001', name: null, population: 1 },
    ];
    expect(allocateCosts({ municipalShare: 400, fixedSharePpm: 0, municipalities: two }).lines.map((line) => line.amount)).toEqual([
      300, 100,
    ]);
    expect(allocateCosts({ municipalShare: 400, fixedSharePpm: 1_000_000, municipalities: two }).lines.map((line) => line.amount)).toEqual([
      200, 200,
    ]);
  });

  it('refuses nonsense input, naming each field', () => {
    const attempt = () =>
      allocateCosts({
        municipalShare: -1,
        fixedSharePpm: 1_500_000,
        municipalities: [
          { municipalityNumber: '12a4', name: null, population: 10 },
          { municipalityNumber: '1833', name: null, population: -5 },
          { municipalityNumber: '1833', name: null, population: 5 },
        ],
      });
    expect(attempt).toThrow(AllocationInputError);
    try {
      attempt();
    } catch (error) {
      expect(error instanceof AllocationInputError && error.problems.map((problem) => problem.field)).toEqual([
        'municipalShare',
        'fixedShareRatio',
        'municipalities[0].municipalityNumber',
        'municipalities[1].population',
        'municipalities[2].municipalityNumber',
      ]);
    }
  });

  it('refuses an empty list and a list where nobody participates', () => {
    expect(() => allocateCosts({ municipalShare: 10, fixedSharePpm: 0, municipalities: [] })).toThrow(/at least one municipality/);
    expect(() =>
      allocateCosts({ municipalShare: 10, fixedSharePpm: 0, municipalities: [{ municipalityNumber: '1811', name: null, population: 0 }] }),
    ).toThrow(/population above zero/);
  });
});

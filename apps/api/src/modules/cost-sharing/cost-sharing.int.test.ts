import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const whatIf = `query($input: CostAllocationWhatIfInput!) {
  costAllocationWhatIf(input: $input) { municipalShare fixedShareRatio totalPopulation lines { municipalityNumber name population fixedPart perCapitaPart amount } }
}`;
const stored = `query($communityId: ID!, $budgetYear: Int!) {
  costAllocation(communityId: $communityId, budgetYear: $budgetYear) { budgetYear populationYear municipalShare lines { municipalityNumber name amount } }
}`;
const saveBudget = `mutation($input: SaveCoordinatorBudgetInput!) {
  saveCoordinatorBudget(input: $input) { budgetYear totalCost stateGrant municipalShare fixedShareRatio costLines { label amount } }
}`;

type AllocationLine = {
  municipalityNumber: string;
  name: string | null;
  population: number;
  fixedPart: number;
  perCapitaPart: number;
  amount: number;
};

describe('costAllocationWhatIf', () => {
  it('splits given figures with the default 20 % fixed share and whole kroner adding up exactly', async () => {
    const data = await must<{ costAllocationWhatIf: { fixedShareRatio: number; lines: AllocationLine[] } }>(app, whatIf, {
      input: {
        municipalShare: 100_001,
        municipalities: [
          { municipalityNumber: '1812', name: 'Sømna', population: 1981 },
          { municipalityNumber: '1833', name: 'Rana', population: 26092 },
          { municipalityNumber: '1811', name: 'Bindal', population: 0 },
        ],
      },
    });
    expect(data.costAllocationWhatIf.fixedShareRatio).toBe(0.2);
    const lines = data.costAllocationWhatIf.lines;
    expect(lines.reduce((sum, line) => sum + line.amount, 0)).toBe(100_001);
    expect(lines.find((line) => line.name === 'Bindal')?.amount).toBe(0);
    expect(lines.every((line) => Number.isInteger(line.amount))).toBe(true);
  });

  it.each([
    [
      'a negative population',
      { municipalShare: 1000, municipalities: [{ municipalityNumber: '1812', population: -1 }] },
      'municipalities[0].population',
    ],
    [
      'a ratio above 1',
      { municipalShare: 1000, fixedShareRatio: 1.2, municipalities: [{ municipalityNumber: '1812', population: 1 }] },
      'fixedShareRatio',
    ],
    [
      'a ratio below 0',
      { municipalShare: 1000, fixedShareRatio: -0.1, municipalities: [{ municipalityNumber: '1812', population: 1 }] },
      'fixedShareRatio',
    ],
    [
      'a repeated municipality number',
      {
        municipalShare: 1000,
        municipalities: [
          { municipalityNumber: '1812', population: 1 },
          { municipalityNumber: '1812', population: 2 },
        ],
      },
      'municipalities[1].municipalityNumber',
    ],
    [
      'a malformed municipality number',
      { municipalShare: 1000, municipalities: [{ municipalityNumber: '181', population: 1 }] },
      'municipalities[0].municipalityNumber',
    ],
    ['no municipalities', { municipalShare: 1000, municipalities: [] }, 'municipalities'],
    [
      'a negative municipal share',
      { municipalShare: -5, municipalities: [{ municipalityNumber: '1812', population: 1 }] },
      'municipalShare',
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, input, field) => {
    const response = await app.gql(whatIf, { input });
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0]?.message).toContain(field);
  });
});

describe('stored coordinator budget', () => {
  it('allocates a saved budget among the municipalities that are partners in the budget year', async () => {
    const community = await buildCommunity(app, { municipalities: 3, populationYear: 2024 });
    // Kommune 3 left before 2025 and pays nothing that year.
    await must(
      app,
      `mutation($id: ID!) { updatePartner(id: $id, input: { leftOn: "2024-12-31" }) { id } }`,
      {
        id: community.municipalityIds[2],
      },
      community.secretariat,
    );
    const saved = await must<{ saveCoordinatorBudget: { totalCost: number; municipalShare: number } }>(
      app,
      saveBudget,
      {
        input: {
          communityId: community.id,
          budgetYear: 2025,
          stateGrant: 500_000,
          costLines: [
            { label: 'Lønn', amount: 900_000 },
            { label: 'Drift', amount: 200_000 },
          ],
        },
      },
      community.secretariat,
    );
    expect(saved.saveCoordinatorBudget).toMatchObject({ totalCost: 1_100_000, municipalShare: 600_000 });

    const data = await must<{ costAllocation: { populationYear: number; lines: AllocationLine[] } }>(app, stored, {
      communityId: community.id,
      budgetYear: 2025,
    });
    expect(data.costAllocation.populationYear).toBe(2024);
    // 20 % of 600 000 in two equal parts, 80 % by population 1000:2000.
    expect(data.costAllocation.lines.map((line) => [line.name, line.amount])).toEqual([
      ['Kommune 1', 60_000 + 160_000],
      ['Kommune 2', 60_000 + 320_000],
    ]);
  });

  it('replaces the budget of the same year rather than adding a second one', async () => {
    const community = await buildCommunity(app, { municipalities: 1 });
    const input = {
      communityId: community.id,
      budgetYear: 2023,
      stateGrant: 0,
      fixedShareRatio: 0.5,
      costLines: [{ label: 'Lønn', amount: 10 }],
    };
    await must(app, saveBudget, { input }, community.secretariat);
    await must(
      app,
      saveBudget,
      {
        input: {
          ...input,
          expectedVersion: 1,
          costLines: [
            { label: 'Lønn', amount: 20 },
            { label: 'Reise', amount: 5 },
          ],
        },
      },
      community.secretariat,
    );
    const data = await must<{ community: { coordinatorBudgets: { budgetYear: number; totalCost: number; fixedShareRatio: number }[] } }>(
      app,
      `query($id: ID!) { community(id: $id) { coordinatorBudgets { budgetYear totalCost fixedShareRatio } } }`,
      { id: community.id },
    );
    expect(data.community.coordinatorBudgets).toEqual([{ budgetYear: 2023, totalCost: 25, fixedShareRatio: 0.5 }]);
  });

  it('says which population figures are missing, and when there is no budget', async () => {
    const community = await buildCommunity(app, { municipalities: 2, populationYear: 2020 });
    const noBudget = await app.gql(stored, { communityId: community.id, budgetYear: 2023 });
    expect(noBudget.errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND', reason: 'NO_BUDGET_FOR_YEAR', params: { budgetYear: 2023 } },
    });
    expect(noBudget.errors?.[0]?.message).toContain('2023');

    await must(
      app,
      saveBudget,
      {
        input: { communityId: community.id, budgetYear: 2023, stateGrant: 0, costLines: [{ label: 'Lønn', amount: 100 }] },
      },
      community.secretariat,
    );
    const noFigures = await app.gql(stored, { communityId: community.id, budgetYear: 2023 });
    expect(noFigures.errors?.[0]).toMatchObject({
      extensions: {
        code: 'NOT_FOUND',
        reason: 'POPULATION_MISSING',
        params: { populationYear: 2022, budgetYear: 2023, municipalities: 'Kommune 1, Kommune 2' },
      },
    });
    expect(noFigures.errors?.[0]?.message).toMatch(/1 January 2022 for Kommune 1, Kommune 2/);
  });

  it('keeps a budget line of 2 000 000 000 kr and its totals exact, and every budget of the community readable', async () => {
    const community = await buildCommunity(app, { municipalities: 2, populationYear: 2023 });
    const lines = [
      { label: 'Lønn', amount: 2_000_000_000 },
      { label: 'Bygg', amount: 2_000_000_000 },
    ];
    const saved = await must<{ saveCoordinatorBudget: { totalCost: number; municipalShare: number; costLines: { amount: number }[] } }>(
      app,
      saveBudget,
      { input: { communityId: community.id, budgetYear: 2024, stateGrant: 504_000, costLines: lines } },
      community.secretariat,
    );
    expect(saved.saveCoordinatorBudget).toMatchObject({ totalCost: 4_000_000_000, municipalShare: 3_999_496_000 });
    await must(
      app,
      saveBudget,
      { input: { communityId: community.id, budgetYear: 2023, stateGrant: 0, costLines: [{ label: 'Lønn', amount: 900_000 }] } },
      community.secretariat,
    );
    const data = await must<{ community: { coordinatorBudgets: { budgetYear: number; totalCost: number }[] } }>(
      app,
      `query($id: ID!) { community(id: $id) { coordinatorBudgets { budgetYear totalCost } } }`,
      { id: community.id },
    );
    expect(data.community.coordinatorBudgets).toEqual([
      { budgetYear: 2024, totalCost: 4_000_000_000 },
      { budgetYear: 2023, totalCost: 900_000 },
    ]);
    const allocation = await must<{ costAllocation: { municipalShare: number; lines: { amount: number }[] } }>(app, stored, {
      communityId: community.id,
      budgetYear: 2024,
    });
    expect(allocation.costAllocation.lines.reduce((sum, line) => sum + line.amount, 0)).toBe(3_999_496_000);

    const tooMuch = await app.gql(
      saveBudget,
      { input: { communityId: community.id, budgetYear: 2025, stateGrant: 0, costLines: [{ label: 'Lønn', amount: 1e12 + 1 }] } },
      community.secretariat.cookie,
    );
    expect(tooMuch.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'costLines[0].amount', fields: [{ reason: 'TOO_LARGE', params: { max: 1e12 } }] },
    });
  });

  it('refuses a what-if with a population or a municipal share beyond any real one', async () => {
    const huge = await app.gql(whatIf, {
      input: { municipalShare: 1000, municipalities: [{ municipalityNumber: '1000', population: 2_000_001 }] },
    });
    expect(huge.errors?.[0]).toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'municipalities[0].population',
        reason: 'OUT_OF_RANGE',
        params: { min: 0, max: 2_000_000 },
      },
    });
    const share = await app.gql(whatIf, {
      input: { municipalShare: 1e15, municipalities: [{ municipalityNumber: '1000', population: 1 }] },
    });
    expect(share.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'municipalShare', reason: 'OUT_OF_RANGE', params: { min: 0, max: 1e12 } },
    });
    const nobody = await app.gql(whatIf, {
      input: { municipalShare: 10, municipalities: [{ municipalityNumber: '1000', population: 0 }] },
    });
    expect(nobody.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'NO_PARTICIPATING_MUNICIPALITY' } });
  });

  it('refuses a negative cost line and a ratio outside 0..1 without storing anything', async () => {
    const community = await buildCommunity(app, { municipalities: 1 });
    const negative = await app.gql(
      saveBudget,
      {
        input: { communityId: community.id, budgetYear: 2023, stateGrant: 0, costLines: [{ label: 'Lønn', amount: -1 }] },
      },
      community.secretariat.cookie,
    );
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(negative.errors?.[0]?.message).toBe('costLines[0].amount: must be zero or more');
    const ratio = await app.gql(
      saveBudget,
      {
        input: { communityId: community.id, budgetYear: 2023, stateGrant: 0, fixedShareRatio: 2, costLines: [] },
      },
      community.secretariat.cookie,
    );
    expect(ratio.errors?.[0]?.message).toMatch(/^fixedShareRatio: must be between 0 and 1/);
    const data = await must<{ community: { coordinatorBudgets: unknown[] } }>(
      app,
      `query($id: ID!) { community(id: $id) { coordinatorBudgets { id } } }`,
      { id: community.id },
    );
    expect(data.community.coordinatorBudgets).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const createPartner = `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id name kind municipalityNumber joinedOn } }`;

describe('partners', () => {
  it('adds a municipality with a population per year', async () => {
    const community = await buildCommunity(app, { municipalities: 0 });
    const created = await must<{ createPartner: { id: string; municipalityNumber: string; joinedOn: string } }>(
      app,
      createPartner,
      {
        input: { communityId: community.id, name: 'Rana', kind: 'MUNICIPALITY', municipalityNumber: '1833', joinedOn: '2021-01-01' },
      },
      community.secretariat,
    );
    expect(created.createPartner).toMatchObject({ municipalityNumber: '1833', joinedOn: '2021-01-01' });
    for (const [year, population] of [
      [2022, 26092],
      [2023, 26100],
      [2022, 26093],
    ] as const) {
      await must(
        app,
        `mutation($input: SetPopulationInput!) { setPartnerPopulation(input: $input) { id } }`,
        {
          input: { partnerId: created.createPartner.id, year, population },
        },
        community.secretariat,
      );
    }
    const data = await must<{
      community: { partners: { population2022: number; population2021: number | null; populations: unknown[] }[] };
    }>(
      app,
      `query($id: ID!) { community(id: $id) { partners { population2022: population(year: 2022) population2021: population(year: 2021) populations { year population } } } }`,
      { id: community.id },
    );
    const rana = data.community.partners[1];
    expect(rana).toEqual({
      population2022: 26093,
      population2021: null,
      populations: [
        { year: 2022, population: 26093 },
        { year: 2023, population: 26100 },
      ],
    });
  });

  it('refuses a malformed or repeated municipality number, naming the field', async () => {
    const community = await buildCommunity(app, { municipalities: 1 });
    const malformed = await app.gql(
      createPartner,
      {
        input: { communityId: community.id, name: 'X', kind: 'MUNICIPALITY', municipalityNumber: '18a3' },
      },
      community.secretariat.cookie,
    );
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.message).toMatch(/^municipalityNumber: must be four digits/);

    const repeated = await app.gql(
      createPartner,
      {
        input: { communityId: community.id, name: 'Y', kind: 'MUNICIPALITY', municipalityNumber: '1000' },
      },
      community.secretariat.cookie,
    );
    expect(repeated.errors?.[0]).toMatchObject({
      extensions: {
        code: 'CONFLICT',
        field: 'municipalityNumber',
        reason: 'MUNICIPALITY_NUMBER_TAKEN',
        params: { municipalityNumber: '1000', holder: 'Kommune 1' },
      },
    });
    expect(repeated.errors?.[0]?.message).toContain('Kommune 1');
  });

  it('requires a municipality number of a municipality and refuses one for the hospital trust', async () => {
    const community = await buildCommunity(app, { municipalities: 0 });
    const without = await app.gql(
      createPartner,
      { input: { communityId: community.id, name: 'X', kind: 'MUNICIPALITY' } },
      community.secretariat.cookie,
    );
    expect(without.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'municipalityNumber', reason: 'MUNICIPALITY_NUMBER_REQUIRED' },
    });
    const hospital = await app.gql(
      createPartner,
      {
        input: { communityId: community.id, name: 'HF', kind: 'HOSPITAL_TRUST', municipalityNumber: '1833' },
      },
      community.secretariat.cookie,
    );
    expect(hospital.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'municipalityNumber', reason: 'HOSPITAL_TRUST_HAS_NO_MUNICIPALITY_NUMBER' },
    });
  });

  it('refuses a negative or impossibly large population, a population for the hospital trust and a left date before the joined date', async () => {
    const community = await buildCommunity(app, { municipalities: 1 });
    const setPopulation = `mutation($input: SetPopulationInput!) { setPartnerPopulation(input: $input) { id } }`;
    const negative = await app.gql(
      setPopulation,
      { input: { partnerId: community.municipalityIds[0], year: 2022, population: -1 } },
      community.secretariat.cookie,
    );
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(negative.errors?.[0]?.message).toBe('population: must be zero or more');
    const hospital = await app.gql(
      setPopulation,
      { input: { partnerId: community.hospitalTrustId, year: 2022, population: 5 } },
      community.secretariat.cookie,
    );
    expect(hospital.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'POPULATION_ONLY_FOR_MUNICIPALITY' } });
    // More inhabitants than any Norwegian municipality: a typo that would skew every allocation (and overflow its totals).
    const huge = await app.gql(
      setPopulation,
      { input: { partnerId: community.municipalityIds[0], year: 2022, population: 2_000_001 } },
      community.secretariat.cookie,
    );
    expect(huge.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'population', fields: [{ reason: 'TOO_LARGE', params: { max: 2_000_000 } }] },
    });
    const backwards = await app.gql(
      `mutation($id: ID!) { updatePartner(id: $id, input: { joinedOn: "2022-01-01", leftOn: "2021-12-31" }) { id } }`,
      {
        id: community.municipalityIds[0],
      },
      community.secretariat.cookie,
    );
    expect(backwards.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'leftOn', reason: 'LEFT_BEFORE_JOINED', params: { joinedOn: '2022-01-01' } },
    });
  });

  it('answers NOT_FOUND for a partner in no community and refuses an impossible date', async () => {
    const community = await buildCommunity(app, { municipalities: 1 });
    const missing = await app.gql(
      `mutation { updatePartner(id: "6f1c0b8e-1d7a-4c1e-9a57-0c1b7c7f0000", input: { name: "X" }) { id } }`,
      undefined,
      community.secretariat.cookie,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const impossible = await app.gql(
      `mutation($id: ID!, $leftOn: LocalDate) { updatePartner(id: $id, input: { leftOn: $leftOn }) { id } }`,
      {
        id: community.municipalityIds[0],
        leftOn: '2023-02-30',
      },
      community.secretariat.cookie,
    );
    expect(impossible.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(impossible.errors?.[0]?.message).toContain('2023-02-30');
  });
});

describe('leaving with notice', () => {
  const giveNotice = `mutation($id: ID!, $input: GivePartnerNoticeInput!) { givePartnerNotice(id: $id, input: $input) { noticeGivenOn leftOn } }`;

  it("refuses a last day before one year's notice tied to the budget year, and takes the earliest by default", async () => {
    const community = await buildCommunity(app, { municipalities: 2 });
    const [kommune1] = community.municipalityIds;
    const early = await app.gql(
      giveNotice,
      { id: kommune1, input: { noticeGivenOn: '2025-03-10', leftOn: '2025-12-31' } },
      community.secretariat.cookie,
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'leftOn',
      reason: 'NOTICE_TOO_SHORT',
      params: { noticeGivenOn: '2025-03-10', earliestLeftOn: '2026-12-31' },
    });
    const midYear = await app.gql(
      giveNotice,
      { id: kommune1, input: { noticeGivenOn: '2025-03-10', leftOn: '2027-06-30' } },
      community.secretariat.cookie,
    );
    expect(midYear.errors?.[0]?.extensions).toMatchObject({ field: 'leftOn', reason: 'LEFT_ON_NOT_END_OF_BUDGET_YEAR' });
    // Nothing of the refused notices was written.
    const [row] = await app.sql<{ notice: string | null }>('SELECT notice_given_on::text AS notice FROM partner WHERE id = $1', [kommune1]);
    expect(row?.notice).toBeNull();

    const given = await must<{ givePartnerNotice: unknown }>(
      app,
      giveNotice,
      { id: kommune1, input: { noticeGivenOn: '2025-03-10' } },
      community.secretariat,
    );
    expect(given.givePartnerNotice).toEqual({ noticeGivenOn: '2025-03-10', leftOn: '2026-12-31' });

    // A later change of the last day through updatePartner is held to the same rule; withdrawing the notice clears both.
    const shortened = await app.gql(
      `mutation($id: ID!) { updatePartner(id: $id, input: { leftOn: "2025-12-31" }) { id } }`,
      { id: kommune1 },
      community.secretariat.cookie,
    );
    expect(shortened.errors?.[0]?.extensions).toMatchObject({ reason: 'NOTICE_TOO_SHORT' });
    const withdrawn = await must<{ updatePartner: unknown }>(
      app,
      `mutation($id: ID!) { updatePartner(id: $id, input: { noticeGivenOn: null, leftOn: null }) { noticeGivenOn leftOn } }`,
      { id: kommune1 },
      community.secretariat,
    );
    expect(withdrawn.updatePartner).toEqual({ noticeGivenOn: null, leftOn: null });
  });

  it('takes the leaving municipality into the allocation up to its last budget year, not after', async () => {
    const community = await buildCommunity(app, { municipalities: 2, populationYear: 2025 });
    await must(app, giveNotice, { id: community.municipalityIds[1], input: { noticeGivenOn: '2025-03-10' } }, community.secretariat);
    // Budget year 2027 divides by the population per 1 January 2026, which only Kommune 1 (staying) needs.
    await must(
      app,
      `mutation($id: ID!) { setPartnerPopulation(input: { partnerId: $id, year: 2026, population: 1000 }) { id } }`,
      { id: community.municipalityIds[0] },
      community.secretariat,
    );
    const municipalitiesIn = async (budgetYear: number) => {
      await must(
        app,
        `mutation($input: SaveCoordinatorBudgetInput!) { saveCoordinatorBudget(input: $input) { budgetYear } }`,
        { input: { communityId: community.id, budgetYear, stateGrant: 0, costLines: [{ label: 'Lønn', amount: 100_000 }] } },
        community.secretariat,
      );
      const data = await must<{ costAllocation: { lines: { name: string }[] } }>(
        app,
        `query($id: ID!, $year: Int!) { costAllocation(communityId: $id, budgetYear: $year) { lines { name } } }`,
        { id: community.id, year: budgetYear },
        community.secretariat,
      );
      return data.costAllocation.lines.map((line) => line.name);
    };
    expect(await municipalitiesIn(2026)).toEqual(['Kommune 1', 'Kommune 2']);
    expect(await municipalitiesIn(2027)).toEqual(['Kommune 1']);
  });
});

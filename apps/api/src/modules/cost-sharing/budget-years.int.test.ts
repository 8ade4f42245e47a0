import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, signInAs, type CommunityFixture } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const saveBudget = `mutation($input: SaveCoordinatorBudgetInput!) {
  saveCoordinatorBudget(input: $input) { budgetYear totalCost stateGrant municipalShare fixedShareRatio costLines { label amount } }
}`;
const startNext = `mutation($input: StartNextCoordinatorBudgetInput!) {
  startNextCoordinatorBudget(input: $input) { budgetYear totalCost stateGrant municipalShare fixedShareRatio costLines { label amount } }
}`;
const allocation = `query($communityId: ID!, $budgetYear: Int!) {
  costAllocation(communityId: $communityId, budgetYear: $budgetYear) { populationYear municipalShare lines { name amount } }
}`;
const budgetsOf = `query($id: ID!) { community(id: $id) { canEditCoordinatorBudgets coordinatorBudgets { budgetYear totalCost } } }`;

const lines2024 = [
  { label: 'Lønn', amount: 900_000 },
  { label: 'Pensjon', amount: 189_000 },
];

async function communityWith2024(): Promise<CommunityFixture> {
  const community = await buildCommunity(app, { municipalities: 2, populationYear: 2023 });
  await app.sql(
    `INSERT INTO partner_population (partner_id, year, population) SELECT partner_id, 2024, population + 1000 FROM partner_population WHERE partner_id = ANY($1::uuid[])`,
    [community.municipalityIds],
  );
  await must(
    app,
    saveBudget,
    { input: { communityId: community.id, budgetYear: 2024, stateGrant: 500_000, fixedShareRatio: 0.25, costLines: lines2024 } },
    community.secretariat,
  );
  return community;
}

describe("next year's coordinator budget", () => {
  it('starts from last year with its lines, grant and fixed share, then is edited and allocated by the new year’s populations', async () => {
    const community = await communityWith2024();
    const started = await must<{ startNextCoordinatorBudget: Record<string, unknown> }>(
      app,
      startNext,
      { input: { communityId: community.id, fromYear: 2024 } },
      community.secretariat,
    );
    expect(started.startNextCoordinatorBudget).toEqual({
      budgetYear: 2025,
      totalCost: 1_089_000,
      stateGrant: 500_000,
      municipalShare: 589_000,
      fixedShareRatio: 0.25,
      costLines: lines2024,
    });

    // The secretariat raises the salary and the grant: the allocation follows, by the populations per 1 January 2024.
    await must(
      app,
      saveBudget,
      {
        input: {
          communityId: community.id,
          budgetYear: 2025,
          stateGrant: 504_000,
          fixedShareRatio: 0.25,
          costLines: [{ label: 'Lønn', amount: 950_000 }, lines2024[1], { label: 'Reise', amount: 25_000 }],
          expectedVersion: 1,
        },
      },
      community.secretariat,
    );
    const data = await must<{
      costAllocation: { populationYear: number; municipalShare: number; lines: { name: string; amount: number }[] };
    }>(app, allocation, { communityId: community.id, budgetYear: 2025 });
    expect(data.costAllocation.populationYear).toBe(2024);
    expect(data.costAllocation.municipalShare).toBe(660_000);
    // 25 % of 660 000 in two equal parts (82 500), 75 % by the 2024 populations 2000:3000.
    expect(data.costAllocation.lines).toEqual([
      { name: 'Kommune 1', amount: 82_500 + 198_000 },
      { name: 'Kommune 2', amount: 82_500 + 297_000 },
    ]);
    // Last year's budget is untouched.
    const budgets = await must<{ community: { coordinatorBudgets: { budgetYear: number; totalCost: number }[] } }>(app, budgetsOf, {
      id: community.id,
    });
    expect(budgets.community.coordinatorBudgets).toEqual([
      { budgetYear: 2025, totalCost: 1_164_000 },
      { budgetYear: 2024, totalCost: 1_089_000 },
    ]);
  });

  it('records the new budget and each correction in the audit log, naming the year it was copied from', async () => {
    const community = await communityWith2024();
    await must(app, startNext, { input: { communityId: community.id, fromYear: 2024 } }, community.secretariat);
    await must(
      app,
      saveBudget,
      {
        input: {
          communityId: community.id,
          budgetYear: 2025,
          stateGrant: 0,
          fixedShareRatio: 0.25,
          costLines: [{ label: 'Lønn', amount: 1 }],
          expectedVersion: 1,
        },
      },
      community.secretariat,
    );
    const events = await app.sql<{ action: string; budget_year: number; copied_from: number | null; lines: number }>(
      `SELECT action, (after->>'budgetYear')::int AS budget_year, (after->>'copiedFromYear')::int AS copied_from,
              jsonb_array_length(after->'costLines') AS lines
         FROM audit_event WHERE community_id = $1 AND entity_type = 'CoordinatorBudget' ORDER BY id`,
      [community.id],
    );
    expect(events).toEqual([
      { action: 'CREATE', budget_year: 2024, copied_from: null, lines: 2 },
      { action: 'CREATE', budget_year: 2025, copied_from: 2024, lines: 2 },
      { action: 'UPDATE', budget_year: 2025, copied_from: null, lines: 1 },
    ]);
  });

  it('refuses a year that has a budget already, and a year with nothing to copy, changing nothing', async () => {
    const community = await communityWith2024();
    await must(
      app,
      saveBudget,
      { input: { communityId: community.id, budgetYear: 2025, stateGrant: 0, costLines: [{ label: 'Lønn', amount: 7 }] } },
      community.secretariat,
    );
    const exists = await app.gql(startNext, { input: { communityId: community.id, fromYear: 2024 } }, community.secretariat.cookie);
    expect(exists.errors?.[0]).toMatchObject({
      message: 'The community already has a budget for 2025.',
      extensions: { code: 'CONFLICT', reason: 'BUDGET_EXISTS', params: { budgetYear: 2025 } },
    });
    const nothing = await app.gql(startNext, { input: { communityId: community.id, fromYear: 2019 } }, community.secretariat.cookie);
    expect(nothing.errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND', reason: 'NO_BUDGET_TO_COPY', params: { fromYear: 2019, budgetYear: 2020 }, field: 'fromYear' },
    });
    const budgets = await must<{ community: { coordinatorBudgets: { budgetYear: number; totalCost: number }[] } }>(app, budgetsOf, {
      id: community.id,
    });
    expect(budgets.community.coordinatorBudgets).toEqual([
      { budgetYear: 2025, totalCost: 7 },
      { budgetYear: 2024, totalCost: 1_089_000 },
    ]);
  });

  it('makes one budget when two secretaries start next year at once; the other is told it exists', async () => {
    const community = await communityWith2024();
    const responses = await Promise.all(
      Array.from({ length: 4 }, () =>
        app.gql(startNext, { input: { communityId: community.id, fromYear: 2024 } }, community.secretariat.cookie),
      ),
    );
    const made = responses.filter((response) => !response.errors);
    expect(made).toHaveLength(1);
    for (const refused of responses.filter((response) => response.errors)) {
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'BUDGET_EXISTS' });
    }
    const [row] = await app.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM coordinator_budget_cost_line l JOIN coordinator_budget b ON b.id = l.budget_id
        WHERE b.community_id = $1 AND b.budget_year = 2025`,
      [community.id],
    );
    expect(row?.count).toBe(2);
  });

  it('refuses the later of two editors who loaded the same version, overwriting nothing, until they reload', async () => {
    const community = await communityWith2024();
    const secondEditor = await signInAs(app, { role: 'SECRETARIAT', communityId: community.id });
    const versionOf = `query($id: ID!) { community(id: $id) { coordinatorBudgets { budgetYear version totalCost } } }`;
    const loaded = async () =>
      (
        await must<{ community: { coordinatorBudgets: { version: number; totalCost: number }[] } }>(
          app,
          versionOf,
          { id: community.id },
          community.secretariat,
        )
      ).community.coordinatorBudgets[0];
    // Both editors open the 2024 budget at version 1.
    expect(await loaded()).toEqual({ budgetYear: 2024, version: 1, totalCost: 1_089_000 });
    const save = (label: string, amount: number, expectedVersion: number | null, editor = community.secretariat) =>
      app.gql(
        `mutation($input: SaveCoordinatorBudgetInput!) { saveCoordinatorBudget(input: $input) { version totalCost } }`,
        {
          input: {
            communityId: community.id,
            budgetYear: 2024,
            stateGrant: 500_000,
            fixedShareRatio: 0.25,
            costLines: [{ label, amount }],
            expectedVersion,
          },
        },
        editor.cookie,
      );
    const first = await save('Lønn A', 1_000_000, 1);
    expect(first.data).toEqual({ saveCoordinatorBudget: { version: 2, totalCost: 1_000_000 } });
    const stale = await save('Lønn B', 1_100_000, 1, secondEditor);
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'BUDGET_CHANGED',
      params: { budgetYear: 2024, expectedVersion: 1, currentVersion: 2 },
    });
    // Nothing of the stale save landed: the first editor's lines are there.
    expect(await loaded()).toEqual({ budgetYear: 2024, version: 2, totalCost: 1_000_000 });
    // A save that does not say which version it changes is refused too.
    expect((await save('Lønn C', 1, null, secondEditor)).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'BUDGET_VERSION_REQUIRED',
    });
    // Reloaded, the second editor saves on top of the first.
    expect((await save('Lønn B', 1_100_000, 2, secondEditor)).data).toEqual({
      saveCoordinatorBudget: { version: 3, totalCost: 1_100_000 },
    });
    const events = await app.sql<{ action: string; before_version: number | null; after_version: number }>(
      `SELECT action, (before->>'version')::int AS before_version, (after->>'version')::int AS after_version
         FROM audit_event WHERE community_id = $1 AND entity_type = 'CoordinatorBudget' ORDER BY id`,
      [community.id],
    );
    expect(events).toEqual([
      { action: 'CREATE', before_version: null, after_version: 1 },
      { action: 'UPDATE', before_version: 1, after_version: 2 },
      { action: 'UPDATE', before_version: 2, after_version: 3 },
    ]);
  });

  it('lets one of several editors saving the same version at once win, the others refused, never a mix of lines', async () => {
    const community = await communityWith2024();
    const save = (label: string, count: number) =>
      app.gql(
        saveBudget,
        {
          input: {
            communityId: community.id,
            budgetYear: 2024,
            stateGrant: 0,
            costLines: Array.from({ length: count }, (_, index) => ({ label: `${label} ${index}`, amount: 1 })),
            expectedVersion: 1,
          },
        },
        community.secretariat.cookie,
      );
    const responses = await Promise.all([save('A', 3), save('B', 5), save('C', 4)]);
    const won = responses.filter((response) => !response.errors);
    expect(won).toHaveLength(1);
    for (const refused of responses.filter((response) => response.errors)) {
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'BUDGET_CHANGED' });
    }
    const data = await must<{ community: { coordinatorBudgets: { budgetYear: number; totalCost: number }[] } }>(app, budgetsOf, {
      id: community.id,
    });
    // The winner's lines alone.
    expect([3, 5, 4]).toContain(data.community.coordinatorBudgets[0]?.totalCost);
    expect(won[0]?.data).toMatchObject({ saveCoordinatorBudget: { totalCost: data.community.coordinatorBudgets[0]?.totalCost } });
  });

  it('deletes a year started by mistake with its lines, keeps it in the audit log, and refuses a second deletion', async () => {
    const community = await communityWith2024();
    await must(app, startNext, { input: { communityId: community.id, fromYear: 2024 } }, community.secretariat);
    const remove = `mutation($id: ID!, $year: Int!) { deleteCoordinatorBudget(communityId: $id, budgetYear: $year) }`;
    const deleted = await must<{ deleteCoordinatorBudget: string }>(app, remove, { id: community.id, year: 2025 }, community.secretariat);
    const budgets = await must<{ community: { coordinatorBudgets: { budgetYear: number }[] } }>(app, budgetsOf, { id: community.id });
    expect(budgets.community.coordinatorBudgets.map((budget) => budget.budgetYear)).toEqual([2024]);
    const [lines] = await app.sql<{ count: number }>(
      'SELECT count(*)::int AS count FROM coordinator_budget_cost_line WHERE budget_id = $1',
      [deleted.deleteCoordinatorBudget],
    );
    expect(lines?.count).toBe(0);
    const [event] = await app.sql<{ action: string; lines: number }>(
      `SELECT action, jsonb_array_length(before->'costLines') AS lines FROM audit_event WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [deleted.deleteCoordinatorBudget],
    );
    expect(event).toEqual({ action: 'DELETE', lines: 2 });
    const again = await app.gql(remove, { id: community.id, year: 2025 }, community.secretariat.cookie);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'NO_BUDGET_FOR_YEAR', params: { budgetYear: 2025 } });
    // The year can be started again.
    await must(app, startNext, { input: { communityId: community.id, fromYear: 2024 } }, community.secretariat);
  });

  it('tells the UI who may edit the budgets: the secretariat of the community, nobody else', async () => {
    const community = await communityWith2024();
    const other = await buildCommunity(app, { municipalities: 1 });
    const analyst = await signInAs(app, { role: 'ANALYST', communityId: community.id });
    const canEdit = async (cookie?: string) =>
      (await app.gql<{ community: { canEditCoordinatorBudgets: boolean } }>(budgetsOf, { id: community.id }, cookie)).data?.community
        .canEditCoordinatorBudgets;
    expect(await canEdit(community.secretariat.cookie)).toBe(true);
    expect(await canEdit(other.secretariat.cookie)).toBe(false);
    expect(await canEdit(analyst.cookie)).toBe(false);
    expect(await canEdit()).toBe(false);
    const refused = await app.gql(startNext, { input: { communityId: community.id, fromYear: 2024 } }, other.secretariat.cookie);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
  });
});

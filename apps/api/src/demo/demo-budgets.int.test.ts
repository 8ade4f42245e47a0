import { yearOf } from '@helsefellesskap/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../../test/clock.js';
import { must, signIn } from '../../test/factories.js';
import { createScratchDatabase, type ScratchDatabase } from '../../test/scratch-database.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { clockFrom } from '../common/clock.js';
import { createDataSource } from '../database/data-source.js';
import { createLogger } from '../logging/logger.js';
import { seedDemoData } from '../runtime.js';
import { DEMO_PASSWORD } from './load-demo-accounts.js';

const COMMUNITIES = ['Helsefellesskap Helgeland', 'Helsefellesskapet Lofoten, Vesterålen, Salten'] as const;

/** The demo's budgets are dated from the day it is loaded: today, and years ahead. */
describe.each([testClock.today(), '2031-06-01'])('demo budgets loaded on %s', (date) => {
  const thisYear = yearOf(date);
  let database: ScratchDatabase;
  let app: TestApp;
  let ids: Map<string, string>;

  beforeAll(async () => {
    database = await createScratchDatabase(`demo budgets ${date}`);
    const dataSource = createDataSource(database.url);
    await dataSource.initialize();
    try {
      // Twice: the budgets and populations are loaded once.
      await seedDemoData(dataSource, createLogger('silent'), { accounts: true, today: date });
      await seedDemoData(dataSource, createLogger('silent'), { accounts: true, today: date });
    } finally {
      await dataSource.destroy();
    }
    app = await startTestApp({ databaseUrl: database.url, clock: clockFrom(date) });
    const { communities } = await must<{ communities: { id: string; name: string }[] }>(app, '{ communities { id name } }');
    ids = new Map(communities.map((community) => [community.name, community.id]));
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it.each(COMMUNITIES)('%s has a budget for this year and the three before, each allocated in whole kroner', async (name) => {
    const data = await must<{ community: { coordinatorBudgets: { budgetYear: number; municipalShare: number }[] } }>(
      app,
      'query($id: ID!) { community(id: $id) { coordinatorBudgets { budgetYear municipalShare } } }',
      { id: ids.get(name) },
    );
    const years = data.community.coordinatorBudgets.map((budget) => budget.budgetYear);
    expect(years.slice(0, 4)).toEqual([thisYear, thisYear - 1, thisYear - 2, thisYear - 3]);
    for (const budget of data.community.coordinatorBudgets.slice(0, 4)) {
      const allocation = await must<{ costAllocation: { populationYear: number; lines: { amount: number }[] } }>(
        app,
        'query($id: ID!, $year: Int!) { costAllocation(communityId: $id, budgetYear: $year) { populationYear lines { amount } } }',
        { id: ids.get(name), year: budget.budgetYear },
      );
      expect(allocation.costAllocation.populationYear).toBe(budget.budgetYear - 1);
      expect(allocation.costAllocation.lines.reduce((sum, line) => sum + line.amount, 0)).toBe(budget.municipalShare);
    }
  });

  it("lets Helgeland's secretariat make next year's budget from this year's and allocate it by this year's populations", async () => {
    const secretariat = { ...(await signIn(app, 'sekretariat@helgeland.demo', DEMO_PASSWORD)), email: '', userId: '' };
    const started = await must<{ startNextCoordinatorBudget: { budgetYear: number; municipalShare: number } }>(
      app,
      'mutation($id: ID!, $year: Int!) { startNextCoordinatorBudget(input: { communityId: $id, fromYear: $year }) { budgetYear municipalShare } }',
      { id: ids.get(COMMUNITIES[0]), year: thisYear },
      secretariat,
    );
    expect(started.startNextCoordinatorBudget.budgetYear).toBe(thisYear + 1);
    const allocation = await must<{ costAllocation: { populationYear: number; lines: { name: string; amount: number }[] } }>(
      app,
      'query($id: ID!, $year: Int!) { costAllocation(communityId: $id, budgetYear: $year) { populationYear lines { name amount } } }',
      { id: ids.get(COMMUNITIES[0]), year: thisYear + 1 },
    );
    expect(allocation.costAllocation.populationYear).toBe(thisYear);
    expect(allocation.costAllocation.lines).toHaveLength(17);
    expect(allocation.costAllocation.lines.reduce((sum, line) => sum + line.amount, 0)).toBe(
      started.startNextCoordinatorBudget.municipalShare,
    );
  });

  it("keeps the seed's 2023 budget and 2022 populations for Helgeland", async () => {
    const allocation = await must<{ costAllocation: { municipalShare: number; lines: { name: string; amount: number }[] } }>(
      app,
      'query($id: ID!) { costAllocation(communityId: $id, budgetYear: 2023) { municipalShare lines { name amount } } }',
      { id: ids.get(COMMUNITIES[0]) },
    );
    expect(allocation.costAllocation.municipalShare).toBe(740_539);
    expect(allocation.costAllocation.lines.find((line) => line.name === 'Rana')?.amount).toBe(212_565);
  });
});

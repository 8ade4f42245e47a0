import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQueryOperations } from '../src/cli/bench/admin-operations.js';
import { buildCommunity, signInAs, type Session } from './factories.js';
import { buildShapedPlan, type PlanShape } from './plan-factory.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * The admin UI's action plan, users, audit and session pages cost a fixed number of SQL statements,
 * however many focus areas, measures, updates, plans, users and audit events there are: each page's
 * operation, as the UI sends it, counted on a small and a larger world and compared.
 */
const operations = adminQueryOperations();
function adminOperation(name: string): string {
  const operation = operations.get(name);
  if (!operation) throw new Error(`The admin UI has no query ${name}.`);
  return operation;
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

interface World {
  communityId: string;
  planId: string;
  secretariat: Session;
  member: Session;
}

async function buildWorld(plans: PlanShape[], members: number, municipalities: number): Promise<World> {
  const community = await buildCommunity(app, { municipalities, regionalCouncils: Math.min(municipalities, 3) });
  const member = await signInAs(app, { role: 'SSU_MEMBER', communityId: community.id });
  for (let index = 1; index < members; index += 1) await signInAs(app, { role: 'SSU_MEMBER', communityId: community.id });
  const built = [];
  for (const shape of plans) built.push(await buildShapedPlan(app, community.id, { ...shape, reporterUserIds: [member.userId] }));
  return { communityId: community.id, planId: built[0]?.planId ?? '', secretariat: community.secretariat, member };
}

/** A listing of plans with what each plan shows (not a page of the UI, but what a client may ask). */
const planListing = `query PlanListing($communityId: ID!, $asOf: LocalDate) {
  community(id: $communityId) {
    actionPlans {
      id title status canReadInternal
      statusReportYears { year frozen }
      focusAreas(asOf: $asOf) { id status targets { id status latestValue } measures { id status progress reporters { id name } canPostStatus updates { id } } }
    }
  }
}`;

type Caller = 'secretariat' | 'member' | 'public';
const pages: { name: string; query: () => string; variables: (world: World) => Record<string, unknown>; callers: Caller[] }[] = [
  {
    name: 'ActionPlanPage',
    query: () => adminOperation('ActionPlanPage'),
    variables: (world) => ({ communityId: world.communityId, planId: world.planId, asOf: null }),
    callers: ['secretariat', 'member', 'public'],
  },
  {
    name: 'ActionPlanPage on a date',
    query: () => adminOperation('ActionPlanPage'),
    variables: (world) => ({ communityId: world.communityId, planId: world.planId, asOf: '2023-05-01' }),
    callers: ['secretariat'],
  },
  {
    name: 'PlanProgress',
    query: () => adminOperation('PlanProgress'),
    variables: (world) => ({ planId: world.planId, until: null }),
    callers: ['secretariat', 'public'],
  },
  {
    name: 'StatusReportPlan',
    query: () => adminOperation('StatusReportPlan'),
    variables: (world) => ({ communityId: world.communityId, planId: world.planId }),
    callers: ['secretariat', 'public'],
  },
  {
    name: 'StatusReportView',
    query: () => adminOperation('StatusReportView'),
    variables: (world) => ({ planId: world.planId, year: 2023 }),
    callers: ['secretariat'],
  },
  {
    name: 'a listing of plans',
    query: () => planListing,
    variables: (world) => ({ communityId: world.communityId, asOf: '2023-05-01' }),
    callers: ['secretariat', 'public'],
  },
  { name: 'UsersPage', query: () => adminOperation('UsersPage'), variables: (world) => world, callers: ['secretariat'] },
  { name: 'CommunityUsers', query: () => adminOperation('CommunityUsers'), variables: (world) => world, callers: ['secretariat'] },
  { name: 'AuditPage', query: () => adminOperation('AuditPage'), variables: (world) => world, callers: ['secretariat'] },
  { name: 'AuditUsers', query: () => adminOperation('AuditUsers'), variables: (world) => world, callers: ['secretariat'] },
  {
    name: 'AuditEvents',
    query: () => adminOperation('AuditEvents'),
    variables: (world) => ({ filter: { communityId: world.communityId }, first: 50 }),
    callers: ['secretariat'],
  },
  { name: 'Session', query: () => adminOperation('Session'), variables: () => ({}), callers: ['secretariat', 'member', 'public'] },
  { name: 'SignInPage', query: () => adminOperation('SignInPage'), variables: () => ({}), callers: ['public'] },
  { name: 'Today', query: () => adminOperation('Today'), variables: () => ({}), callers: ['public'] },
];

describe('statements per page of the action plan, users, audit and session', () => {
  let small: World;
  let large: World;
  beforeAll(async () => {
    small = await buildWorld([{ focusAreas: 1, measuresPerArea: 1, targetsPerArea: 1, quarters: 1 }], 1, 1);
    large = await buildWorld(
      [
        { focusAreas: 4, measuresPerArea: 6, targetsPerArea: 2, quarters: 10 },
        { focusAreas: 3, measuresPerArea: 2, targetsPerArea: 1, quarters: 2 },
        { focusAreas: 2, measuresPerArea: 3, targetsPerArea: 1, quarters: 0, status: 'DRAFT' },
      ],
      5,
      6,
    );
  }, 120_000);

  const cases = pages.flatMap((page) => page.callers.map((caller) => ({ ...page, caller })));
  it.each(cases)('$name as $caller runs as many statements for a large world as for a small one', async ({ query, variables, caller }) => {
    const count = async (world: World) => {
      const session = caller === 'public' ? undefined : world[caller].cookie;
      const { result, statements } = await app.countStatements(() => app.gql(query(), variables(world), session));
      expect(result.errors).toBeUndefined();
      return statements;
    };
    const [forSmall, forLarge] = [await count(small), await count(large)];
    expect(forLarge).toBe(forSmall);
  });
});

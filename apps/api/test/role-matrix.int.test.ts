import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../src/schema.js';
import { buildCommunity, must, signInAs, TEST_PASSWORD, type CommunityFixture, type Grant } from './factories.js';
import { buildPlan, type PlanFixture } from './plan-factory.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Every query and mutation, run as every kind of caller, asserting allowed or the exact error code.
 * A new operation fails the first test until it is added here: nobody can forget to decide who may run it.
 */
type Actor =
  | 'public'
  | 'secretariat'
  | 'otherSecretariat'
  | 'ssuMember'
  | 'regionalCouncil'
  | 'otherCouncil'
  | 'analyst'
  | 'nationalAnalyst'
  | 'platformAdmin';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';
const ACTORS: readonly Actor[] = [
  'public',
  'secretariat',
  'otherSecretariat',
  'ssuMember',
  'regionalCouncil',
  'otherCouncil',
  'analyst',
  'nationalAnalyst',
  'platformAdmin',
];

interface World {
  community: CommunityFixture;
  other: CommunityFixture;
}
interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}
interface Case {
  prepare: (world: World, actorEmail: string) => Operation | Promise<Operation>;
  expected: Record<Actor, Outcome>;
}

const everyone: Record<Actor, Outcome> = Object.fromEntries(ACTORS.map((actor) => [actor, 'ok'])) as Record<Actor, Outcome>;
const signedIn: Record<Actor, Outcome> = { ...everyone, public: 'UNAUTHENTICATED' };
const nobodyBut = (...allowed: Actor[]): Record<Actor, Outcome> =>
  Object.fromEntries(
    ACTORS.map((actor) => [actor, actor === 'public' ? 'UNAUTHENTICATED' : allowed.includes(actor) ? 'ok' : 'FORBIDDEN']),
  ) as Record<Actor, Outcome>;
const secretariatOnly = nobodyBut('secretariat');
const unique = () => randomUUID().slice(0, 8);

const cases: Record<string, Case> = {
  'Query.communities': { prepare: () => ({ query: '{ communities { id } }' }), expected: everyone },
  'Query.today': { prepare: () => ({ query: '{ today }' }), expected: everyone },
  'Query.community': {
    prepare: ({ community }) => ({ query: 'query($id: ID!) { community(id: $id) { id } }', variables: { id: community.id } }),
    expected: everyone,
  },
  'Query.costAllocationWhatIf': {
    prepare: () => ({
      query:
        '{ costAllocationWhatIf(input: { municipalShare: 10, municipalities: [{ municipalityNumber: "1000", population: 1 }] }) { municipalShare } }',
    }),
    expected: everyone,
  },
  'Query.costAllocation': {
    prepare: ({ community }) => ({
      query: 'query($id: ID!) { costAllocation(communityId: $id, budgetYear: 2023) { municipalShare } }',
      variables: { id: community.id },
    }),
    expected: everyone,
  },
  'Query.me': { prepare: () => ({ query: '{ me { id } }' }), expected: everyone },
  'Query.identityProviders': { prepare: () => ({ query: '{ identityProviders { name } }' }), expected: everyone },
  'Query.users': {
    prepare: ({ community }) => ({ query: 'query($id: ID!) { users(communityId: $id) { id } }', variables: { id: community.id } }),
    expected: nobodyBut('secretariat', 'platformAdmin'),
  },
  'Query.auditEvents': {
    prepare: ({ community }) => ({
      query: 'query($id: ID!) { auditEvents(filter: { communityId: $id }) { nextBefore } }',
      variables: { id: community.id },
    }),
    expected: secretariatOnly,
  },
  'Mutation.signIn': {
    prepare: (_world, actorEmail) => ({
      query: 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }',
      variables: { email: actorEmail, password: TEST_PASSWORD },
    }),
    expected: everyone,
  },
  'Mutation.signOut': { prepare: () => ({ query: 'mutation { signOut }' }), expected: everyone },
  'Mutation.changePassword': {
    prepare: () => ({ query: `mutation { changePassword(currentPassword: "${TEST_PASSWORD}", newPassword: "${TEST_PASSWORD}") }` }),
    expected: signedIn,
  },
  'Mutation.createCommunity': {
    prepare: () => ({
      query: 'mutation($name: String!) { createCommunity(input: { name: $name, shortName: "Ny" }) { id } }',
      variables: { name: `Nytt ${unique()}` },
    }),
    expected: nobodyBut('platformAdmin'),
  },
  'Mutation.updateCommunity': {
    prepare: ({ community }) => ({
      query: 'mutation($id: ID!) { updateCommunity(id: $id, input: { shortName: "Test" }) { id } }',
      variables: { id: community.id },
    }),
    expected: secretariatOnly,
  },
  'Mutation.createPartner': {
    prepare: ({ community }) => ({
      query: 'mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }',
      variables: { input: { communityId: community.id, name: `Sykehus ${unique()}`, kind: 'HOSPITAL_TRUST' } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.updatePartner': {
    prepare: ({ community }) => ({
      query: 'mutation($id: ID!) { updatePartner(id: $id, input: { joinedOn: "2021-01-01" }) { id } }',
      variables: { id: community.municipalityIds[0] },
    }),
    expected: secretariatOnly,
  },
  'Mutation.setPartnerPopulation': {
    prepare: ({ community }) => ({
      query: 'mutation($id: ID!) { setPartnerPopulation(input: { partnerId: $id, year: 2021, population: 5 }) { id } }',
      variables: { id: community.municipalityIds[0] },
    }),
    expected: secretariatOnly,
  },
  'Mutation.createRegionalCouncil': {
    prepare: ({ community }) => ({
      query: 'mutation($input: CreateRegionalCouncilInput!) { createRegionalCouncil(input: $input) { id } }',
      variables: { input: { communityId: community.id, name: `Råd ${unique()}`, memberPartnerIds: [] } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.updateRegionalCouncil': {
    prepare: ({ community }) => ({
      query: 'mutation($id: ID!, $name: String!) { updateRegionalCouncil(id: $id, input: { name: $name }) { id } }',
      variables: { id: community.regionalCouncilIds[0], name: `Råd ${unique()}` },
    }),
    expected: secretariatOnly,
  },
  'Mutation.createOrgan': {
    prepare: ({ community }) => ({
      query: 'mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }',
      variables: { input: { communityId: community.id, name: `Utvalg ${unique()}`, kind: 'OTHER', rules: { decisionRule: 'VOTE' } } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.updateOrgan': {
    prepare: async ({ community }) => {
      const [organ] = await matrixApp.sql<{ id: string }>('SELECT id FROM organ WHERE community_id = $1 LIMIT 1', [community.id]);
      return {
        query: 'mutation($id: ID!) { updateOrgan(id: $id, input: { establishedOn: "2020-01-01" }) { id } }',
        variables: { id: organ?.id },
      };
    },
    expected: secretariatOnly,
  },
  'Mutation.saveCoordinatorBudget': {
    prepare: ({ community }) => ({
      query: 'mutation($input: SaveCoordinatorBudgetInput!) { saveCoordinatorBudget(input: $input) { id } }',
      variables: { input: { communityId: community.id, budgetYear: 2023, stateGrant: 0, costLines: [{ label: 'Lønn', amount: 100 }] } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.grantRole': {
    prepare: ({ community }) => ({
      query: 'mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }',
      variables: { input: { email: `ny-${unique()}@test.example`, name: 'Ny', role: 'ANALYST', communityId: community.id } },
    }),
    expected: nobodyBut('secretariat', 'platformAdmin'),
  },
  'Mutation.revokeRole': {
    prepare: async ({ community }) => {
      const target = await signInAs(matrixApp, { role: 'ANALYST', communityId: community.id });
      const [grant] = await matrixApp.sql<{ id: string }>('SELECT id FROM role_assignment WHERE user_id = $1', [target.userId]);
      return { query: 'mutation($id: ID!) { revokeRole(roleGrantId: $id) { id } }', variables: { id: grant?.id } };
    },
    expected: nobodyBut('secretariat', 'platformAdmin'),
  },
  'Query.person': {
    prepare: async ({ community }) => ({
      query: 'query($id: ID!) { person(id: $id) { id name } }',
      variables: { id: await personOf(community) },
    }),
    expected: everyone,
  },
  'Query.persons': {
    prepare: ({ community }) => ({ query: 'query($id: ID!) { persons(communityId: $id) { id } }', variables: { id: community.id } }),
    expected: nobodyBut('secretariat', 'regionalCouncil', 'otherCouncil'),
  },
  'Query.appointmentsEndingSoon': {
    prepare: ({ community }) => ({
      query: 'query($id: ID!) { appointmentsEndingSoon(communityId: $id) { id } }',
      variables: { id: community.id },
    }),
    expected: nobodyBut('secretariat', 'ssuMember', 'regionalCouncil', 'otherCouncil', 'analyst'),
  },
  'Mutation.createPerson': {
    prepare: ({ community }) => ({
      query: 'mutation($id: ID!) { createPerson(communityId: $id, input: { name: "Ny Person" }) { id } }',
      variables: { id: community.id },
    }),
    expected: nobodyBut('secretariat', 'regionalCouncil', 'otherCouncil'),
  },
  'Mutation.createSeat': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: CreateSeatInput!) { createSeat(input: $input) { id } }',
      variables: {
        input: {
          organId: await organOf(community),
          label: `Sete ${unique()}`,
          side: 'HOSPITAL',
          voting: true,
          appointingBody: { kind: 'EXTERNAL', name: 'X' },
        },
      },
    }),
    expected: secretariatOnly,
  },
  // The seat belongs to regional council 1: its own council may appoint, the other council may not.
  'Mutation.appoint': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: AppointInput!) { appoint(input: $input) { id } }',
      variables: {
        input: {
          seatId: await councilSeat(community),
          newPerson: { name: 'Ny' },
          role: 'MEMBER',
          startsOn: '2025-01-01',
          decisionReference: 'Sak 1/2025',
        },
      },
    }),
    expected: nobodyBut('secretariat', 'regionalCouncil'),
  },
  'Mutation.endAppointment': {
    prepare: async ({ community }) => {
      const seatId = await councilSeat(community);
      const appointed = await must<{ appoint: { id: string } }>(
        matrixApp,
        'mutation($input: AppointInput!) { appoint(input: $input) { id } }',
        { input: { seatId, newPerson: { name: 'Sittende' }, role: 'MEMBER', startsOn: '2025-01-01', decisionReference: 'Sak 1/2025' } },
        community.secretariat,
      );
      return {
        query: 'mutation($id: ID!) { endAppointment(id: $id, endsOn: "2025-12-31") { id } }',
        variables: { id: appointed.appoint.id },
      };
    },
    expected: nobodyBut('secretariat', 'regionalCouncil'),
  },
  'Query.actionPlan': {
    prepare: async ({ community }) => ({
      query: 'query($id: ID!) { actionPlan(id: $id) { id } }',
      variables: { id: (await planOf(community)).planId },
    }),
    expected: everyone,
  },
  // The measure's reporter is the actor: an SSU member reports on their own measures.
  'Mutation.postStatusUpdate': {
    prepare: async ({ community }, actorEmail) => {
      const plan = await planOf(community);
      await matrixApp.sql('UPDATE measure SET reporter_user_id = (SELECT id FROM app_user WHERE email = $1) WHERE id = $2', [
        actorEmail,
        plan.measureId,
      ]);
      return {
        query:
          'mutation($id: ID!) { postStatusUpdate(input: { measureId: $id, reportedOn: "2024-06-30", status: ON_TRACK, progress: 50 }) { id } }',
        variables: { id: plan.measureId },
      };
    },
    expected: nobodyBut('secretariat', 'ssuMember'),
  },
  'Mutation.setStatusReportCommentary': {
    prepare: async ({ community }) => {
      const { planId } = await planOf(community);
      // Each actor writes from the version the one before left.
      const [stored] = await matrixApp.sql<{ version: number }>(
        `SELECT coalesce((commentary_versions->>'1')::int, 0) AS version FROM status_report WHERE plan_id = $1 AND year = 2024`,
        [planId],
      );
      return {
        query:
          'mutation($id: ID!, $version: Int!) { setStatusReportCommentary(planId: $id, year: 2024, focusAreaNumber: 1, commentary: "Godt i gang.", expectedVersion: $version) { year } }',
        variables: { id: planId, version: stored?.version ?? 0 },
      };
    },
    expected: nobodyBut('secretariat', 'ssuMember'),
  },
  'Mutation.freezeStatusReport': {
    prepare: async ({ community }) => ({
      query:
        'mutation($id: ID!, $year: Int!) { freezeStatusReport(input: { planId: $id, year: $year, caseReference: "SSU sak 1/2025" }) { frozen } }',
      variables: { id: (await planOf(community)).planId, year: (reportYear += 1) },
    }),
    expected: secretariatOnly,
  },
};

let reportYear = 2000;
let plan: PlanFixture | undefined;
async function planOf(community: CommunityFixture): Promise<PlanFixture> {
  plan ??= await buildPlan(matrixApp, community.id, { periodFrom: 2000, periodTo: 2099 });
  return plan;
}

async function organOf(community: CommunityFixture): Promise<string | undefined> {
  const [organ] = await matrixApp.sql<{ id: string }>('SELECT id FROM organ WHERE community_id = $1 ORDER BY name LIMIT 1', [community.id]);
  return organ?.id;
}

/** A fresh seat appointed by the community's first regional council. */
async function councilSeat(community: CommunityFixture): Promise<string> {
  const created = await must<{ createSeat: { id: string } }>(
    matrixApp,
    'mutation($input: CreateSeatInput!) { createSeat(input: $input) { id } }',
    {
      input: {
        organId: await organOf(community),
        label: `Kommunalt sete ${unique()}`,
        side: 'MUNICIPAL',
        voting: true,
        appointingBody: { kind: 'REGIONAL_COUNCIL', regionalCouncilId: community.regionalCouncilIds[0] },
      },
    },
    community.secretariat,
  );
  return created.createSeat.id;
}

async function personOf(community: CommunityFixture): Promise<string> {
  const created = await must<{ createPerson: { id: string } }>(
    matrixApp,
    'mutation($id: ID!) { createPerson(communityId: $id, input: { name: "Offentlig Person" }) { id } }',
    { id: community.id },
    community.secretariat,
  );
  return created.createPerson.id;
}

let matrixApp: TestApp;
let world: World;
beforeAll(async () => {
  matrixApp = await startTestApp();
  world = {
    community: await buildCommunity(matrixApp, { municipalities: 2, regionalCouncils: 2, organs: 1 }),
    other: await buildCommunity(matrixApp, { municipalities: 1 }),
  };
  await must(
    matrixApp,
    'mutation($input: SaveCoordinatorBudgetInput!) { saveCoordinatorBudget(input: $input) { id } }',
    { input: { communityId: world.community.id, budgetYear: 2023, stateGrant: 0, costLines: [{ label: 'Lønn', amount: 100 }] } },
    world.community.secretariat,
  );
});
afterAll(() => matrixApp.close());

function grantsOf(actor: Actor): Grant[] {
  const { community, other } = world;
  const grants: Record<Exclude<Actor, 'public'>, Grant> = {
    secretariat: { role: 'SECRETARIAT', communityId: community.id },
    otherSecretariat: { role: 'SECRETARIAT', communityId: other.id },
    ssuMember: { role: 'SSU_MEMBER', communityId: community.id },
    regionalCouncil: { role: 'REGIONAL_COUNCIL', communityId: community.id, regionalCouncilId: community.regionalCouncilIds[0] },
    otherCouncil: { role: 'REGIONAL_COUNCIL', communityId: community.id, regionalCouncilId: community.regionalCouncilIds[1] },
    analyst: { role: 'ANALYST', communityId: community.id },
    nationalAnalyst: { role: 'NATIONAL_ANALYST' },
    platformAdmin: { role: 'PLATFORM_ADMIN' },
  };
  return actor === 'public' ? [] : [grants[actor]];
}

describe('role matrix', () => {
  it('covers every query and mutation of the schema', async () => {
    const schema = await createSchema();
    const operations = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
    );
    expect(
      operations.filter((operation) => !(operation in cases)),
      'operations missing from the role matrix',
    ).toEqual([]);
    expect(
      Object.keys(cases).filter((operation) => !operations.includes(operation)),
      'cases for operations that no longer exist',
    ).toEqual([]);
  });

  for (const [operation, { prepare, expected }] of Object.entries(cases)) {
    it(`${operation}: ${ACTORS.map((actor) => `${actor} ${expected[actor]}`).join(', ')}`, async () => {
      const outcomes: Partial<Record<Actor, string>> = {};
      for (const actor of ACTORS) {
        // A fresh session per actor and operation, so signOut and changePassword cannot disturb the others.
        const session = actor === 'public' ? null : await signInAs(matrixApp, ...grantsOf(actor));
        const { query, variables } = await prepare(world, session?.email ?? `public-${unique()}@test.example`);
        const response = await matrixApp.gql(query, variables, session?.cookie);
        const code = response.errors?.[0]?.extensions?.code;
        outcomes[actor] = code ?? (response.data ? 'ok' : 'no data');
      }
      // The public's signIn uses an address without an account: UNAUTHENTICATED is the right answer there.
      const wanted = operation === 'Mutation.signIn' ? { ...expected, public: 'UNAUTHENTICATED' } : expected;
      expect(outcomes).toEqual(wanted);
    });
  }
});

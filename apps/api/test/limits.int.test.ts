import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildCommunity, type CommunityFixture } from './factories.js';
import { buildPlan } from './plan-factory.js';
import { startTestApp, type TestApp } from './test-app.js';

let app: TestApp;
let community: CommunityFixture;
beforeAll(async () => {
  // A short statement limit, so a statement stuck behind a lock is stopped soon.
  app = await startTestApp({ statementTimeoutMs: 1_000 });
  community = await buildCommunity(app, { municipalities: 1, regionalCouncils: 0, organs: 0 });
});
afterAll(() => app.close());

/** Polls `condition` until it holds; the deadline only ends a test that would otherwise hang. */
async function waitFor(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('what one request may cost', () => {
  it('refuses the probe that asked the public for the progress until year 9999 under many aliases, before it runs', async () => {
    const plan = await buildPlan(app, community.id);
    const probe = (until: string, aliases: number) =>
      app.gql(
        `{ ${Array.from(
          { length: aliases },
          (_, index) =>
            `a${index}: actionPlan(id: "${plan.planId}") { progressOverTime(until: "${until}") { date focusAreaNumber status averageProgress } }`,
        ).join(' ')} }`,
      );
    // As probed: the date itself is out of range now.
    const asProbed = await probe('9999-12-31', 20);
    expect(asProbed.status).toBe(400);
    expect(asProbed.data ?? null).toBeNull();
    // At the furthest date there is, the aliases cost more than one request may.
    const furthest = await probe('2199-12-31', 20);
    expect(furthest.status).toBe(400);
    expect(furthest.data ?? null).toBeNull();
    expect(furthest.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'REQUEST_TOO_COSTLY' });
    // And the server is still there for everyone else.
    expect((await app.gql(`query($id: ID!) { community(id: $id) { name } }`, { id: community.id })).data).toBeTruthy();
  });

  it('refuses lists nested in lists beyond what any page needs', async () => {
    const response = await app.gql(
      `{ communities { organs { seats { history { person { appointments { seat { history { id } } } } } } } } }`,
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'REQUEST_TOO_COSTLY' });
  });

  it('gives limits on depth and aliases a reason too', async () => {
    const aliases = await app.gql(`{ ${Array.from({ length: 30 }, (_, index) => `a${index}: me { id }`).join(' ')} }`);
    expect(aliases.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'REQUEST_TOO_COSTLY' });
    const deep = await app.gql(
      `{ me { roles { id } } ${'communities { partners { regionalCouncil { members { '.repeat(3)}id${' } } } }'.repeat(3)} }`,
    );
    expect(deep.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'REQUEST_TOO_COSTLY' });
  });

  it('bounds the lists a request may send: regional council members and what-if municipalities', async () => {
    const ids = Array.from({ length: 101 }, (_, index) => `00000000-0000-0000-0000-${String(index).padStart(12, '0')}`);
    const council = await app.gql(
      `mutation($input: CreateRegionalCouncilInput!) { createRegionalCouncil(input: $input) { id } }`,
      { input: { communityId: community.id, name: 'Stort råd', memberPartnerIds: ids } },
      community.secretariat.cookie,
    );
    expect(council.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberPartnerIds' });
    expect(council.errors?.[0]?.extensions?.fields).toContainEqual(expect.objectContaining({ reason: 'TOO_MANY', params: { max: 100 } }));

    const municipalities = Array.from({ length: 401 }, (_, index) => ({ municipalityNumber: String(1000 + index), population: 1 }));
    const whatIf = await app.gql(`query($input: CostAllocationWhatIfInput!) { costAllocationWhatIf(input: $input) { municipalShare } }`, {
      input: { municipalShare: 1000, municipalities },
    });
    expect(whatIf.errors?.[0]?.extensions?.fields).toContainEqual(expect.objectContaining({ reason: 'TOO_MANY', params: { max: 400 } }));
  });

  it('stops a statement that runs past its time budget with TIMEOUT, while the server answers other requests meanwhile', async () => {
    const locker = new pg.Client({ connectionString: inject('databaseUrl') });
    await locker.connect();
    try {
      // Hold the table the slow request needs, so its statement waits, however fast the machine is.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE coordinator_budget IN ACCESS EXCLUSIVE MODE');
      let slowSettled = false;
      const slow = app
        .gql(
          `query($id: ID!) { community(id: $id) { coordinatorBudgets { budgetYear } } }`,
          { id: community.id },
          community.secretariat.cookie,
        )
        .finally(() => (slowSettled = true));
      await waitFor(async () => {
        if (slowSettled) return true;
        const waiting = await locker.query(
          `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%coordinator_budget%'`,
        );
        return (waiting.rowCount ?? 0) > 0;
      }, 'the slow request to wait for the lock');

      // Meanwhile (the lock is still held) the server answers others.
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
      const other = await app.gql(`query($id: ID!) { community(id: $id) { name } }`, { id: community.id });
      expect(other.data).toEqual({ community: { name: expect.any(String) as unknown } });

      const answer = await slow;
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'TIMEOUT', reason: 'REQUEST_TIMED_OUT' });
      expect(answer.errors?.[0]?.message).not.toMatch(/canceling statement|coordinator_budget/);
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
    }
  });
});

describe('the time budget of a request', () => {
  let tight: TestApp;
  beforeAll(async () => {
    tight = await startTestApp({ requestTimeoutMs: 300, statementTimeoutMs: 60_000 });
  });
  afterAll(() => tight.close());

  it('answers 503 with reason REQUEST_TIMED_OUT when a request runs past it, and keeps serving', async () => {
    const locker = new pg.Client({ connectionString: inject('databaseUrl') });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE coordinator_budget IN ACCESS EXCLUSIVE MODE');
      const slow = await tight.gql(
        `query($id: ID!) { community(id: $id) { coordinatorBudgets { budgetYear } } }`,
        { id: community.id },
        community.secretariat.cookie,
      );
      expect(slow.status).toBe(503);
      expect(slow.errors?.[0]?.extensions).toMatchObject({ code: 'TIMEOUT', reason: 'REQUEST_TIMED_OUT' });
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
    }
    expect((await fetch(`${tight.url}/healthz`)).status).toBe(200);
  });
});

import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../database/data-source.js';
import { DEMO_PASSWORD } from '../demo/load-demo-accounts.js';
import { createLogger } from '../logging/logger.js';
import { seedDemoData } from '../runtime.js';
import { createSchema } from '../schema.js';
import { testClock } from '../../test/clock.js';
import { must, signIn } from '../../test/factories.js';
import { createScratchDatabase, type ScratchDatabase } from '../../test/scratch-database.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

/** What a client receives: the status, the Cache-Control header and the body as sent, byte for byte. */
interface Answer {
  status: number;
  cacheControl: string | null;
  body: string;
}

async function post(app: TestApp, query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<Answer> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, cacheControl: response.headers.get('cache-control'), body: await response.text() };
}

/** The nested listing, for one community (the cost limit is another test's concern). */
const NESTED_LISTING = `query CommunityListing($id: ID!, $year: Int!, $at: LocalDate!) {
  community(id: $id) {
    id name shortName
    partners { id name kind municipalityNumber population(year: $year) }
    regionalCouncils { id name members { id name } }
    organs { id name kind seats { id label side voting holders(at: $at) { id role startsOn endsOn person { id name } } } }
  }
}`;

/**
 * Production runs operations with graphql-jit on a schema whose plain fields have no resolver, and
 * checks the time budget in resolvers instead of Apollo's per-field hook (ADR 0015). The reference is
 * graphql-js on the schema as type-graphql builds it. The same operations, on the demo data, as the same
 * callers, must get the same answers from both: data with every scalar serialised alike, and refusals
 * with their codes, reasons, paths and status.
 */
describe('how production executes operations', () => {
  let database: ScratchDatabase;
  let production: TestApp;
  let reference: TestApp;
  let secretariat: string;
  /** The secretariat of the community whose plan the demo has (LoVeSa). */
  let planSecretariat: string;
  let helgelandId: string;

  beforeAll(async () => {
    database = await createScratchDatabase('executor');
    const dataSource = createDataSource(database.url);
    await dataSource.initialize();
    try {
      await seedDemoData(dataSource, createLogger('silent'), { accounts: true, today: testClock.today() });
    } finally {
      await dataSource.destroy();
    }
    production = await startTestApp({ databaseUrl: database.url });
    reference = await startTestApp({
      databaseUrl: database.url,
      schema: await createSchema({ plainFieldsRead: false }),
      executor: 'graphql-js',
    });
    secretariat = (await signIn(production, 'sekretariat@helgeland.demo', DEMO_PASSWORD)).cookie;
    planSecretariat = (await signIn(production, 'sekretariat@lovesa.demo', DEMO_PASSWORD)).cookie;
    const { communities } = await must<{ communities: { id: string; name: string }[] }>(production, '{ communities { id name } }');
    helgelandId = communities.find((community) => community.name === 'Helsefellesskap Helgeland')?.id ?? '';
  });
  afterAll(async () => {
    await production?.close();
    await reference?.close();
    await database?.drop();
  });

  /** Sends the operation to both and returns production's answer after checking it equals the reference's. */
  async function both(query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<Answer> {
    const [fromProduction, fromReference] = await Promise.all([
      post(production, query, variables, cookie),
      post(reference, query, variables, cookie),
    ]);
    expect(fromProduction).toEqual(fromReference);
    return fromProduction;
  }

  it('reads plain fields without a resolver and keeps every other resolver', async () => {
    const found = (await createSchema()).getType('Community');
    const community = isObjectType(found) ? found.getFields() : {};
    expect(community.name?.resolve).toBeUndefined();
    // A field resolver (the partners of a community, through the caller's loaders) keeps its own.
    expect(community.partners?.resolve).toBeTypeOf('function');
  });

  it('answers the nested listing, a plan with its status updates, the audit log and a cost allocation alike', async () => {
    const listing = await both(NESTED_LISTING, { id: helgelandId, year: 2024, at: testClock.today() }, secretariat);
    expect(listing.status).toBe(200);
    // Answers hold what a caller may see: no cache keeps them (Apollo's cache control said so before it was turned off).
    expect(listing.cacheControl).toBe('no-store');
    // The demo's SSU seats have holders today: the comparison covers nested lists all the way down.
    expect(listing.body).toMatch(/"holders":\[\{"id":/);
    expect(JSON.parse(listing.body)).not.toHaveProperty('errors');

    const plans = await both(`{ communities { actionPlans { id } } }`, {}, planSecretariat);
    const planId = (JSON.parse(plans.body) as { data: { communities: { actionPlans: { id: string }[] }[] } }).data.communities.flatMap(
      (community) => community.actionPlans,
    )[0]?.id;
    const plan = await both(
      `query($id: ID!) { actionPlan(id: $id) { id title status periodFrom periodTo canReadInternal
        focusAreas { id number title status measures { id title status startsOn endsOn progress patientGroups canPostStatus
          updates { id reportedOn status progress indicatorValue comment createdAt } } } } }`,
      { id: planId },
      planSecretariat,
    );
    expect(plan.body).toMatch(/"createdAt":"\d{4}-\d{2}-\d{2}T[\d:.]+Z"/);

    // An audited change, so the log has an event with its before and after.
    const partners = (JSON.parse(listing.body) as { data: { community: { partners: { id: string; kind: string }[] } } }).data.community
      .partners;
    const municipality = partners.find((partner) => partner.kind === 'MUNICIPALITY');
    await must(
      production,
      `mutation($input: SetPopulationInput!) { setPartnerPopulation(input: $input) { id } }`,
      { input: { partnerId: municipality?.id, year: 2030, population: 12345 } },
      { cookie: secretariat, email: '', userId: '' },
    );
    const audit = await both(
      `query($filter: AuditFilterInput!) { auditEvents(filter: $filter, first: 20) { events { id action entityType at before after } } }`,
      { filter: { communityId: helgelandId, from: '2000-01-01T00:00:00Z' } },
      secretariat,
    );
    expect(audit.body).toMatch(/"at":"[^"]+Z","before":(null|\{[^}]*\}),"after":\{/);

    const allocation = await both(
      `query($year: Int!) { costAllocationWhatIf(input: { municipalShare: 1000000, fixedShareRatio: 0.2, municipalities: [
        { municipalityNumber: "1804", population: $year }, { municipalityNumber: "1806", population: 20000 } ] }) {
        municipalShare totalPopulation lines { municipalityNumber amount fixedPart perCapitaPart } } }`,
      { year: 5000 },
      secretariat,
    );
    expect(allocation.body).toContain('"municipalShare":1000000');
  });

  it('refuses wrong variables with 400 and their reason, before any resolver runs', async () => {
    const notADate = await both(NESTED_LISTING, { id: helgelandId, year: 2024, at: '2024-13-01' });
    expect(notADate.status).toBe(400);
    expect(JSON.parse(notADate.body)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_A_DATE' } }] });

    const outOfRange = await both(NESTED_LISTING, { id: helgelandId, year: 2024, at: '1800-01-01' });
    expect(JSON.parse(outOfRange.body)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE' } }] });

    const missing = await both(NESTED_LISTING, { id: helgelandId, year: 2024 });
    expect(missing.status).toBe(400);
    expect(JSON.parse(missing.body)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' } }] });
  });

  it('keeps every refusal raised while resolving: its code, reason, params, path and locations', async () => {
    const malformedId = await both(`{ community(id: "1; DROP TABLE community") { name } }`);
    expect(JSON.parse(malformedId.body)).toMatchObject({
      errors: [{ path: ['community'], locations: [{ line: 1, column: 3 }], extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_ID' } }],
      data: null,
    });

    const missing = await both(`{ community(id: "6f1c0b8e-1d7a-4c1e-9a57-0c1b7c7f0000") { name } }`);
    expect(JSON.parse(missing.body)).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND', reason: 'NOT_FOUND' } }] });

    // @Authorized through type-graphql's auth checker, for a caller who has not signed in.
    const anonymous = await both(`query($id: ID!) { users(communityId: $id) { id } }`, { id: helgelandId });
    expect(JSON.parse(anonymous.body)).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' } }] });

    // class-validator's refusal of an input, with every field's reason; the input's defaults filled in alike.
    const invalid = await both(
      `mutation($input: AppointInput!) { appoint(input: $input) { id } }`,
      {
        input: {
          seatId: '6f1c0b8e-1d7a-4c1e-9a57-0c1b7c7f0000',
          newPerson: { name: '' },
          role: 'MEMBER',
          startsOn: '2025-01-01',
          decisionReference: '',
        },
      },
      secretariat,
    );
    expect(JSON.parse(invalid.body)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' } }] });
  });
});

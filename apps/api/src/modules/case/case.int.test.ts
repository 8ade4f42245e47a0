import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, signInAs, type CommunityFixture, type Session } from '../../../test/factories.js';
import { testClock } from '../../../test/clock.js';
import { buildPlan } from '../../../test/plan-factory.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const currentYear = Number(testClock.today().slice(0, 4));

async function organ(community: CommunityFixture, kind: string, name = `${kind} ${Math.random()}`): Promise<string> {
  const created = await must<{ createOrgan: { id: string } }>(
    app,
    'mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }',
    { input: { communityId: community.id, name, kind, rules: { decisionRule: 'CONSENSUS' } } },
    community.secretariat,
  );
  return created.createOrgan.id;
}

const REGISTER = `mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id number year reference status title access version } }`;

interface Registered {
  id: string;
  number: number;
  year: number;
  reference: string;
  status: string;
  title: string | null;
  access: string;
  version: number;
}

async function register(session: Session, input: Record<string, unknown>): Promise<Registered> {
  return (await must<{ registerCase: Registered }>(app, REGISTER, { input }, session)).registerCase;
}

async function submit(session: Session, registered: Registered): Promise<void> {
  await must(
    app,
    'mutation($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { id } }',
    { input: { caseId: registered.id, expectedVersion: registered.version, status: 'SUBMITTED' } },
    session,
  );
}

describe('registering cases', () => {
  it('numbers fifty cases registered at once for one organ and year 1 to 50, without gaps or duplicates', async () => {
    const community = await buildCommunity(app, { municipalities: 1, organs: 0 });
    const organId = await organ(community, 'STRATEGIC_COMMITTEE');
    const registered = await Promise.all(
      Array.from({ length: 50 }, (_, index) => register(community.secretariat, { organId, title: `Sak ${index}`, kind: 'DECISION' })),
    );
    expect(registered.map((found) => found.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    expect(new Set(registered.map((found) => found.year))).toEqual(new Set([currentYear]));
    expect(registered.find((found) => found.number === 26)?.reference).toBe(`SSU sak 26/${currentYear}`);
  });

  it('gives a refused registration’s number back: the next one gets it', async () => {
    const community = await buildCommunity(app, { municipalities: 1, organs: 0 });
    const organId = await organ(community, 'PARTNERSHIP_MEETING');
    const first = await register(community.secretariat, { organId, title: 'Første', kind: 'ORIENTATION' });
    const refused = await app.gql(
      REGISTER,
      { input: { organId, title: 'Unntatt', kind: 'DECISION', access: 'EXEMPT' } },
      community.secretariat.cookie,
    );
    expect(refused.errors?.[0]?.extensions?.reason).toBe('EXEMPTION_BASIS_REQUIRED');
    const second = await register(community.secretariat, { organId, title: 'Andre', kind: 'DISCUSSION' });
    expect([first.reference, second.reference]).toEqual([
      `Partnerskapsmøte sak 01-${currentYear}`,
      `Partnerskapsmøte sak 02-${currentYear}`,
    ]);
  });

  it('records a past year’s case with the number it was given, and goes on from it; refuses a number this year and a taken one', async () => {
    const community = await buildCommunity(app, { municipalities: 1, organs: 0 });
    const organId = await organ(community, 'PARTNERSHIP_MEETING');
    const archived = await register(community.secretariat, {
      organId,
      title: 'Sekretariatsfunksjon',
      kind: 'DECISION',
      year: 2021,
      number: 10,
    });
    expect(archived.reference).toBe('Partnerskapsmøte sak 10-2021');
    const next = await register(community.secretariat, { organId, title: 'Neste', kind: 'DECISION', year: 2021 });
    expect(next.number).toBe(11);
    const taken = await app.gql(
      REGISTER,
      { input: { organId, title: 'Igjen', kind: 'DECISION', year: 2021, number: 10 } },
      community.secretariat.cookie,
    );
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CASE_NUMBER_TAKEN' });
    const thisYear = await app.gql(
      REGISTER,
      { input: { organId, title: 'Nå', kind: 'DECISION', number: 3 } },
      community.secretariat.cookie,
    );
    expect(thisYear.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CASE_NUMBER_ONLY_FOR_PAST_YEAR' });
    const future = await app.gql(
      REGISTER,
      { input: { organId, title: 'Senere', kind: 'DECISION', year: currentYear + 1 } },
      community.secretariat.cookie,
    );
    expect(future.errors?.[0]?.extensions?.reason).toBe('CASE_YEAR_IN_FUTURE');
  });

  it("writes an outside body's case under its own reference", async () => {
    const community = await buildCommunity(app, { municipalities: 1, organs: 0 });
    const board = await organ(community, 'OTHER', 'Styret i Nordlandssykehuset HF');
    const styresak = await register(community.secretariat, {
      organId: board,
      title: 'Etablering av helsefelleskap i Nordlandssykehuset HF',
      kind: 'ORIENTATION',
      year: 2021,
      number: 52,
      externalReference: 'Styresak 052/2021',
    });
    expect(styresak.reference).toBe('Styresak 052/2021');
    const ssu = await organ(community, 'STRATEGIC_COMMITTEE');
    const refused = await app.gql(
      REGISTER,
      { input: { organId: ssu, title: 'X', kind: 'DECISION', externalReference: 'Sak 1' } },
      community.secretariat.cookie,
    );
    expect(refused.errors?.[0]?.extensions?.reason).toBe('EXTERNAL_REFERENCE_ONLY_FOR_OTHER_BODIES');
  });

  it("refuses another community's secretariat", async () => {
    const community = await buildCommunity(app, { municipalities: 1, organs: 0 });
    const other = await buildCommunity(app, { municipalities: 1, organs: 0 });
    const organId = await organ(community, 'STRATEGIC_COMMITTEE');
    const refused = await app.gql(REGISTER, { input: { organId, title: 'Fremmed', kind: 'DECISION' } }, other.secretariat.cookie);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('reading a case', () => {
  const READ = `query($id: ID!) { case(id: $id) { id reference title publicTitle exemptionBasis contentVisible status organ { kind } } }`;

  it('hides a draft from everyone outside the community, and shows an exempt case’s title only to those who may read it', async () => {
    const community = await buildCommunity(app, { municipalities: 1, organs: 0 });
    const other = await buildCommunity(app, { municipalities: 1, organs: 0 });
    const organId = await organ(community, 'STRATEGIC_COMMITTEE');
    const draft = await register(community.secretariat, { organId, title: 'Utkast', kind: 'DECISION' });
    const exempt = await register(community.secretariat, {
      organId,
      title: 'Søkerliste koordinator',
      kind: 'DECISION',
      access: 'EXEMPT',
      exemptionBasis: 'Offl. § 25',
      publicTitle: 'Tilsetting',
    });
    await submit(community.secretariat, exempt);
    const analyst = await signInAs(app, { role: 'ANALYST', communityId: community.id });
    const member = await signInAs(app, { role: 'SSU_MEMBER', communityId: community.id });

    const asPublic = await app.gql(READ, { id: draft.id });
    expect(asPublic.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const asOther = await app.gql(READ, { id: draft.id }, other.secretariat.cookie);
    expect(asOther.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await must<{ case: { title: string } }>(app, READ, { id: draft.id }, analyst)).case.title).toBe('Utkast');

    const seen = async (session?: Session) =>
      (await must<{ case: { title: string | null; contentVisible: boolean; reference: string } }>(app, READ, { id: exempt.id }, session))
        .case;
    for (const reader of [undefined, other.secretariat, analyst]) {
      expect(await seen(reader)).toMatchObject({ title: 'Tilsetting', contentVisible: false, reference: `SSU sak 2/${currentYear}` });
    }
    for (const reader of [community.secretariat, member]) {
      expect(await seen(reader)).toMatchObject({ title: 'Søkerliste koordinator', contentVisible: true });
    }
    expect(JSON.stringify(await app.gql(READ, { id: exempt.id }))).not.toContain('Søkerliste');
  });
});

describe('changing a case', () => {
  const UPDATE = 'mutation($input: UpdateCaseInput!) { updateCase(input: $input) { version content { recommendation } } }';
  const STATUS = 'mutation($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { status submittedOn version } }';

  it('refuses a change made on a version someone else changed since', async () => {
    const community = await buildCommunity(app, { municipalities: 1, organs: 0 });
    const organId = await organ(community, 'STRATEGIC_COMMITTEE');
    const registered = await register(community.secretariat, { organId, title: 'Samtidig', kind: 'DECISION' });
    const first = await app.gql(
      UPDATE,
      { input: { caseId: registered.id, expectedVersion: registered.version, recommendation: ['Én'] } },
      community.secretariat.cookie,
    );
    expect(first.data).toMatchObject({ updateCase: { version: registered.version + 1, content: { recommendation: ['Én'] } } });
    const second = await app.gql(
      UPDATE,
      { input: { caseId: registered.id, expectedVersion: registered.version, recommendation: ['To'] } },
      community.secretariat.cookie,
    );
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONCURRENT_CHANGE' });
  });

  it('submits a draft on today, withdraws it, and refuses what the secretariat may not do', async () => {
    const community = await buildCommunity(app, { municipalities: 1, organs: 0 });
    const organId = await organ(community, 'STRATEGIC_COMMITTEE');
    const registered = await register(community.secretariat, { organId, title: 'Flyt', kind: 'DECISION' });
    const future = await app.gql(
      STATUS,
      {
        input: { caseId: registered.id, expectedVersion: registered.version, status: 'SUBMITTED', submittedOn: `${currentYear + 1}-01-01` },
      },
      community.secretariat.cookie,
    );
    expect(future.errors?.[0]?.extensions?.reason).toBe('DATE_IN_FUTURE');
    const submitted = await must<{ changeCaseStatus: { status: string; submittedOn: string; version: number } }>(
      app,
      STATUS,
      { input: { caseId: registered.id, expectedVersion: registered.version, status: 'SUBMITTED' } },
      community.secretariat,
    );
    expect(submitted.changeCaseStatus).toMatchObject({ status: 'SUBMITTED', submittedOn: testClock.today() });
    const decided = await app.gql(
      STATUS,
      { input: { caseId: registered.id, expectedVersion: submitted.changeCaseStatus.version, status: 'DECIDED' } },
      community.secretariat.cookie,
    );
    expect(decided.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const withdrawn = await must<{ changeCaseStatus: { status: string; version: number } }>(
      app,
      STATUS,
      { input: { caseId: registered.id, expectedVersion: submitted.changeCaseStatus.version, status: 'WITHDRAWN' } },
      community.secretariat,
    );
    expect(withdrawn.changeCaseStatus.status).toBe('WITHDRAWN');
    const edit = await app.gql(
      UPDATE,
      { input: { caseId: registered.id, expectedVersion: withdrawn.changeCaseStatus.version, background: 'x' } },
      community.secretariat.cookie,
    );
    expect(edit.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CASE_NOT_EDITABLE' });
  });

  it("links a plan's free-text case reference to the case, written with leading zeros or not", async () => {
    const community = await buildCommunity(app, { municipalities: 1, organs: 0 });
    const organId = await organ(community, 'PARTNERSHIP_MEETING');
    const adopting = await register(community.secretariat, { organId, title: 'Handlingsplan', kind: 'DECISION', year: 2022, number: 4 });
    await submit(community.secretariat, adopting);
    const plan = await must<{ createActionPlan: { id: string } }>(
      app,
      'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      { input: { communityId: community.id, title: 'Plan 2022–2024', periodFrom: 2022, periodTo: 2024 } },
      community.secretariat,
    );
    const adopted = await must<{ adoptActionPlan: { adoptedByCase: string; adoptedByCaseLink: { id: string; reference: string } | null } }>(
      app,
      'mutation($input: AdoptActionPlanInput!) { adoptActionPlan(input: $input) { adoptedByCase adoptedByCaseLink { id reference } } }',
      { input: { planId: plan.createActionPlan.id, caseReference: 'partnerskapsmøte sak 4/2022' } },
      community.secretariat,
    );
    expect(adopted.adoptActionPlan).toEqual({
      adoptedByCase: 'partnerskapsmøte sak 4/2022',
      adoptedByCaseLink: { id: adopting.id, reference: 'Partnerskapsmøte sak 04-2022' },
    });
  });

  it("links a frozen status report's case to the case, for anyone who may read the report, and leaves an outside decision as text", async () => {
    const community = await buildCommunity(app, { municipalities: 1, organs: 0 });
    const organId = await organ(community, 'STRATEGIC_COMMITTEE');
    const attachedTo = await register(community.secretariat, {
      organId,
      title: 'Statusrapport 2023',
      kind: 'DECISION',
      year: 2024,
      number: 26,
    });
    await submit(community.secretariat, attachedTo);
    const plan = await buildPlan(app, community.id, { periodFrom: 2022, periodTo: 2024, status: 'ADOPTED' });
    const freeze =
      'mutation($id: ID!, $year: Int!, $ref: String!) { freezeStatusReport(input: { planId: $id, year: $year, caseReference: $ref }) { frozen } }';
    await must(app, freeze, { id: plan.planId, year: 2023, ref: 'SSU sak 26/2024' }, community.secretariat);
    await must(app, freeze, { id: plan.planId, year: 2022, ref: 'K-sak 61/2022' }, community.secretariat);

    const read =
      'query($id: ID!, $year: Int!) { actionPlan(id: $id) { statusReport(year: $year) { caseReference caseLink { id reference } } } }';
    const asPublic = await must<{ actionPlan: { statusReport: unknown } }>(app, read, { id: plan.planId, year: 2023 });
    expect(asPublic.actionPlan.statusReport).toEqual({
      caseReference: 'SSU sak 26/2024',
      caseLink: { id: attachedTo.id, reference: 'SSU sak 26/2024' },
    });
    const outside = await must<{ actionPlan: { statusReport: unknown } }>(
      app,
      read,
      { id: plan.planId, year: 2022 },
      community.secretariat,
    );
    expect(outside.actionPlan.statusReport).toEqual({ caseReference: 'K-sak 61/2022', caseLink: null });
  });
});

import { addDays } from '@helsefellesskap/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, signInAs, type CommunityFixture, type Session } from '../../../test/factories.js';
import { testClock } from '../../../test/clock.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const today = testClock.today();
const FOLLOW_UP = `query($id: ID!) { followUp(decisionId: $id) {
  decision { id currentDecisionId caseReference caseTitle text organName decidedOn }
  rows { partnerId partnerName partnerKind status localReference localDate note daysSinceDecision version canRecord } } }`;
const RECORD = `mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) {
  rows { partnerId status localReference localDate note version canRecord } } }`;
const MATRIX = `query($id: ID!, $from: LocalDate!, $to: LocalDate!) { community(id: $id) { followUpMatrix(from: $from, to: $to) {
  partners { id name } hasMore decisions { decision { id caseReference } rows { partnerId status localReference } } } } }`;
const OVERDUE = `query($id: ID!, $days: Int, $partnerId: ID) { community(id: $id) { followUpsOverdue(olderThanDays: $days, partnerId: $partnerId) {
  decision { id } row { partnerId status daysSinceDecision } } } }`;

interface FollowUpData {
  followUp: {
    decision: {
      id: string;
      currentDecisionId: string;
      caseReference: string;
      caseTitle: string | null;
      text: string | null;
      decidedOn: string;
    };
    rows: {
      partnerId: string;
      partnerName: string;
      partnerKind: string;
      status: string;
      localReference: string | null;
      localDate: string | null;
      note: string | null;
      daysSinceDecision: number;
      version: number;
      canRecord: boolean;
    }[];
  };
}

interface Partnership {
  community: CommunityFixture;
  organId: string;
  rodoy: string;
  rana: string;
  /** A municipality that joined after the decisions below. */
  latecomer: string;
  rodoyUser: Session;
}

/** A community with a partnership meeting's organ, two municipalities, a latecomer and Rødøy's municipality user. */
async function buildPartnership(): Promise<Partnership> {
  const community = await buildCommunity(app, { municipalities: 3, regionalCouncils: 1, organs: 0 });
  const organ = await must<{ createOrgan: { id: string } }>(
    app,
    'mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }',
    { input: { communityId: community.id, name: 'Partnerskapsmøtet', kind: 'PARTNERSHIP_MEETING', rules: { decisionRule: 'CONSENSUS' } } },
    community.secretariat,
  );
  const [rodoy = '', rana = '', latecomer = ''] = community.municipalityIds;
  await app.sql(`UPDATE partner SET joined_on = $2 WHERE id = $1`, [latecomer, addDays(today, -10)]);
  const rodoyUser = await signInAs(app, { role: 'MUNICIPALITY', communityId: community.id, partnerId: rodoy });
  return { community, organId: organ.createOrgan.id, rodoy, rana, latecomer, rodoyUser };
}

let caseNumber = 0;
/** A decision straight in the decision tables (recording decisions is another feature), on a case of its own. */
async function insertDecision(
  partnership: Partnership,
  options: { daysAgo?: number; kind?: string; access?: 'PUBLIC' | 'EXEMPT'; corrects?: string } = {},
): Promise<string> {
  const decidedOn = addDays(today, -(options.daysAgo ?? 100));
  caseNumber += 1;
  const exempt = options.access === 'EXEMPT';
  const [meeting] = await app.sql<{ id: string }>(
    `INSERT INTO meeting (community_id, organ_id, starts_at, ends_at, place, is_open, kind, state, notice_sent_at)
     VALUES ($1, $2, $3, $4, 'Mosjøen', true, 'ORDINARY', 'HELD', $5) RETURNING id`,
    [
      partnership.community.id,
      partnership.organId,
      `${decidedOn}T09:00:00Z`,
      `${decidedOn}T14:00:00Z`,
      `${addDays(decidedOn, -14)}T09:00:00Z`,
    ],
  );
  const [caseRow] = await app.sql<{ id: string }>(
    `INSERT INTO case_file (community_id, organ_id, year, number, reference, title, kind, status, submitted_on, access, exemption_basis, public_title)
     VALUES ($1, $2, 2022, $3::int, 'Partnerskapsmøte sak ' || $3::int || '/2022', $4, 'DECISION', 'DECIDED', $5, $6, $7, $8) RETURNING id`,
    [
      partnership.community.id,
      partnership.organId,
      caseNumber,
      exempt ? 'Unntatt: forhandlinger' : 'Etablering av Helsefellesskap Helgeland',
      decidedOn,
      options.access ?? 'PUBLIC',
      exempt ? 'Offl. § 14' : null,
      exempt ? 'Intern sak' : null,
    ],
  );
  const [decision] = await app.sql<{ id: string }>(
    `INSERT INTO decision (community_id, organ_id, meeting_id, case_id, kind, text, decided_on, recorded_at)
     VALUES ($1, $2, $3, $4, $5, 'Helsefellesskap Helgeland etableres.', $6, now()) RETURNING id`,
    [partnership.community.id, partnership.organId, meeting?.id, caseRow?.id, options.kind ?? 'CONSENSUS', decidedOn],
  );
  return decision?.id ?? '';
}

/** A correction of a decision, with the kind it is corrected to. */
async function correct(decisionId: string, kind: string): Promise<string> {
  const [row] = await app.sql<{ id: string }>(
    `INSERT INTO decision (community_id, organ_id, meeting_id, case_id, kind, text, decided_on, recorded_at, corrects_decision_id, correction_reason)
     SELECT community_id, organ_id, meeting_id, case_id, $2, 'Rettet vedtak.', decided_on, now(), id, 'Feil i protokollen'
     FROM decision WHERE id = $1 RETURNING id`,
    [decisionId, kind],
  );
  return row?.id ?? '';
}

const rowOf = (data: FollowUpData, partnerId: string) => data.followUp.rows.find((row) => row.partnerId === partnerId);

describe('recording the follow-up of a binding decision', () => {
  it("lets Rødøy's municipality user record Rødøy's adoption, and everyone in the community sees it in the decision's rows and the matrix", async () => {
    const partnership = await buildPartnership();
    const decisionId = await insertDecision(partnership, { daysAgo: 100 });
    const before = await must<FollowUpData>(app, FOLLOW_UP, { id: decisionId }, partnership.rodoyUser);
    expect(before.followUp.decision.caseTitle).toBe('Etablering av Helsefellesskap Helgeland');
    expect(before.followUp.rows.map((row) => row.partnerKind)).toEqual(['HOSPITAL_TRUST', 'MUNICIPALITY', 'MUNICIPALITY']);
    expect(rowOf(before, partnership.latecomer)).toBeUndefined();
    expect(rowOf(before, partnership.rodoy)).toMatchObject({ status: 'NOT_STARTED', version: 0, canRecord: true, daysSinceDecision: 100 });
    expect(rowOf(before, partnership.rana)).toMatchObject({ canRecord: false });

    const localDate = addDays(today, -30);
    const recorded = await must<{ recordFollowUp: FollowUpData['followUp'] }>(
      app,
      RECORD,
      {
        input: {
          decisionId,
          partnerId: partnership.rodoy,
          status: 'ADOPTED',
          localReference: ' K-sak 61/2022, Rødøy kommunestyre ',
          localDate,
          note: 'Enstemmig',
          expectedVersion: 0,
        },
      },
      partnership.rodoyUser,
    );
    expect(recorded.recordFollowUp.rows.find((row) => row.partnerId === partnership.rodoy)).toMatchObject({
      status: 'ADOPTED',
      localReference: 'K-sak 61/2022, Rødøy kommunestyre',
      localDate,
      version: 1,
    });

    const analyst = await signInAs(app, { role: 'ANALYST', communityId: partnership.community.id });
    const matrix = await must<{
      community: {
        followUpMatrix: {
          partners: { id: string }[];
          hasMore: boolean;
          decisions: { decision: { id: string }; rows: { partnerId: string; status: string; localReference: string | null }[] }[];
        };
      };
    }>(app, MATRIX, { id: partnership.community.id, from: addDays(today, -365), to: today }, analyst);
    const { followUpMatrix } = matrix.community;
    expect(followUpMatrix.partners).toHaveLength(4);
    expect(followUpMatrix.hasMore).toBe(false);
    expect(followUpMatrix.decisions.map((entry) => entry.decision.id)).toEqual([decisionId]);
    expect(followUpMatrix.decisions[0]?.rows.find((row) => row.partnerId === partnership.rodoy)).toMatchObject({
      status: 'ADOPTED',
      localReference: 'K-sak 61/2022, Rødøy kommunestyre',
    });
    const [audit] = await app.sql<{ entityType: string; actorEmail: string }>(
      `SELECT entity_type AS "entityType", actor_email AS "actorEmail" FROM audit_event WHERE community_id = $1 AND entity_id = $2`,
      [partnership.community.id, `${decisionId}/${partnership.rodoy}`],
    );
    expect(audit).toEqual({ entityType: 'FollowUp', actorEmail: partnership.rodoyUser.email });
  });

  it("refuses a municipality user another municipality's row, a regional council any row, and an API token every change", async () => {
    const partnership = await buildPartnership();
    const decisionId = await insertDecision(partnership);
    const input = { decisionId, partnerId: partnership.rana, status: 'IN_PROGRESS', expectedVersion: 0 };
    const other = await app.gql(RECORD, { input }, partnership.rodoyUser.cookie);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FOLLOW_UP_OF_OTHER_PARTNER' });
    const council = await signInAs(app, {
      role: 'REGIONAL_COUNCIL',
      communityId: partnership.community.id,
      regionalCouncilId: partnership.community.regionalCouncilIds[0],
    });
    const byCouncil = await app.gql(RECORD, { input }, council.cookie);
    expect(byCouncil.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });

    const created = await must<{ createApiToken: { token: string } }>(
      app,
      'mutation { createApiToken(input: { name: "Skript" }) { token } }',
      {},
      partnership.rodoyUser,
    );
    const byToken = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${created.createApiToken.token}` },
      body: JSON.stringify({ query: RECORD, variables: { input: { ...input, partnerId: partnership.rodoy } } }),
    });
    const tokenBody = (await byToken.json()) as { errors?: { extensions?: { reason?: string } }[] };
    expect(tokenBody.errors?.[0]?.extensions?.reason).toBe('API_TOKEN_READ_ONLY');
    const stored = await app.sql('SELECT 1 FROM follow_up WHERE decision_id = $1', [decisionId]);
    expect(stored).toHaveLength(0);
  });

  it('lets the secretariat record for any partner, and refuses a partner that joined after the decision', async () => {
    const partnership = await buildPartnership();
    const decisionId = await insertDecision(partnership);
    const { secretariat } = partnership.community;
    const hospital = await must<{ recordFollowUp: FollowUpData['followUp'] }>(
      app,
      RECORD,
      { input: { decisionId, partnerId: partnership.community.hospitalTrustId, status: 'IN_PROGRESS', expectedVersion: 0 } },
      secretariat,
    );
    expect(hospital.recordFollowUp.rows[0]).toMatchObject({ status: 'IN_PROGRESS', canRecord: true });
    const late = await app.gql(
      RECORD,
      { input: { decisionId, partnerId: partnership.latecomer, status: 'IN_PROGRESS', expectedVersion: 0 } },
      secretariat.cookie,
    );
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_A_PARTNER_ON_DECISION_DATE' });
  });

  it('refuses a stale save with CONFLICT, and lets only one of two first saves in', async () => {
    const partnership = await buildPartnership();
    const decisionId = await insertDecision(partnership);
    const input = { decisionId, partnerId: partnership.rodoy, status: 'IN_PROGRESS', expectedVersion: 0 };
    const results = await Promise.all([
      app.gql(RECORD, { input: { ...input, note: 'Første' } }, partnership.rodoyUser.cookie),
      app.gql(RECORD, { input: { ...input, note: 'Andre' } }, partnership.community.secretariat.cookie),
    ]);
    const refused = results.filter((result) => result.errors);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'FOLLOW_UP_CHANGED',
      params: { currentVersion: 1 },
    });

    await must(app, RECORD, { input: { ...input, status: 'IN_PROGRESS', expectedVersion: 1 } }, partnership.rodoyUser);
    const stale = await app.gql(RECORD, { input: { ...input, expectedVersion: 1 } }, partnership.rodoyUser.cookie);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'FOLLOW_UP_CHANGED', params: { currentVersion: 2 } });
  });

  it('keeps the local date between the decision and today, and asks an adoption or a refusal for its reference and date', async () => {
    const partnership = await buildPartnership();
    const decisionId = await insertDecision(partnership, { daysAgo: 50 });
    const decidedOn = addDays(today, -50);
    const attempt = async (values: Record<string, unknown>) =>
      (
        await app.gql(
          RECORD,
          { input: { decisionId, partnerId: partnership.rodoy, status: 'ADOPTED', expectedVersion: 0, ...values } },
          partnership.rodoyUser.cookie,
        )
      ).errors?.[0]?.extensions;
    expect(await attempt({ localReference: 'K-sak 1/2022', localDate: addDays(decidedOn, -1) })).toMatchObject({
      reason: 'LOCAL_DATE_BEFORE_DECISION',
      params: { decidedOn },
    });
    expect(await attempt({ localReference: 'K-sak 1/2022', localDate: addDays(today, 1) })).toMatchObject({
      reason: 'LOCAL_DATE_IN_FUTURE',
      params: { today },
    });
    expect(await attempt({ localReference: '  ', localDate: today })).toMatchObject({ reason: 'FOLLOW_UP_NEEDS_LOCAL_REFERENCE' });
    expect(await attempt({ status: 'DECLINED', localReference: 'K-sak 1/2022' })).toMatchObject({ reason: 'FOLLOW_UP_NEEDS_LOCAL_DATE' });
  });
});

describe('which decisions bind', () => {
  it('refuses a decision by vote, follows a correction to the current kind, and keeps the follow-up through a correction', async () => {
    const partnership = await buildPartnership();
    const byVote = await insertDecision(partnership, { kind: 'VOTE' });
    const refused = await app.gql(FOLLOW_UP, { id: byVote }, partnership.rodoyUser.cookie);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DECISION_NOT_BINDING',
      params: { kind: 'VOTE' },
    });

    const original = await insertDecision(partnership);
    await must(
      app,
      RECORD,
      { input: { decisionId: original, partnerId: partnership.rodoy, status: 'IN_PROGRESS', expectedVersion: 0 } },
      partnership.rodoyUser,
    );
    const correction = await correct(original, 'CONSENSUS');
    const throughCorrection = await must<FollowUpData>(app, FOLLOW_UP, { id: correction }, partnership.rodoyUser);
    expect(throughCorrection.followUp.decision).toMatchObject({ id: original, currentDecisionId: correction, text: 'Rettet vedtak.' });
    expect(rowOf(throughCorrection, partnership.rodoy)?.status).toBe('IN_PROGRESS');

    await correct(correction, 'NOTED');
    const noLonger = await app.gql(FOLLOW_UP, { id: original }, partnership.rodoyUser.cookie);
    expect(noLonger.errors?.[0]?.extensions).toMatchObject({ reason: 'DECISION_NOT_BINDING', params: { kind: 'NOTED' } });
  });
});

describe('reading the follow-up', () => {
  it("shows an exempt case's public title and no text or note to a municipality user and an analyst, the real ones to the secretariat", async () => {
    const partnership = await buildPartnership();
    const decisionId = await insertDecision(partnership, { access: 'EXEMPT' });
    await must(
      app,
      RECORD,
      { input: { decisionId, partnerId: partnership.rodoy, status: 'IN_PROGRESS', note: 'Forhandlingsnotat', expectedVersion: 0 } },
      partnership.community.secretariat,
    );
    const analyst = await signInAs(app, { role: 'ANALYST', communityId: partnership.community.id });
    for (const reader of [partnership.rodoyUser, analyst]) {
      const seen = await must<FollowUpData>(app, FOLLOW_UP, { id: decisionId }, reader);
      expect(seen.followUp.decision).toMatchObject({ caseTitle: 'Intern sak', text: null });
      expect(rowOf(seen, partnership.rodoy)?.note).toBeNull();
      expect(JSON.stringify(seen)).not.toContain('Unntatt');
    }
    const bySecretariat = await must<FollowUpData>(app, FOLLOW_UP, { id: decisionId }, partnership.community.secretariat);
    expect(bySecretariat.followUp.decision.caseTitle).toBe('Unntatt: forhandlinger');
    expect(rowOf(bySecretariat, partnership.rodoy)?.note).toBe('Forhandlingsnotat');
  });

  it("refuses another community's users and the public", async () => {
    const partnership = await buildPartnership();
    const decisionId = await insertDecision(partnership);
    const other = await buildCommunity(app, { municipalities: 1, organs: 0 });
    const byOther = await app.gql(FOLLOW_UP, { id: decisionId }, other.secretariat.cookie);
    expect(byOther.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byPublic = await app.gql(FOLLOW_UP, { id: decisionId });
    expect(byPublic.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const matrix = await app.gql(MATRIX, { id: partnership.community.id, from: addDays(today, -365), to: today }, other.secretariat.cookie);
    expect(matrix.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists what is still open after the days asked, per community and per municipality, leaving out settled ones and latecomers', async () => {
    const partnership = await buildPartnership();
    const old = await insertDecision(partnership, { daysAgo: 200 });
    const recent = await insertDecision(partnership, { daysAgo: 40 });
    await insertDecision(partnership, { daysAgo: 300, kind: 'NOTED' });
    await must(
      app,
      RECORD,
      {
        input: {
          decisionId: old,
          partnerId: partnership.rodoy,
          status: 'ADOPTED',
          localReference: 'K-sak 61/2022',
          localDate: addDays(today, -150),
          expectedVersion: 0,
        },
      },
      partnership.rodoyUser,
    );
    type Overdue = {
      community: {
        followUpsOverdue: { decision: { id: string }; row: { partnerId: string; status: string; daysSinceDecision: number } }[];
      };
    };
    const byDefault = await must<Overdue>(app, OVERDUE, { id: partnership.community.id }, partnership.rodoyUser);
    expect(byDefault.community.followUpsOverdue.map((entry) => [entry.decision.id, entry.row.partnerId])).toEqual([
      [old, partnership.community.hospitalTrustId],
      [old, partnership.rana],
    ]);
    expect(byDefault.community.followUpsOverdue[0]?.row).toMatchObject({ status: 'NOT_STARTED', daysSinceDecision: 200 });

    const sooner = await must<Overdue>(
      app,
      OVERDUE,
      { id: partnership.community.id, days: 30, partnerId: partnership.rodoy },
      partnership.rodoyUser,
    );
    expect(sooner.community.followUpsOverdue.map((entry) => entry.decision.id)).toEqual([recent]);

    const outOfRange = await app.gql(OVERDUE, { id: partnership.community.id, days: -1 }, partnership.rodoyUser.cookie);
    expect(outOfRange.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE' });
  });

  it('reads the matrix and the overdue list in the same number of statements for one decision as for many', async () => {
    const partnership = await buildPartnership();
    const { secretariat } = partnership.community;
    const count = async () =>
      (
        await app.countStatements(async () => {
          await must(app, MATRIX, { id: partnership.community.id, from: addDays(today, -365), to: today }, secretariat);
          await must(app, OVERDUE, { id: partnership.community.id, days: 0 }, secretariat);
        })
      ).statements;
    await insertDecision(partnership, { daysAgo: 20 });
    const few = await count();
    for (const daysAgo of [30, 60, 90, 120]) {
      const decisionId = await insertDecision(partnership, { daysAgo });
      await must(
        app,
        RECORD,
        { input: { decisionId, partnerId: partnership.rana, status: 'IN_PROGRESS', expectedVersion: 0 } },
        secretariat,
      );
    }
    expect(await count()).toBe(few);
  });
});

describe('granting the MUNICIPALITY role', () => {
  it('needs a municipality of the community, and gives a grant that names it', async () => {
    const partnership = await buildPartnership();
    const { secretariat } = partnership.community;
    const grant = (values: Record<string, unknown>) =>
      app.gql<{ grantRole: { roles: { role: string; partnerId: string | null }[] } }>(
        'mutation($input: GrantRoleInput!) { grantRole(input: $input) { roles { role partnerId } } }',
        {
          input: {
            email: `rodoy-${caseNumber++}@kommune.example`,
            name: 'Rødøy',
            role: 'MUNICIPALITY',
            communityId: partnership.community.id,
            ...values,
          },
        },
        secretariat.cookie,
      );
    expect((await grant({})).errors?.[0]?.extensions?.reason).toBe('ROLE_NEEDS_PARTNER');
    expect((await grant({ partnerId: partnership.community.hospitalTrustId })).errors?.[0]?.extensions?.reason).toBe(
      'PARTNER_NOT_MUNICIPALITY_OF_COMMUNITY',
    );
    expect((await grant({ role: 'ANALYST', partnerId: partnership.rodoy })).errors?.[0]?.extensions?.reason).toBe(
      'PARTNER_ONLY_FOR_MUNICIPALITY_ROLE',
    );
    const granted = await grant({ partnerId: partnership.rodoy });
    expect(granted.data?.grantRole.roles).toEqual([{ role: 'MUNICIPALITY', partnerId: partnership.rodoy }]);
  });
});

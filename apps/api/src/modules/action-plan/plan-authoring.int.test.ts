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

const createPlan = `mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id status canEdit nextStatuses periodFrom periodTo } }`;
const addFocusArea = `mutation($input: AddFocusAreaInput!) { addFocusArea(input: $input) { id number title responsibleOrganId } }`;
const addTarget = `mutation($input: AddTargetInput!) { addTarget(input: $input) { id indicatorName unit baseline targetValue dueDate } }`;
const addMeasure = `mutation($input: AddMeasureInput!) { addMeasure(input: $input) { id title reporters { id name } ownerPartnerId patientGroups canPostStatus } }`;
const updateMeasure = `mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id reporters { id } canPostStatus } }`;
const post = `mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }`;
const correct = `mutation($input: CorrectStatusUpdateInput!) { correctStatusUpdate(input: $input) { id correctsId status progress } }`;
const tree = `query($id: ID!, $asOf: LocalDate) { actionPlan(id: $id) { status focusAreas(asOf: $asOf) { id number title
  targets { id } measures { id title status progress updates { id status progress correctsId correctedById canCorrect } } } } }`;

interface TreeView {
  actionPlan: {
    status: string;
    focusAreas: {
      id: string;
      number: number;
      title: string;
      targets: { id: string }[];
      measures: {
        id: string;
        title: string;
        status: string;
        progress: number | null;
        updates:
          | {
              id: string;
              status: string | null;
              progress: number | null;
              correctsId: string | null;
              correctedById: string | null;
              canCorrect: boolean;
            }[]
          | null;
      }[];
    }[];
  };
}

const today = testClock.today();
const thisYear = Number(today.slice(0, 4));

async function refusal(query: string, variables: Record<string, unknown>, session: Session) {
  const response = await app.gql(query, variables, session.cookie);
  expect(response.errors, JSON.stringify(response.data)).toBeDefined();
  const [error] = response.errors ?? [];
  return { code: error?.extensions?.code, reason: error?.extensions?.reason, field: error?.extensions?.field };
}

async function newPlan(community: CommunityFixture, title = `Handlingsplan ${crypto.randomUUID()}`) {
  const created = await must<{ createActionPlan: { id: string } }>(
    app,
    createPlan,
    { input: { communityId: community.id, title, periodFrom: thisYear - 1, periodTo: thisYear + 2 } },
    community.secretariat,
  );
  return created.createActionPlan.id;
}

async function area(community: CommunityFixture, planId: string, title: string): Promise<string> {
  return (await must<{ addFocusArea: { id: string } }>(app, addFocusArea, { input: { planId, title } }, community.secretariat)).addFocusArea
    .id;
}

describe('authoring an action plan', () => {
  it('creates a draft with two focus areas, a target and a measure whose reporters then post its status, each write audited', async () => {
    const community = await buildCommunity(app, { municipalities: 1 });
    const reporter = await signInAs(app, { role: 'SSU_MEMBER', communityId: community.id });
    const secondReporter = await signInAs(app, { role: 'SSU_MEMBER', communityId: community.id });
    const created = await must<{ createActionPlan: { id: string; status: string; canEdit: boolean; nextStatuses: string[] } }>(
      app,
      createPlan,
      { input: { communityId: community.id, title: 'Handlingsplan 2025–2028', periodFrom: 2025, periodTo: 2028 } },
      community.secretariat,
    );
    expect(created.createActionPlan).toMatchObject({ status: 'DRAFT', canEdit: true, nextStatuses: ['ADOPTED'] });
    const planId = created.createActionPlan.id;
    const first = await must<{ addFocusArea: { number: number } }>(
      app,
      addFocusArea,
      { input: { planId, title: 'Akuttmedisin' } },
      community.secretariat,
    );
    const secondId = await area(community, planId, 'Rekruttering');
    expect(first.addFocusArea.number).toBe(1);
    await must(
      app,
      addTarget,
      {
        input: {
          focusAreaId: secondId,
          description: 'Flere fastleger',
          indicatorName: 'Fastleger rekruttert',
          unit: 'leger',
          baseline: 0,
          targetValue: 10,
          dueDate: '2028-12-31',
        },
      },
      community.secretariat,
    );
    const measure = await must<{ addMeasure: { id: string; reporters: { id: string }[]; patientGroups: string[] } }>(
      app,
      addMeasure,
      {
        input: {
          focusAreaId: secondId,
          title: 'Rekrutteringsprosjekt',
          ownerPartnerId: community.municipalityIds[0],
          reporterUserIds: [reporter.userId, secondReporter.userId, reporter.userId],
          startsOn: '2025-01-01',
          endsOn: '2028-12-31',
          patientGroups: ['FRAIL_ELDERLY'],
        },
      },
      community.secretariat,
    );
    expect(measure.addMeasure.patientGroups).toEqual(['FRAIL_ELDERLY']);
    expect(measure.addMeasure.reporters.map((user) => user.id).sort()).toEqual([reporter.userId, secondReporter.userId].sort());
    await must(
      app,
      post,
      { input: { measureId: measure.addMeasure.id, reportedOn: '2025-03-31', status: 'ON_TRACK', progress: 5 } },
      secondReporter,
    );
    await must(
      app,
      post,
      { input: { measureId: measure.addMeasure.id, reportedOn: '2025-06-30', status: 'AT_RISK', progress: 10 } },
      reporter,
    );
    // The second reporter leaves the measure: they may no longer post its status, the one who stays may.
    const changed = await must<{ updateMeasure: { reporters: { id: string }[] } }>(
      app,
      updateMeasure,
      { input: { measureId: measure.addMeasure.id, reporterUserIds: [reporter.userId] } },
      community.secretariat,
    );
    expect(changed.updateMeasure.reporters).toEqual([{ id: reporter.userId }]);
    expect(
      await refusal(post, { input: { measureId: measure.addMeasure.id, reportedOn: '2025-06-30', progress: 12 } }, secondReporter),
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_MEASURE_REPORTER' });
    const [reporterChange] = await app.sql<{ before: { reporterUserIds: string[] }; after: { reporterUserIds: string[] } }>(
      `SELECT before, after FROM audit_event WHERE entity_type = 'Measure' AND entity_id = $1 AND action = 'UPDATE'`,
      [measure.addMeasure.id],
    );
    expect(reporterChange?.before.reporterUserIds.sort()).toEqual([reporter.userId, secondReporter.userId].sort());
    expect(reporterChange?.after.reporterUserIds).toEqual([reporter.userId]);
    const view = await must<TreeView>(app, tree, { id: planId, asOf: '2025-12-31' }, community.secretariat);
    expect(view.actionPlan.focusAreas.map((focusArea) => [focusArea.number, focusArea.title, focusArea.targets.length])).toEqual([
      [1, 'Akuttmedisin', 0],
      [2, 'Rekruttering', 1],
    ]);
    expect(view.actionPlan.focusAreas[1]?.measures[0]).toMatchObject({ status: 'AT_RISK', progress: 10 });
    const audited = await app.sql<{ entity_type: string; action: string }>(
      'SELECT entity_type, action FROM audit_event WHERE community_id = $1 AND entity_type IN ($2, $3, $4, $5) ORDER BY id',
      [community.id, 'ActionPlan', 'FocusArea', 'Target', 'Measure'],
    );
    expect(audited.map((row) => row.entity_type)).toEqual(['ActionPlan', 'FocusArea', 'FocusArea', 'Target', 'Measure', 'Measure']);
  });

  it('refuses a reporter who may not post status in the community, an organ of another community and both kinds of owner', async () => {
    const community = await buildCommunity(app, { municipalities: 1 });
    const other = await buildCommunity(app, { municipalities: 1 });
    const analyst = await signInAs(app, { role: 'ANALYST', communityId: community.id });
    const otherMember = await signInAs(app, { role: 'SSU_MEMBER', communityId: other.id });
    const planId = await newPlan(community);
    const focusAreaId = await area(community, planId, 'Samhandling');
    for (const reporterUserId of [analyst.userId, otherMember.userId]) {
      expect(
        await refusal(
          addMeasure,
          { input: { focusAreaId, title: 'Tiltak', reporterUserIds: [community.secretariat.userId, reporterUserId] } },
          community.secretariat,
        ),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'REPORTER_NOT_STATUS_WRITER',
      });
    }
    const [otherOrgan] = await app.sql<{ id: string }>('SELECT id FROM organ WHERE community_id = $1', [other.id]);
    expect(
      await refusal(addFocusArea, { input: { planId, title: 'Akutt', responsibleOrganId: otherOrgan?.id } }, community.secretariat),
    ).toMatchObject({
      reason: 'ORGAN_NOT_IN_COMMUNITY',
      field: 'responsibleOrganId',
    });
    const [ownOrgan] = await app.sql<{ id: string }>('SELECT id FROM organ WHERE community_id = $1', [community.id]);
    expect(
      await refusal(
        addMeasure,
        { input: { focusAreaId, title: 'Tiltak', ownerPartnerId: community.municipalityIds[0], ownerOrganId: ownOrgan?.id } },
        community.secretariat,
      ),
    ).toMatchObject({ reason: 'MEASURE_OWNER_EITHER' });
    expect(
      await refusal(
        addMeasure,
        { input: { focusAreaId, title: 'Tiltak', startsOn: '2026-01-01', endsOn: '2025-12-31' } },
        community.secretariat,
      ),
    ).toMatchObject({ reason: 'ENDS_BEFORE_START', field: 'endsOn' });
  });
});

describe('the plan lifecycle', () => {
  it('goes draft → adopted → prolonged → closed, refusing every other step and any change once closed', async () => {
    const community = await buildCommunity(app, { municipalities: 1 });
    const planId = await newPlan(community);
    const { secretariat } = community;
    const close = 'mutation($id: ID!) { closeActionPlan(planId: $id) { status } }';
    const adopt = 'mutation($input: AdoptActionPlanInput!) { adoptActionPlan(input: $input) { status adoptedByCase nextStatuses } }';
    const prolong =
      'mutation($input: ProlongActionPlanInput!) { prolongActionPlan(input: $input) { status prolongedReason prolongedByCase nextStatuses } }';
    const update = 'mutation($input: UpdateActionPlanInput!) { updateActionPlan(input: $input) { title periodTo } }';
    expect(await refusal(close, { id: planId }, secretariat)).toMatchObject({ code: 'CONFLICT', reason: 'PLAN_TRANSITION_NOT_ALLOWED' });
    expect(await refusal(prolong, { input: { planId, reason: 'Forlenges', caseReference: 'SSU sak 1/2028' } }, secretariat)).toMatchObject({
      reason: 'PLAN_TRANSITION_NOT_ALLOWED',
    });
    expect(
      (await must<{ updateActionPlan: { periodTo: number } }>(app, update, { input: { planId, periodTo: thisYear + 3 } }, secretariat))
        .updateActionPlan.periodTo,
    ).toBe(thisYear + 3);
    expect(
      (
        await must<{ adoptActionPlan: unknown }>(
          app,
          adopt,
          { input: { planId, caseReference: 'Partnerskapsmøtet sak 05-2025' } },
          secretariat,
        )
      ).adoptActionPlan,
    ).toEqual({ status: 'ADOPTED', adoptedByCase: 'Partnerskapsmøtet sak 05-2025', nextStatuses: ['PROLONGED', 'CLOSED'] });
    expect(await refusal(adopt, { input: { planId, caseReference: 'PM 2' } }, secretariat)).toMatchObject({
      reason: 'PLAN_TRANSITION_NOT_ALLOWED',
    });
    expect(await refusal(update, { input: { planId, periodTo: thisYear + 4 } }, secretariat)).toMatchObject({
      reason: 'PLAN_PERIOD_FIXED',
    });
    expect(
      (
        await must<{ prolongActionPlan: unknown }>(
          app,
          prolong,
          { input: { planId, reason: 'Til status er rapportert.', caseReference: 'SSU sak 26/2028' } },
          secretariat,
        )
      ).prolongActionPlan,
    ).toEqual({
      status: 'PROLONGED',
      prolongedReason: 'Til status er rapportert.',
      prolongedByCase: 'SSU sak 26/2028',
      nextStatuses: ['CLOSED'],
    });
    expect((await must<{ closeActionPlan: { status: string } }>(app, close, { id: planId }, secretariat)).closeActionPlan.status).toBe(
      'CLOSED',
    );
    expect(await refusal(addFocusArea, { input: { planId, title: 'For sent' } }, secretariat)).toMatchObject({
      code: 'CONFLICT',
      reason: 'PLAN_CLOSED',
    });
  });

  it('refuses a period out of order or too long, and a title the community already uses', async () => {
    const community = await buildCommunity(app, { municipalities: 1 });
    const input = { communityId: community.id, title: 'Handlingsplan', periodFrom: 2025, periodTo: 2024 };
    expect(await refusal(createPlan, { input }, community.secretariat)).toMatchObject({ reason: 'PLAN_PERIOD_INVALID', field: 'periodTo' });
    expect(await refusal(createPlan, { input: { ...input, periodTo: 2040 } }, community.secretariat)).toMatchObject({
      reason: 'PLAN_PERIOD_INVALID',
    });
    await must(app, createPlan, { input: { ...input, periodTo: 2028 } }, community.secretariat);
    expect(await refusal(createPlan, { input: { ...input, periodTo: 2028 } }, community.secretariat)).toMatchObject({
      code: 'CONFLICT',
      reason: 'PLAN_TITLE_TAKEN',
      field: 'title',
    });
  });
});

describe('order and retirement', () => {
  it('moves a focus area up keeping its id, its measures and their history, and its draft commentary follows it', async () => {
    const community = await buildCommunity(app, { municipalities: 1 });
    const planId = await newPlan(community);
    const firstId = await area(community, planId, 'Første');
    const secondId = await area(community, planId, 'Andre');
    const measure = await must<{ addMeasure: { id: string } }>(
      app,
      addMeasure,
      { input: { focusAreaId: secondId, title: 'Tiltak' } },
      community.secretariat,
    );
    await must(
      app,
      post,
      { input: { measureId: measure.addMeasure.id, reportedOn: today, status: 'ON_TRACK', progress: 30 } },
      community.secretariat,
    );
    const year = thisYear - 1;
    await must(
      app,
      'mutation($id: ID!, $year: Int!) { setStatusReportCommentary(planId: $id, year: $year, focusAreaNumber: 2, commentary: "Om andre.", expectedVersion: 0) { year } }',
      { id: planId, year },
      community.secretariat,
    );
    await must(
      app,
      'mutation($input: MovePlanElementInput!) { moveFocusArea(input: $input) { id } }',
      { input: { id: secondId, direction: 'UP' } },
      community.secretariat,
    );
    const view = await must<TreeView>(app, tree, { id: planId }, community.secretariat);
    expect(view.actionPlan.focusAreas.map((focusArea) => [focusArea.number, focusArea.id])).toEqual([
      [1, secondId],
      [2, firstId],
    ]);
    expect(view.actionPlan.focusAreas[0]?.measures[0]).toMatchObject({ id: measure.addMeasure.id, progress: 30 });
    const [draft] = await app.sql<{ commentary: Record<string, string> }>(
      'SELECT commentary FROM status_report WHERE plan_id = $1 AND year = $2',
      [planId, year],
    );
    // Kept by the focus area's id: the text stays with its area, whatever its number.
    expect(draft?.commentary).toEqual({ [secondId]: 'Om andre.' });
  });

  it('keeps the numbers a permutation when many moves run in parallel', async () => {
    const community = await buildCommunity(app, { municipalities: 1 });
    const planId = await newPlan(community);
    const ids: string[] = [];
    for (const title of ['A', 'B', 'C', 'D']) ids.push(await area(community, planId, title));
    const moves = ids.flatMap((id, index) => [
      app.gql(
        'mutation($input: MovePlanElementInput!) { moveFocusArea(input: $input) { id } }',
        { input: { id, direction: index % 2 ? 'UP' : 'DOWN' } },
        community.secretariat.cookie,
      ),
      app.gql(
        'mutation($input: MovePlanElementInput!) { moveFocusArea(input: $input) { id } }',
        { input: { id, direction: 'UP' } },
        community.secretariat.cookie,
      ),
    ]);
    const responses = await Promise.all(moves);
    expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);
    const rows = await app.sql<{ id: string; number: number }>('SELECT id, number FROM focus_area WHERE plan_id = $1 ORDER BY number', [
      planId,
    ]);
    expect(rows.map((row) => row.number)).toEqual([1, 2, 3, 4]);
    expect(new Set(rows.map((row) => row.id))).toEqual(new Set(ids));
  });

  it('retires a measure from today: gone from the plan now, there with its history before, and no longer edited', async () => {
    const community = await buildCommunity(app, { municipalities: 1 });
    const planId = await newPlan(community);
    const focusAreaId = await area(community, planId, 'Område');
    const measure = await must<{ addMeasure: { id: string } }>(
      app,
      addMeasure,
      { input: { focusAreaId, title: 'Avsluttes' } },
      community.secretariat,
    );
    const yesterday = addDays(today, -1);
    await must(
      app,
      post,
      { input: { measureId: measure.addMeasure.id, reportedOn: yesterday, status: 'DELAYED', progress: 5 } },
      community.secretariat,
    );
    await must(
      app,
      'mutation($input: RetirePlanElementInput!) { retireMeasure(input: $input) { id } }',
      { input: { id: measure.addMeasure.id } },
      community.secretariat,
    );
    const now = await must<TreeView>(app, tree, { id: planId }, community.secretariat);
    expect(now.actionPlan.focusAreas[0]?.measures).toEqual([]);
    const before = await must<TreeView>(app, tree, { id: planId, asOf: yesterday }, community.secretariat);
    expect(before.actionPlan.focusAreas[0]?.measures[0]).toMatchObject({ id: measure.addMeasure.id, status: 'DELAYED', progress: 5 });
    expect(before.actionPlan.focusAreas[0]?.measures[0]?.updates).toHaveLength(1);
    expect(
      await refusal(
        'mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id } }',
        { input: { measureId: measure.addMeasure.id, title: 'Nytt' } },
        community.secretariat,
      ),
    ).toMatchObject({ code: 'CONFLICT', reason: 'ELEMENT_RETIRED' });
  });
});

describe('correcting a status update', () => {
  it('supersedes the wrong entry: the status uses the correction, the history keeps both, and it is corrected once', async () => {
    const community = await buildCommunity(app, { municipalities: 1 });
    const reporter = await signInAs(app, { role: 'SSU_MEMBER', communityId: community.id });
    const otherMember = await signInAs(app, { role: 'SSU_MEMBER', communityId: community.id });
    const planId = await newPlan(community);
    const focusAreaId = await area(community, planId, 'Område');
    const measure = await must<{ addMeasure: { id: string } }>(
      app,
      addMeasure,
      { input: { focusAreaId, title: 'Tiltak', reporterUserIds: [reporter.userId] } },
      community.secretariat,
    );
    const wrong = await must<{ postStatusUpdate: { id: string } }>(
      app,
      post,
      { input: { measureId: measure.addMeasure.id, reportedOn: today, status: 'COMPLETED', progress: 100, comment: 'Feil tiltak.' } },
      reporter,
    );
    const updateId = wrong.postStatusUpdate.id;
    expect(await refusal(correct, { input: { updateId, status: 'ON_TRACK', progress: 20 } }, otherMember)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_UPDATE_CORRECTOR',
    });
    const corrected = await must<{ correctStatusUpdate: { id: string; correctsId: string } }>(
      app,
      correct,
      { input: { updateId, status: 'ON_TRACK', progress: 20, comment: 'Rettet: gjaldt et annet tiltak.' } },
      community.secretariat,
    );
    expect(corrected.correctStatusUpdate.correctsId).toBe(updateId);
    const view = await must<TreeView>(app, tree, { id: planId }, community.secretariat);
    const shown = view.actionPlan.focusAreas[0]?.measures[0];
    expect(shown).toMatchObject({ status: 'ON_TRACK', progress: 20 });
    expect(shown?.updates).toEqual([
      {
        id: updateId,
        status: 'COMPLETED',
        progress: 100,
        correctsId: null,
        correctedById: corrected.correctStatusUpdate.id,
        canCorrect: false,
      },
      {
        id: corrected.correctStatusUpdate.id,
        status: 'ON_TRACK',
        progress: 20,
        correctsId: updateId,
        correctedById: null,
        canCorrect: true,
      },
    ]);
    expect(await refusal(correct, { input: { updateId, status: 'DELAYED' } }, community.secretariat)).toMatchObject({
      code: 'CONFLICT',
      reason: 'UPDATE_ALREADY_CORRECTED',
    });
    // The reporter corrects the correction: the author of the entry they correct is the secretariat, so only their own counts.
    expect(await refusal(correct, { input: { updateId: corrected.correctStatusUpdate.id, status: 'DELAYED' } }, reporter)).toMatchObject({
      reason: 'NOT_UPDATE_CORRECTOR',
    });
  });
});

describe('frozen reports and moved focus areas', () => {
  it("compares next year's draft with last year's frozen sections by focus area id after a move, and reads a version 1 snapshot", async () => {
    const community = await buildCommunity(app, { municipalities: 1 });
    const { secretariat } = community;
    const created = await must<{ createActionPlan: { id: string } }>(
      app,
      createPlan,
      { input: { communityId: community.id, title: 'Handlingsplan med historikk', periodFrom: thisYear - 2, periodTo: thisYear + 1 } },
      secretariat,
    );
    const planId = created.createActionPlan.id;
    const firstId = await area(community, planId, 'Første');
    const secondId = await area(community, planId, 'Andre');
    const lastYear = thisYear - 1;
    await must(
      app,
      'mutation($input: FreezeStatusReportInput!) { freezeStatusReport(input: $input) { frozen } }',
      { input: { planId, year: lastYear, caseReference: 'SSU sak 1' } },
      secretariat,
    );
    await must(
      app,
      'mutation($input: MovePlanElementInput!) { moveFocusArea(input: $input) { id } }',
      { input: { id: secondId, direction: 'UP' } },
      secretariat,
    );
    const report = `query($id: ID!, $year: Int!) { actionPlan(id: $id) { statusReport(year: $year) { content } } }`;
    type Content = { schemaVersion: number; sections: { focusAreaId: string | null; focusAreaNumber: number; changes: unknown[] }[] };
    const draft = await must<{ actionPlan: { statusReport: { content: Content } } }>(
      app,
      report,
      { id: planId, year: thisYear },
      secretariat,
    );
    // Laid out after last year's order, each compared with itself: nothing changed, although the numbers did.
    expect(
      draft.actionPlan.statusReport.content.sections.map((section) => [section.focusAreaId, section.focusAreaNumber, section.changes]),
    ).toEqual([
      [firstId, 2, []],
      [secondId, 1, []],
    ]);

    // A report frozen before version 2 is read as version 2, its sections without ids.
    const [frozen] = await app.sql<{ snapshot: Content & Record<string, unknown> }>(
      'SELECT snapshot FROM status_report WHERE plan_id = $1 AND year = $2',
      [planId, lastYear],
    );
    const old = {
      ...frozen?.snapshot,
      schemaVersion: 1,
      year: lastYear - 1,
      previousReportYear: null,
      sections: frozen?.snapshot.sections.map((section) =>
        Object.fromEntries(Object.entries(section).filter(([key]) => key !== 'focusAreaId')),
      ),
    };
    await app.sql(
      `INSERT INTO status_report (community_id, plan_id, year, cut_off_date, snapshot, case_reference, frozen_at) VALUES ($1, $2, $3, $4, $5, 'SSU sak 2', now())`,
      [community.id, planId, lastYear - 1, `${lastYear - 1}-12-31`, JSON.stringify(old)],
    );
    const read = await must<{ actionPlan: { statusReport: { content: Content } } }>(
      app,
      report,
      { id: planId, year: lastYear - 1 },
      secretariat,
    );
    expect(read.actionPlan.statusReport.content.schemaVersion).toBe(2);
    expect(read.actionPlan.statusReport.content.sections.map((section) => section.focusAreaId)).toEqual([null, null]);
  });
});

import { addDays, yearOf } from '@helsefellesskap/calendar';
import { parseStatusReport, type StatusReport } from '@helsefellesskap/status-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, signInAs, type CommunityFixture, type Session } from '../../../test/factories.js';
import { pdfOutlineTitles } from '../../../test/pdf-outline.js';
import { buildPlan, type PlanFixture } from '../../../test/plan-factory.js';
import { testClock } from '../../../test/clock.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

interface World {
  community: CommunityFixture;
  plan: PlanFixture;
  reporter: Session;
  otherMember: Session;
}

async function buildWorld(): Promise<World> {
  const community = await buildCommunity(app, { municipalities: 1 });
  const reporter = await signInAs(app, { role: 'SSU_MEMBER', communityId: community.id });
  const otherMember = await signInAs(app, { role: 'SSU_MEMBER', communityId: community.id });
  return { community, plan: await buildPlan(app, community.id, { reporterUserIds: [reporter.userId] }), reporter, otherMember };
}

const post = `mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id reportedOn status progress authorName } }`;
const focusAreas = `query($id: ID!, $asOf: LocalDate) { actionPlan(id: $id) { focusAreas(asOf: $asOf) {
  number status measures { title status statusReason progress lastUpdateOn updates { status } } targets { status latestValue } } } }`;
const reportQuery = `query($id: ID!, $year: Int!) { actionPlan(id: $id) { statusReport(year: $year) { year frozen caseReference pdfUrl content } } }`;

type FocusAreaView = {
  number: number;
  status: string;
  measures: { title: string; status: string; statusReason: string | null; progress: number | null; updates: unknown[] | null }[];
  targets: { status: string; latestValue: number | null }[];
};
type ReportView = { year: number; frozen: boolean; caseReference: string | null; pdfUrl: string; content: unknown };

async function report(world: World, year: number, session?: Session): Promise<{ view: ReportView; report: StatusReport }> {
  const data = await must<{ actionPlan: { statusReport: ReportView } }>(app, reportQuery, { id: world.plan.planId, year }, session);
  const parsed = parseStatusReport(data.actionPlan.statusReport.content);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { view: data.actionPlan.statusReport, report: parsed.report };
}

describe('status reporting', () => {
  it('lets the reporter post an update that changes the status, keeps the history, and leaves a frozen report as it was', async () => {
    const world = await buildWorld();
    const { secretariat } = world.community;
    await must(
      app,
      post,
      { input: { measureId: world.plan.measureId, reportedOn: '2023-06-30', status: 'ON_TRACK', progress: 40, comment: 'I rute.' } },
      world.reporter,
    );
    await must(app, post, { input: { targetId: world.plan.targetId, reportedOn: '2023-12-31', indicatorValue: 26 } }, secretariat);
    await must(
      app,
      `mutation($id: ID!) { freezeStatusReport(input: { planId: $id, year: 2023, caseReference: "SSU sak 4/2024" }) { frozen } }`,
      { id: world.plan.planId },
      secretariat,
    );
    const frozenBefore = await report(world, 2023);

    await must(
      app,
      post,
      { input: { measureId: world.plan.measureId, reportedOn: '2024-06-30', status: 'AT_RISK', progress: 55, comment: 'Bemanning.' } },
      world.reporter,
    );

    const now = await must<{ actionPlan: { focusAreas: FocusAreaView[] } }>(
      app,
      focusAreas,
      { id: world.plan.planId, asOf: '2024-07-01' },
      world.reporter,
    );
    const [first] = now.actionPlan.focusAreas;
    expect(first?.measures[0]).toMatchObject({ status: 'AT_RISK', progress: 55, updates: [{ status: 'ON_TRACK' }, { status: 'AT_RISK' }] });
    expect(first?.status).toBe('AT_RISK');

    const draft = await report(world, 2024, world.reporter);
    expect(draft.view.frozen).toBe(false);
    expect(draft.report.previousReportYear).toBe(2023);
    expect(draft.report.sections[0]?.measures[0]).toMatchObject({ status: 'AT_RISK', progress: 55 });
    expect(draft.report.sections[0]?.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'STATUS_CHANGED', subject: 'Felles prosedyrer', from: 'ON_TRACK', to: 'AT_RISK' }),
      ]),
    );

    const frozenAfter = await report(world, 2023);
    expect(frozenAfter.view).toMatchObject({ frozen: true, caseReference: 'SSU sak 4/2024' });
    expect(frozenAfter.report).toEqual(frozenBefore.report);
    expect(frozenAfter.report.sections[0]?.measures[0]).toMatchObject({ status: 'ON_TRACK', progress: 40 });
  });

  it('judges a date by what was known then: the latest status, progress and comment each, the later of two entries of one day counting', async () => {
    const world = await buildWorld();
    const { secretariat } = world.community;
    const updates = [
      { reportedOn: '2023-03-31', status: 'AT_RISK', progress: 20, comment: 'Første.' },
      { reportedOn: '2023-06-30', status: 'DELAYED', comment: 'Forsinket.' },
      { reportedOn: '2023-06-30', progress: 35, comment: 'Samme dag, skrevet etter.' },
      { reportedOn: '2023-09-30', status: 'ON_TRACK', progress: 60, comment: 'Etter datoen.' },
    ];
    for (const update of updates) await must(app, post, { input: { measureId: world.plan.measureId, ...update } }, secretariat);
    await must(app, post, { input: { targetId: world.plan.targetId, reportedOn: '2023-05-31', indicatorValue: 25 } }, secretariat);
    await must(app, post, { input: { targetId: world.plan.targetId, reportedOn: '2023-08-31', indicatorValue: 21 } }, secretariat);

    const measureAndTarget = `query($id: ID!, $asOf: LocalDate) { actionPlan(id: $id) { focusAreas(asOf: $asOf) {
      measures { status progress lastUpdateOn } targets { latestValue latestValueOn } } } }`;
    type View = { actionPlan: { focusAreas: { measures: unknown[]; targets: unknown[] }[] } };
    const on = async (asOf: string) =>
      (await must<View>(app, measureAndTarget, { id: world.plan.planId, asOf }, secretariat)).actionPlan.focusAreas[0];
    expect(await on('2023-07-15')).toEqual({
      measures: [{ status: 'DELAYED', progress: 35, lastUpdateOn: '2023-06-30' }],
      targets: [{ latestValue: 25, latestValueOn: '2023-05-31' }],
    });
    expect(await on('2023-01-15')).toMatchObject({
      measures: [{ progress: null, lastUpdateOn: null }],
      targets: [{ latestValue: null, latestValueOn: null }],
    });
    const report2023 = await report(world, 2023, secretariat);
    expect(report2023.report.sections[0]?.measures[0]).toMatchObject({ status: 'ON_TRACK', progress: 60, comment: 'Etter datoen.' });
  });

  it("judges a measure past its end date that was reported on track as delayed, and calls out the report's gaps", async () => {
    const world = await buildWorld();
    await must(
      app,
      post,
      { input: { measureId: world.plan.measureId, reportedOn: '2024-06-30', status: 'ON_TRACK', progress: 80 } },
      world.reporter,
    );
    const after = await must<{ actionPlan: { focusAreas: FocusAreaView[] } }>(app, focusAreas, {
      id: world.plan.planId,
      asOf: '2025-02-01',
    });
    expect(after.actionPlan.focusAreas[0]?.measures[0]).toMatchObject({ status: 'DELAYED', statusReason: 'PAST_END_DATE', updates: null });
    const draft = await report(world, 2024, world.reporter);
    expect(draft.report.sections[1]?.gaps.map((gap) => gap.kind).sort()).toEqual(['NO_MEASURES', 'NO_PROFESSIONAL_COMMITTEE']);
  });

  it('refuses an SSU member who does not report on the measure, a future date, impossible values, and never overwrites history', async () => {
    const world = await buildWorld();
    const notTheirs = await app.gql(
      post,
      { input: { measureId: world.plan.measureId, reportedOn: '2024-01-01', status: 'ON_TRACK' } },
      world.otherMember.cookie,
    );
    expect(notTheirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const future = await app.gql(
      post,
      { input: { measureId: world.plan.measureId, reportedOn: addDays(testClock.today(), 1), status: 'ON_TRACK' } },
      world.reporter.cookie,
    );
    expect(future.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'reportedOn', reason: 'DATE_IN_FUTURE', params: { today: testClock.today() } },
    });
    const tooMuch = await app.gql(
      post,
      { input: { measureId: world.plan.measureId, reportedOn: '2024-01-01', progress: 150 } },
      world.reporter.cookie,
    );
    expect(tooMuch.errors?.[0]?.message).toBe('progress: must be between 0 and 100');
    const noValue = await app.gql(
      post,
      { input: { targetId: world.plan.targetId, reportedOn: '2024-01-01' } },
      world.community.secretariat.cookie,
    );
    expect(noValue.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'indicatorValue' } });

    await must(app, post, { input: { measureId: world.plan.measureId, reportedOn: '2024-01-01', status: 'ON_TRACK' } }, world.reporter);
    await expect(app.sql(`UPDATE status_update SET status = 'DELAYED' WHERE measure_id = $1`, [world.plan.measureId])).rejects.toThrow(
      /append-only/,
    );
    await expect(app.sql(`DELETE FROM status_update WHERE measure_id = $1`, [world.plan.measureId])).rejects.toThrow(/append-only/);
  });

  it("refuses a status update dated in year 1, in the 1900s, outside the plan's years or before its measure starts; the dashboard keeps working", async () => {
    const world = await buildWorld();
    const attempt = async (reportedOn: string) =>
      (await app.gql(post, { input: { measureId: world.plan.measureId, reportedOn, progress: 10 } }, world.reporter.cookie)).errors?.[0];
    // Outside the range of any date the product takes: refused before any rule sees it.
    for (const reportedOn of ['0001-01-01', '0050-03-01', '1899-12-31']) {
      expect(await attempt(reportedOn)).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE', params: { min: '1900-01-01', max: '2199-12-31' } },
      });
    }
    expect(await attempt('2023-02-29')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_A_DATE' } });
    // A real date, but not one the plan 2022–2024 reports on.
    expect(await attempt('1900-01-01')).toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'reportedOn',
        reason: 'DATE_OUTSIDE_PLAN_PERIOD',
        params: { from: '2022-01-01', to: '2024-12-31' },
      },
    });
    const later = await buildPlan(app, world.community.id, { reporterUserIds: [world.reporter.userId], periodFrom: 2022, periodTo: 2024 });
    await app.sql(`UPDATE measure SET starts_on = '2023-03-01' WHERE id = $1`, [later.measureId]);
    const early = await app.gql(
      post,
      { input: { measureId: later.measureId, reportedOn: '2023-02-28', progress: 5 } },
      world.reporter.cookie,
    );
    expect(early.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'reportedOn', reason: 'DATE_BEFORE_MEASURE_START', params: { startsOn: '2023-03-01' } },
    });
    await must(app, post, { input: { measureId: later.measureId, reportedOn: '2023-03-01', progress: 5 } }, world.reporter);

    const dashboard = await app.gql<{ actionPlan: { progressOverTime: { date: string }[]; focusAreas: { status: string }[] } }>(
      `query($id: ID!) { actionPlan(id: $id) { progressOverTime(until: "2024-12-31") { date } focusAreas { status } } }`,
      { id: world.plan.planId },
      world.reporter.cookie,
    );
    expect(dashboard.errors).toBeUndefined();
    expect(dashboard.data?.actionPlan.progressOverTime.at(-1)?.date).toBe('2024-12-31');
  });

  it('refuses indicator values beyond any real measure, and a share below 0 % or above 100 %', async () => {
    const world = await buildWorld();
    const { secretariat } = world.community;
    const value = async (targetId: string, indicatorValue: number) =>
      (await app.gql(post, { input: { targetId, reportedOn: '2024-01-01', indicatorValue } }, secretariat.cookie)).errors?.[0];
    expect(await value(world.plan.targetId, 1e308)).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'indicatorValue', fields: [{ reason: 'TOO_LARGE', params: { max: 1e12 } }] },
    });
    expect(await value(world.plan.targetId, -1e308)).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'indicatorValue', fields: [{ reason: 'TOO_SMALL', params: { min: -1e12 } }] },
    });
    await app.sql(`UPDATE target SET unit = '%' WHERE id = $1`, [world.plan.targetId]);
    for (const share of [-5, 100.5]) {
      expect(await value(world.plan.targetId, share)).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'indicatorValue', reason: 'SHARE_OUT_OF_RANGE', params: { min: 0, max: 100 } },
      });
    }
    expect(await value(world.plan.targetId, 100)).toBeUndefined();
  });

  it('keeps commentary per focus area in the draft, and refuses any change once the report is frozen', async () => {
    const world = await buildWorld();
    const { secretariat } = world.community;
    const comment = `mutation($id: ID!, $text: String!, $version: Int!) { setStatusReportCommentary(planId: $id, year: 2024, focusAreaNumber: 1, commentary: $text, expectedVersion: $version) { content } }`;
    const written = await must<{ setStatusReportCommentary: { content: StatusReport } }>(
      app,
      comment,
      { id: world.plan.planId, text: 'Godt i gang.', version: 0 },
      world.reporter,
    );
    expect(written.setStatusReportCommentary.content.sections[0]?.commentary).toBe('Godt i gang.');
    await must(
      app,
      `mutation($id: ID!) { freezeStatusReport(input: { planId: $id, year: 2024, caseReference: "SSU sak 2/2025" }) { frozen } }`,
      { id: world.plan.planId },
      secretariat,
    );
    const late = await app.gql(comment, { id: world.plan.planId, text: 'For sent.', version: 1 }, world.reporter.cookie);
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'COMMENTARY_REPORT_FROZEN', params: { year: 2024 } });
    const again = await app.gql(
      `mutation($id: ID!) { freezeStatusReport(input: { planId: $id, year: 2024, caseReference: "x" }) { frozen } }`,
      { id: world.plan.planId },
      secretariat.cookie,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await expect(app.sql(`UPDATE status_report SET case_reference = 'forged' WHERE plan_id = $1`, [world.plan.planId])).rejects.toThrow(
      /frozen/,
    );
  });

  it('shows a draft to the community only, a frozen report to anyone, and exports either as a PDF with every focus area', async () => {
    const world = await buildWorld();
    const publicDraft = await app.gql(reportQuery, { id: world.plan.planId, year: 2024 });
    expect(publicDraft.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const pdfUrl = `${app.url}/api/action-plans/${world.plan.planId}/status-reports/2024.pdf`;
    expect((await fetch(pdfUrl)).status).toBe(401);

    const draftPdf = await fetch(pdfUrl, { headers: { cookie: world.reporter.cookie } });
    expect(draftPdf.status).toBe(200);
    expect(draftPdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await draftPdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfOutlineTitles(bytes)).toEqual(['Innsatsområde 1: Akuttmedisin', 'Innsatsområde 2: Rekruttering']);

    await must(
      app,
      `mutation($id: ID!) { freezeStatusReport(input: { planId: $id, year: 2024, caseReference: "SSU sak 2/2025" }) { frozen } }`,
      { id: world.plan.planId },
      world.community.secretariat,
    );
    expect((await fetch(pdfUrl)).status).toBe(200);
    expect((await app.gql(reportQuery, { id: world.plan.planId, year: 2024 })).errors).toBeUndefined();
    expect((await fetch(`${app.url}/api/action-plans/not-an-id/status-reports/2024.pdf`)).status).toBe(400);
  });

  it('plots average progress per focus area at every quarter end', async () => {
    const world = await buildWorld();
    await must(app, post, { input: { measureId: world.plan.measureId, reportedOn: '2022-05-01', progress: 10 } }, world.reporter);
    await must(app, post, { input: { measureId: world.plan.measureId, reportedOn: '2022-08-01', progress: 30 } }, world.reporter);
    const data = await must<{
      actionPlan: { progressOverTime: { date: string; focusAreaNumber: number; averageProgress: number | null }[] };
    }>(app, `query($id: ID!) { actionPlan(id: $id) { progressOverTime(until: "2022-10-15") { date focusAreaNumber averageProgress } } }`, {
      id: world.plan.planId,
    });
    expect(data.actionPlan.progressOverTime.filter((point) => point.focusAreaNumber === 1)).toEqual([
      { date: '2022-03-31', focusAreaNumber: 1, averageProgress: null },
      { date: '2022-06-30', focusAreaNumber: 1, averageProgress: 10 },
      { date: '2022-09-30', focusAreaNumber: 1, averageProgress: 30 },
      { date: '2022-10-15', focusAreaNumber: 1, averageProgress: 30 },
    ]);
  });

  it("refuses a year outside the plan, and judges the running year's draft as of today", async () => {
    const world = await buildWorld();
    const before = await app.gql(reportQuery, { id: world.plan.planId, year: 1999 }, world.reporter.cookie);
    expect(before.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'year' } });
    const running = await buildPlan(app, world.community.id, {
      reporterUserIds: [world.reporter.userId],
      periodFrom: 2022,
      periodTo: 2099,
    });
    const todayBefore = testClock.today();
    const data = await must<{ actionPlan: { statusReport: { content: StatusReport } } }>(
      app,
      reportQuery,
      { id: running.planId, year: yearOf(todayBefore) },
      world.reporter,
    );
    // Today on the run's clock (the day before or after, should the request cross midnight).
    expect([todayBefore, testClock.today()]).toContain(data.actionPlan.statusReport.content.cutOffDate);
  });
});

const planListing = `query($community: ID!) { community(id: $community) { actionPlans { id } } }`;
const planById = `query($id: ID!) { actionPlan(id: $id) { id title } }`;

describe('who reads and writes what in the action plan', () => {
  it('shows a draft plan only to its community: not to the public, other communities or national analysts', async () => {
    const world = await buildWorld();
    const draft = await buildPlan(app, world.community.id, { status: 'DRAFT' });
    const analyst = await signInAs(app, { role: 'ANALYST', communityId: world.community.id });
    const other = await buildCommunity(app, { municipalities: 1 });
    const national = await signInAs(app, { role: 'NATIONAL_ANALYST' });

    const listed = async (session?: Session) =>
      (
        await must<{ community: { actionPlans: { id: string }[] } }>(app, planListing, { community: world.community.id }, session)
      ).community.actionPlans.map((plan) => plan.id);
    expect(await listed()).toEqual([world.plan.planId]);
    expect(await listed(other.secretariat)).toEqual([world.plan.planId]);
    expect(await listed(national)).toEqual([world.plan.planId]);
    expect((await listed(analyst)).sort()).toEqual([world.plan.planId, draft.planId].sort());

    expect((await app.gql(planById, { id: draft.planId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(planById, { id: draft.planId }, other.secretariat.cookie)).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'DRAFT_PLAN_INTERNAL',
    });
    expect((await app.gql(planById, { id: draft.planId }, national.cookie)).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'DRAFT_PLAN_INTERNAL',
    });
    expect((await app.gql(planById, { id: draft.planId }, analyst.cookie)).errors).toBeUndefined();
    const draftPdf = await fetch(`${app.url}/api/action-plans/${draft.planId}/status-reports/2023.pdf`);
    expect(draftPdf.status).toBe(401);
  });

  it('hides who reports on a measure from the public and from other communities', async () => {
    const world = await buildWorld();
    const other = await buildCommunity(app, { municipalities: 1 });
    const query = `query($id: ID!) { actionPlan(id: $id) { focusAreas(asOf: "2024-01-01") { measures { reporters { id name } } } } }`;
    const reportersAs = async (session?: Session) =>
      (
        await must<{ actionPlan: { focusAreas: { measures: { reporters: { id: string; name: string }[] }[] }[] } }>(
          app,
          query,
          { id: world.plan.planId },
          session,
        )
      ).actionPlan.focusAreas[0]?.measures[0]?.reporters.map((reporter) => reporter.id);
    expect(await reportersAs()).toEqual([]);
    expect(await reportersAs(other.secretariat)).toEqual([]);
    expect(await reportersAs(world.otherMember)).toEqual([world.reporter.userId]);
  });

  it('hides from the public which years have a draft report', async () => {
    const world = await buildWorld();
    await must(
      app,
      `mutation($id: ID!) { setStatusReportCommentary(planId: $id, year: 2023, focusAreaNumber: 1, commentary: "Utkast.", expectedVersion: 0) { year } }`,
      { id: world.plan.planId },
      world.reporter,
    );
    await must(
      app,
      `mutation($id: ID!) { freezeStatusReport(input: { planId: $id, year: 2022, caseReference: "SSU sak 1/2023" }) { frozen } }`,
      { id: world.plan.planId },
      world.community.secretariat,
    );
    const query = `query($id: ID!) { actionPlan(id: $id) { statusReportYears { year frozen } } }`;
    const yearsAs = async (session?: Session) =>
      (
        await must<{ actionPlan: { statusReportYears: { year: number; frozen: boolean }[] } }>(
          app,
          query,
          { id: world.plan.planId },
          session,
        )
      ).actionPlan.statusReportYears;
    const other = await buildCommunity(app, { municipalities: 1 });
    expect(await yearsAs()).toEqual([{ year: 2022, frozen: true }]);
    expect(await yearsAs(other.secretariat)).toEqual([{ year: 2022, frozen: true }]);
    expect(await yearsAs(world.otherMember)).toEqual([
      { year: 2023, frozen: false },
      { year: 2022, frozen: true },
    ]);
  });

  it('lets an SSU member write commentary only in the focus areas where they report on a measure', async () => {
    const world = await buildWorld();
    const comment = `mutation($id: ID!, $area: Int!) { setStatusReportCommentary(planId: $id, year: 2024, focusAreaNumber: $area, commentary: "Tekst.", expectedVersion: 0) { year } }`;
    const elsewhere = await app.gql(comment, { id: world.plan.planId, area: 2 }, world.reporter.cookie);
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_FOCUS_AREA_REPORTER' });
    const notAReporter = await app.gql(comment, { id: world.plan.planId, area: 1 }, world.otherMember.cookie);
    expect(notAReporter.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_FOCUS_AREA_REPORTER' });
    await must(app, comment, { id: world.plan.planId, area: 1 }, world.reporter);
    await must(app, comment, { id: world.plan.planId, area: 2 }, world.community.secretariat);
  });

  it('tells the caller what they may do, so the UI need not know the rules', async () => {
    const world = await buildWorld();
    const query = `query($id: ID!) { actionPlan(id: $id) {
      canReadInternal lastReportYear
      focusAreas(asOf: "2024-01-01") { targets { canRecordValue } measures { canPostStatus } }
      statusReport(year: 2024) { canFreeze canWriteCommentaryOn } } }`;
    type Access = {
      actionPlan: {
        canReadInternal: boolean;
        lastReportYear: number;
        focusAreas: { targets: { canRecordValue: boolean }[]; measures: { canPostStatus: boolean }[] }[];
        statusReport: { canFreeze: boolean; canWriteCommentaryOn: number[] };
      };
    };
    const as = async (session: Session) => (await must<Access>(app, query, { id: world.plan.planId }, session)).actionPlan;
    expect(await as(world.reporter)).toEqual({
      canReadInternal: true,
      lastReportYear: 2024,
      focusAreas: [
        { targets: [{ canRecordValue: true }], measures: [{ canPostStatus: true }] },
        { targets: [], measures: [] },
      ],
      statusReport: { canFreeze: false, canWriteCommentaryOn: [1] },
    });
    expect(await as(world.otherMember)).toMatchObject({
      focusAreas: [
        { targets: [{ canRecordValue: false }], measures: [{ canPostStatus: false }] },
        { targets: [], measures: [] },
      ],
      statusReport: { canFreeze: false, canWriteCommentaryOn: [] },
    });
    expect(await as(world.community.secretariat)).toMatchObject({
      focusAreas: [
        { targets: [{ canRecordValue: true }], measures: [{ canPostStatus: true }] },
        { targets: [], measures: [] },
      ],
      statusReport: { canFreeze: true, canWriteCommentaryOn: [1, 2] },
    });
  });

  it('bounds progressOverTime by the years the plan reports on, for the public as for anyone', async () => {
    const world = await buildWorld();
    const query = `query($id: ID!, $until: LocalDate) { actionPlan(id: $id) { progressOverTime(until: $until) { date } } }`;
    // The probe's date is no date the product knows at all (the LocalDate scalar's range) …
    const probe = await app.gql(query, { id: world.plan.planId, until: '9999-12-31' });
    expect(probe.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE' });
    expect(probe.data ?? null).toBeNull();
    // … and a real date beyond the plan is refused by the plan's own bounds.
    const farFuture = await app.gql(query, { id: world.plan.planId, until: '2150-12-31' });
    expect(farFuture.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'until',
      reason: 'DATE_OUTSIDE_PLAN_PERIOD',
      params: { from: '2022-01-01', to: '2024-12-31' },
    });
    expect(farFuture.data).toBeNull();
    const beforeStart = await app.gql(query, { id: world.plan.planId, until: '2021-12-31' });
    expect(beforeStart.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'until' });
    const lastDay = await must<{ actionPlan: { progressOverTime: { date: string }[] } }>(app, query, {
      id: world.plan.planId,
      until: '2024-12-31',
    });
    expect(lastDay.actionPlan.progressOverTime.map((point) => point.date).at(-1)).toBe('2024-12-31');
    // Without a date the series runs to today, or to the plan's last day once that has passed (never beyond).
    const byDefault = await must<{ actionPlan: { progressOverTime: { date: string }[] } }>(app, query, { id: world.plan.planId });
    expect(byDefault.actionPlan.progressOverTime.every((point) => point.date >= '2022-01-01' && point.date <= '2024-12-31')).toBe(true);
  });
});

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
  return { community, plan: await buildPlan(app, community.id, { reporterUserId: reporter.userId }), reporter, otherMember };
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
    const later = await buildPlan(app, world.community.id, { reporterUserId: world.reporter.userId, periodFrom: 2022, periodTo: 2024 });
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
    const comment = `mutation($id: ID!, $text: String!, $version: Int!) { setStatusReportCommentary(planId: $id, year: 2024, focusAreaNumber: 2, commentary: $text, expectedVersion: $version) { content } }`;
    const written = await must<{ setStatusReportCommentary: { content: StatusReport } }>(
      app,
      comment,
      { id: world.plan.planId, text: 'Mangler tiltak.', version: 0 },
      world.reporter,
    );
    expect(written.setStatusReportCommentary.content.sections[1]?.commentary).toBe('Mangler tiltak.');
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
    const running = await buildPlan(app, world.community.id, { reporterUserId: world.reporter.userId, periodFrom: 2022, periodTo: 2099 });
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

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, signInAs, type CommunityFixture, type Session } from '../../../test/factories.js';
import { buildReportPlan } from '../../../test/report-factory.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
let community: CommunityFixture;
let other: CommunityFixture;
let analyst: Session;
let national: Session;

const counts = (values: Partial<Record<'onTrack' | 'atRisk' | 'delayed' | 'completed' | 'notStarted' | 'cancelled', number>>) => {
  const all = { onTrack: 0, atRisk: 0, delayed: 0, completed: 0, notStarted: 0, cancelled: 0, ...values };
  return { ...all, total: Object.values(all).reduce((sum, value) => sum + value, 0) };
};
const COUNTS = 'onTrack atRisk delayed completed notStarted cancelled total';
const REPORT = `query($filter: ReportFilter!, $interval: ReportInterval) { reports { actionPlanProgress(filter: $filter, interval: $interval) {
  from to staleAfterDays interval
  focusAreas { communityId communityName number title professionalCommittee measures { ${COUNTS} } targets { ${COUNTS} }
    averageProgress overdueMeasures staleMeasures }
  communities { communityId plans focusAreas measures { ${COUNTS} } targets { ${COUNTS} } averageProgress overdueMeasures staleMeasures
    focusAreasWithoutCommittee focusAreasWithoutMeasures }
  overTime { communityId periodStart asOf measures { ${COUNTS} } averageProgress } } } }`;

interface Report {
  reports: {
    actionPlanProgress: {
      from: string;
      to: string;
      focusAreas: { communityId: string; number: number; professionalCommittee: string | null }[];
      communities: { communityId: string }[];
      overTime: { communityId: string; periodStart: string }[];
    };
  };
}

beforeAll(async () => {
  app = await startTestApp();
  community = await buildCommunity(app);
  other = await buildCommunity(app);
  await buildReportPlan(app, community);
  // A draft is the secretariat's work in progress: never in the report.
  await buildReportPlan(app, community, 'DRAFT');
  await buildReportPlan(app, other);
  analyst = await signInAs(app, { role: 'ANALYST', communityId: community.id });
  national = await signInAs(app, { role: 'NATIONAL_ANALYST' });
});
afterAll(() => app.close());

describe('the action plan progress report', () => {
  it('counts measures and targets by their status on the last day, with progress, overdue, stale and gaps', async () => {
    const data = await must<Report>(app, REPORT, { filter: { from: '2023-01-01', to: '2024-12-31' } }, analyst);
    const report = data.reports.actionPlanProgress;
    expect(report).toMatchObject({ from: '2023-01-01', to: '2024-12-31', staleAfterDays: 180, interval: 'YEAR' });
    expect(report.focusAreas).toEqual([
      {
        communityId: community.id,
        communityName: community.name,
        number: 1,
        title: 'Område 1',
        professionalCommittee: 'Utvalg 1',
        // Measure 2's update of 90 % was corrected to 25 %: the correction counts.
        measures: counts({ completed: 1, delayed: 1, cancelled: 1 }),
        targets: counts({ completed: 1, notStarted: 1 }),
        averageProgress: 62.5,
        overdueMeasures: 1,
        staleMeasures: 1,
      },
      {
        communityId: community.id,
        communityName: community.name,
        number: 2,
        title: 'Område 2',
        professionalCommittee: null,
        measures: counts({}),
        targets: counts({}),
        averageProgress: null,
        overdueMeasures: 0,
        staleMeasures: 0,
      },
    ]);
    expect(report.communities).toEqual([
      {
        communityId: community.id,
        plans: 1,
        focusAreas: 2,
        measures: counts({ completed: 1, delayed: 1, cancelled: 1 }),
        targets: counts({ completed: 1, notStarted: 1 }),
        averageProgress: 62.5,
        overdueMeasures: 1,
        staleMeasures: 1,
        focusAreasWithoutCommittee: 1,
        focusAreasWithoutMeasures: 1,
      },
    ]);
    expect(report.overTime).toEqual([
      {
        communityId: community.id,
        periodStart: '2023-01-01',
        asOf: '2023-12-31',
        measures: counts({ onTrack: 1, atRisk: 2 }),
        averageProgress: 40,
      },
      {
        communityId: community.id,
        periodStart: '2024-01-01',
        asOf: '2024-12-31',
        measures: counts({ completed: 1, delayed: 1, cancelled: 1 }),
        averageProgress: 62.5,
      },
    ]);
  });

  it('judges as known on the last day, and steps by quarter when asked', async () => {
    const data = await must<Report>(
      app,
      REPORT,
      { filter: { communityIds: [community.id], from: '2024-01-01', to: '2024-05-15' }, interval: 'QUARTER' },
      analyst,
    );
    const report = data.reports.actionPlanProgress;
    // On 15 May 2024 measure 1 was still on track at 40 %, measure 2 at risk at 25 %, measure 3 cancelled.
    expect(report.focusAreas[0]).toMatchObject({
      measures: counts({ onTrack: 1, atRisk: 1, cancelled: 1 }),
      averageProgress: 32.5,
      overdueMeasures: 0,
    });
    expect(report.overTime.map((point) => point.periodStart)).toEqual(['2024-01-01', '2024-04-01']);
    expect(report.overTime.map((point) => (point as unknown as { asOf: string }).asOf)).toEqual(['2024-03-31', '2024-05-15']);
  });

  it('sets the communities side by side for a national analyst', async () => {
    const data = await must<Report>(
      app,
      REPORT,
      { filter: { communityIds: [community.id, other.id], from: '2023-01-01', to: '2024-12-31' } },
      national,
    );
    const report = data.reports.actionPlanProgress;
    expect(new Set(report.communities.map((row) => row.communityId))).toEqual(new Set([community.id, other.id]));
    expect(new Set(report.focusAreas.map((row) => row.communityId))).toEqual(new Set([community.id, other.id]));
    expect(report.overTime).toHaveLength(4);
  });

  it('refuses a community analyst another community, and the public', async () => {
    const otherCommunity = await app.gql(REPORT, { filter: { communityIds: [other.id] } }, analyst.cookie);
    expect(otherCommunity.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    const mixed = await app.gql(REPORT, { filter: { communityIds: [community.id, other.id] } }, analyst.cookie);
    expect(mixed.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const anonymous = await app.gql(REPORT, { filter: {} });
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(anonymous.data ?? null).toBeNull();
  });

  it('refuses more than 19 communities, more than ten years and a period that ends before it starts', async () => {
    const many = Array.from({ length: 20 }, () => randomUUID());
    const tooMany = await app.gql(REPORT, { filter: { communityIds: many } }, national.cookie);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REPORT_TOO_MANY_COMMUNITIES',
      params: { max: 19 },
    });
    const tooLong = await app.gql(REPORT, { filter: { from: '2010-01-01', to: '2024-12-31' } }, analyst.cookie);
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REPORT_RANGE_TOO_LONG',
      params: { maxYears: 10 },
    });
    const reversed = await app.gql(REPORT, { filter: { from: '2024-12-31', to: '2024-01-01' } }, analyst.cookie);
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REPORT_RANGE_REVERSED' });
  });
});

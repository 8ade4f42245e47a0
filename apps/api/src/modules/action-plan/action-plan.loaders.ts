import DataLoader from 'dataloader';
import { groupByKeys } from '../../common/group.js';
import { argumentLoader } from '../../common/argument-loader.js';
import type { Repositories } from '../../database/repositories.js';
import type { Caller } from '../auth/caller.js';
import type { MeasureReporterRow, PlanRow, ReportYearRow, UpdateRow } from './action-plan.repository.js';
import { mayReadReport, visiblePlans } from './action-plan.policy.js';

/** Each subject's updates (a measure's or a target's, by its id), oldest first. */
export type UpdatesBySubject = ReadonlyMap<string, readonly UpdateRow[]>;

function bySubject(rows: readonly UpdateRow[]): UpdatesBySubject {
  const map = new Map<string, UpdateRow[]>();
  for (const row of rows) map.set(row.subjectId, [...(map.get(row.subjectId) ?? []), row]);
  return map;
}

/**
 * Made per request for its caller: a loader answers only with what the policy lets the caller see.
 * Each part of a plan is loaded once per request for every plan asked about, whatever the plans'
 * size; the update histories are shared by every field that reads them (Measure.updates, the
 * progress series). Fields with a date load once per date: only what was known then, from SQL.
 */
export function createActionPlanLoaders(repositories: Repositories, caller: Caller) {
  const plans = repositories.actionPlans;
  const updatesOfPlans = (subject: 'measure' | 'target') =>
    new DataLoader<string, UpdatesBySubject>(async (planIds) =>
      groupByKeys(planIds, await plans.readUpdatesOfPlans(planIds, subject), (row) => row.planId).map(bySubject),
    );
  return {
    actionPlansByCommunity: new DataLoader<string, PlanRow[]>(async (communityIds) =>
      groupByKeys(communityIds, visiblePlans(caller, await plans.readPlansOfCommunities(communityIds)), (plan) => plan.communityId),
    ),
    focusAreasOfPlan: new DataLoader(async (planIds: readonly string[]) =>
      groupByKeys(planIds, await plans.readFocusAreasOfPlans(planIds), (area) => area.planId),
    ),
    targetsOfPlanAsOf: argumentLoader(async (planIds, asOf: string) =>
      groupByKeys(planIds, await plans.readTargetsAsOf(planIds, asOf), (target) => target.planId),
    ),
    measuresOfPlanAsOf: argumentLoader(async (planIds, asOf: string) =>
      groupByKeys(planIds, await plans.readMeasuresAsOf(planIds, asOf), (measure) => measure.planId),
    ),
    /** The users who report on each measure, by name: one statement for every measure asked about. */
    reportersOfMeasure: new DataLoader<string, MeasureReporterRow[]>(async (measureIds) =>
      groupByKeys(measureIds, await plans.readReportersOfMeasures(measureIds), (row) => row.measureId),
    ),
    measureUpdatesOfPlan: updatesOfPlans('measure'),
    targetUpdatesOfPlan: updatesOfPlans('target'),
    /** Years with a stored report: frozen ones for anyone who reads the plan, drafts for the community. */
    reportYearsOfPlan: new DataLoader<string, ReportYearRow[]>(async (planIds) =>
      groupByKeys(
        planIds,
        (await plans.readReportYearsOfPlans(planIds)).filter((report) =>
          mayReadReport(caller, { communityId: report.planCommunityId, status: report.planStatus }, report),
        ),
        (report) => report.planId,
      ),
    ),
  };
}

export type ActionPlanLoaders = ReturnType<typeof createActionPlanLoaders>;

import { randomUUID } from 'node:crypto';
import {
  ActionPlanEntity,
  FocusAreaEntity,
  MeasureEntity,
  StatusUpdateEntity,
  TargetEntity,
  type ActionPlanStatus,
} from '../src/modules/action-plan/action-plan.entity.js';
import type { TestApp } from './test-app.js';

export interface PlanFixture {
  planId: string;
  focusAreaIds: string[];
  measureId: string;
  targetId: string;
}

/** A plan with two focus areas (the first with a measure and a target, the second empty), set up directly. */
export async function buildPlan(
  app: TestApp,
  communityId: string,
  options: { reporterUserIds?: string[]; periodFrom?: number; periodTo?: number; status?: ActionPlanStatus } = {},
): Promise<PlanFixture> {
  const repositories = app.repositories.actionPlans;
  const plan = await repositories.savePlan(
    Object.assign(new ActionPlanEntity(), {
      communityId,
      title: `Plan ${randomUUID()}`,
      periodFrom: options.periodFrom ?? 2022,
      periodTo: options.periodTo ?? 2024,
      status: options.status ?? 'ADOPTED',
      adoptedByCase: options.status === 'DRAFT' ? null : 'PM 1/2022',
      prolongedReason: null,
      prolongedByCase: null,
    }),
  );
  const first = await repositories.saveFocusArea(
    Object.assign(new FocusAreaEntity(), { communityId, planId: plan.id, number: 1, title: 'Akuttmedisin', responsibleOrganId: null }),
  );
  const second = await repositories.saveFocusArea(
    Object.assign(new FocusAreaEntity(), { communityId, planId: plan.id, number: 2, title: 'Rekruttering', responsibleOrganId: null }),
  );
  const measure = await repositories.saveMeasure(
    Object.assign(new MeasureEntity(), {
      communityId,
      focusAreaId: first.id,
      position: 0,
      title: 'Felles prosedyrer',
      ownerPartnerId: null,
      ownerOrganId: null,
      startsOn: `${options.periodFrom ?? 2022}-01-01`,
      endsOn: `${options.periodTo ?? 2024}-12-31`,
      patientGroups: ['FRAIL_ELDERLY'],
    }),
  );
  await repositories.replaceReporters(measure, options.reporterUserIds ?? []);
  const target = await repositories.saveTarget(
    Object.assign(new TargetEntity(), {
      communityId,
      focusAreaId: first.id,
      position: 0,
      description: 'Kortere ventetid',
      indicatorName: 'Ventetid',
      unit: 'dager',
      baseline: 30,
      targetValue: 20,
      startsOn: `${options.periodFrom ?? 2022}-01-01`,
      dueDate: `${options.periodTo ?? 2024}-12-31`,
    }),
  );
  return { planId: plan.id, focusAreaIds: [first.id, second.id], measureId: measure.id, targetId: target.id };
}

export interface PlanShape {
  focusAreas: number;
  measuresPerArea: number;
  targetsPerArea: number;
  /** Quarterly updates per measure and per target, from the plan's first quarter on. */
  quarters: number;
  reporterUserIds?: string[];
  status?: ActionPlanStatus;
}

export interface ShapedPlan {
  planId: string;
  measureIds: string[];
  targetIds: string[];
}

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];
const STATUSES = ['ON_TRACK', 'AT_RISK', 'DELAYED', 'ON_TRACK'] as const;

/** A plan of the given size with a history of quarterly updates, written directly (fast enough for many measures). */
export async function buildShapedPlan(app: TestApp, communityId: string, shape: PlanShape): Promise<ShapedPlan> {
  const repositories = app.repositories.actionPlans;
  const periodFrom = 2022;
  const plan = await repositories.savePlan(
    Object.assign(new ActionPlanEntity(), {
      communityId,
      title: `Plan ${randomUUID()}`,
      periodFrom,
      periodTo: periodFrom + 2,
      status: shape.status ?? 'ADOPTED',
      adoptedByCase: shape.status === 'DRAFT' ? null : 'PM 1/2022',
      prolongedReason: null,
      prolongedByCase: null,
    }),
  );
  const measureIds: string[] = [];
  const targetIds: string[] = [];
  const quarterEnd = (quarter: number) => `${periodFrom + Math.floor(quarter / 4)}-${QUARTER_ENDS[quarter % 4] ?? '12-31'}`;
  for (let number = 1; number <= shape.focusAreas; number += 1) {
    const area = await repositories.saveFocusArea(
      Object.assign(new FocusAreaEntity(), {
        communityId,
        planId: plan.id,
        number,
        title: `Innsatsområde ${number}`,
        responsibleOrganId: null,
      }),
    );
    for (let position = 0; position < shape.measuresPerArea; position += 1) {
      const measure = await repositories.saveMeasure(
        Object.assign(new MeasureEntity(), {
          communityId,
          focusAreaId: area.id,
          position,
          title: `Tiltak ${number}.${position + 1}`,
          ownerPartnerId: null,
          ownerOrganId: null,
          startsOn: `${periodFrom}-01-01`,
          endsOn: `${periodFrom + 2}-12-31`,
          patientGroups: ['FRAIL_ELDERLY'],
        }),
      );
      await repositories.replaceReporters(measure, shape.reporterUserIds ?? []);
      measureIds.push(measure.id);
    }
    for (let position = 0; position < shape.targetsPerArea; position += 1) {
      const target = await repositories.saveTarget(
        Object.assign(new TargetEntity(), {
          communityId,
          focusAreaId: area.id,
          position,
          description: `Mål ${number}.${position + 1}`,
          indicatorName: 'Ventetid',
          unit: 'dager',
          baseline: 30,
          targetValue: 20,
          startsOn: `${periodFrom}-01-01`,
          dueDate: `${periodFrom + 2}-12-31`,
        }),
      );
      targetIds.push(target.id);
    }
  }
  const update = { communityId, comment: 'Kvartalsrapport', authorUserId: null, authorName: 'Test' };
  for (let quarter = 0; quarter < shape.quarters; quarter += 1) {
    for (const measureId of measureIds)
      await repositories.addUpdate(
        Object.assign(new StatusUpdateEntity(), {
          ...update,
          measureId,
          targetId: null,
          reportedOn: quarterEnd(quarter),
          status: STATUSES[quarter % STATUSES.length] ?? null,
          progress: Math.min(100, (quarter + 1) * 8),
          indicatorValue: null,
        }),
      );
    for (const targetId of targetIds)
      await repositories.addUpdate(
        Object.assign(new StatusUpdateEntity(), {
          ...update,
          measureId: null,
          targetId,
          reportedOn: quarterEnd(quarter),
          status: null,
          progress: null,
          indicatorValue: 30 - quarter,
        }),
      );
  }
  return { planId: plan.id, measureIds, targetIds };
}

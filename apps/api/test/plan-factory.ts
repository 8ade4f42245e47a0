import { randomUUID } from 'node:crypto';
import {
  ActionPlanEntity,
  FocusAreaEntity,
  MeasureEntity,
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
  options: { reporterUserId?: string | null; periodFrom?: number; periodTo?: number; status?: ActionPlanStatus } = {},
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
      reporterUserId: options.reporterUserId ?? null,
      startsOn: `${options.periodFrom ?? 2022}-01-01`,
      endsOn: `${options.periodTo ?? 2024}-12-31`,
      patientGroups: ['FRAIL_ELDERLY'],
    }),
  );
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

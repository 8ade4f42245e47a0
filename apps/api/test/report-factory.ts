import { randomUUID } from 'node:crypto';
import {
  ActionPlanEntity,
  FocusAreaEntity,
  MeasureEntity,
  StatusUpdateEntity,
  TargetEntity,
  type ActionPlanStatus,
} from '../src/modules/action-plan/action-plan.entity.js';
import { must, type CommunityFixture } from './factories.js';
import type { TestApp } from './test-app.js';

/**
 * A plan whose report figures are known (reports.int.test.ts says which), written directly:
 * focus area 1 with a professional committee, three measures and two targets; focus area 2 empty.
 *
 * On 2024-12-31: measure 1 completed (progress 100), measure 2 delayed and overdue and stale (its wrong
 * update of 90 % corrected to 25 %), measure 3 cancelled; target 1 reached, target 2 not started.
 * On 2023-12-31: measure 1 on track (40 %), measures 2 and 3 at risk (started, nothing reported).
 */
export async function buildReportPlan(
  app: TestApp,
  community: CommunityFixture,
  status: ActionPlanStatus = 'ADOPTED',
): Promise<{ planId: string; focusAreaIds: string[] }> {
  const plans = app.repositories.actionPlans;
  const communityId = community.id;
  const organs = await must<{ community: { organs: { id: string }[] } }>(app, 'query($id: ID!) { community(id: $id) { organs { id } } }', {
    id: communityId,
  });
  const plan = await plans.savePlan(
    Object.assign(new ActionPlanEntity(), {
      communityId,
      title: `Handlingsplan ${randomUUID().slice(0, 8)}`,
      periodFrom: 2023,
      periodTo: 2025,
      status,
      adoptedByCase: status === 'DRAFT' ? null : 'PM 1/2023',
      prolongedReason: null,
      prolongedByCase: null,
    }),
  );
  const area = (number: number, responsibleOrganId: string | null) =>
    plans.saveFocusArea(
      Object.assign(new FocusAreaEntity(), { communityId, planId: plan.id, number, title: `Område ${number}`, responsibleOrganId }),
    );
  const first = await area(1, organs.community.organs[0]?.id ?? null);
  const second = await area(2, null);
  const measure = (position: number, endsOn: string) =>
    plans.saveMeasure(
      Object.assign(new MeasureEntity(), {
        communityId,
        focusAreaId: first.id,
        position,
        title: `Tiltak ${position + 1}`,
        ownerPartnerId: null,
        ownerOrganId: null,
        reporterUserId: null,
        startsOn: '2023-01-01',
        endsOn,
        patientGroups: [],
      }),
    );
  const [m1, m2, m3] = [await measure(0, '2025-12-31'), await measure(1, '2024-06-30'), await measure(2, '2025-12-31')];
  const target = (position: number, dueDate: string) =>
    plans.saveTarget(
      Object.assign(new TargetEntity(), {
        communityId,
        focusAreaId: first.id,
        position,
        description: `Mål ${position + 1}`,
        indicatorName: 'Ventetid',
        unit: 'dager',
        baseline: 30,
        targetValue: 20,
        startsOn: '2023-01-01',
        dueDate,
      }),
    );
  const t1 = await target(0, '2025-12-31');
  await target(1, '2025-12-31');
  const update = (values: Partial<StatusUpdateEntity> & { reportedOn: string }) =>
    plans.addUpdate(
      Object.assign(new StatusUpdateEntity(), {
        communityId,
        measureId: null,
        targetId: null,
        status: null,
        progress: null,
        indicatorValue: null,
        comment: '',
        authorUserId: null,
        authorName: 'Test',
        supersedesId: null,
        ...values,
      }),
    );
  await update({ measureId: m1.id, reportedOn: '2023-03-01', status: 'ON_TRACK', progress: 40 });
  await update({ measureId: m1.id, reportedOn: '2024-06-01', status: 'COMPLETED', progress: 100 });
  const wrong = await update({ measureId: m2.id, reportedOn: '2024-03-01', status: 'ON_TRACK', progress: 90 });
  await update({ measureId: m2.id, reportedOn: '2024-03-01', status: 'AT_RISK', progress: 25, supersedesId: wrong.id });
  await update({ measureId: m3.id, reportedOn: '2024-02-01', status: 'CANCELLED' });
  await update({ targetId: t1.id, reportedOn: '2024-05-01', indicatorValue: 18 });
  return { planId: plan.id, focusAreaIds: [first.id, second.id] };
}

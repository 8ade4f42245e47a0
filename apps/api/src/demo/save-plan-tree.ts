import type { Caller } from '../modules/auth/caller.js';
import type { ActionPlanEntity, FocusAreaEntity, MeasureEntity, TargetEntity } from '../modules/action-plan/action-plan.entity.js';
import type { PriorityPatientGroup } from '@helsefellesskap/status-schema';
import type { PlanAuthoringService } from '../modules/action-plan/plan-authoring.service.js';

/** An action plan with its focus areas, targets and measures, as the data sets describe it (ids resolved). */
export interface PlanTree {
  plan: Pick<ActionPlanEntity, 'title' | 'periodFrom' | 'periodTo' | 'status' | 'adoptedByCase' | 'prolongedReason' | 'prolongedByCase'>;
  focusAreas: (Pick<FocusAreaEntity, 'title' | 'responsibleOrganId'> & {
    targets: Pick<TargetEntity, 'description' | 'indicatorName' | 'unit' | 'baseline' | 'targetValue' | 'startsOn' | 'dueDate'>[];
    measures: (Pick<MeasureEntity, 'title' | 'ownerPartnerId' | 'ownerOrganId' | 'startsOn' | 'endsOn'> & {
      reporterUserIds: string[];
      patientGroups: PriorityPatientGroup[];
    })[];
  })[];
}

export interface SavedPlanTree {
  plan: ActionPlanEntity;
  focusAreas: { focusArea: FocusAreaEntity; targets: TargetEntity[]; measures: MeasureEntity[] }[];
}

/**
 * Writes a plan and everything under it through the action plan's service, as the secretariat does in
 * the UI: created as a draft, focus areas, targets and measures added in the order given, then taken
 * through its lifecycle to the status the data set gives. Status updates and reports are the caller's
 * to add to what this returns.
 */
export async function savePlanTree(
  authoring: PlanAuthoringService,
  caller: Caller,
  communityId: string,
  tree: PlanTree,
): Promise<SavedPlanTree> {
  const { title, periodFrom, periodTo } = tree.plan;
  let plan = await authoring.createPlan(caller, communityId, { communityId, title, periodFrom, periodTo });
  const focusAreas: SavedPlanTree['focusAreas'] = [];
  for (const { targets, measures, ...area } of tree.focusAreas) {
    const { element: focusArea } = await authoring.addFocusArea(caller, plan.id, { planId: plan.id, ...area });
    const savedTargets: TargetEntity[] = [];
    for (const target of targets) {
      savedTargets.push((await authoring.addTarget(caller, focusArea.id, { focusAreaId: focusArea.id, ...target })).element);
    }
    const savedMeasures: MeasureEntity[] = [];
    for (const measure of measures) {
      savedMeasures.push((await authoring.addMeasure(caller, focusArea.id, { focusAreaId: focusArea.id, ...measure })).element);
    }
    focusAreas.push({ focusArea, targets: savedTargets, measures: savedMeasures });
  }
  const { status, adoptedByCase, prolongedReason, prolongedByCase } = tree.plan;
  if (status !== 'DRAFT') plan = await authoring.adopt(caller, plan.id, { planId: plan.id, caseReference: adoptedByCase ?? '' });
  if (status === 'PROLONGED')
    plan = await authoring.prolong(caller, plan.id, {
      planId: plan.id,
      reason: prolongedReason ?? '',
      caseReference: prolongedByCase ?? '',
    });
  if (status === 'CLOSED') plan = await authoring.close(caller, plan.id);
  return { plan, focusAreas };
}

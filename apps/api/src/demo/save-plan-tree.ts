import type { Repositories } from '../database/repositories.js';
import { ActionPlanEntity, FocusAreaEntity, MeasureEntity, TargetEntity } from '../modules/action-plan/action-plan.entity.js';

type Fields<Entity, Set extends keyof Entity> = Omit<Entity, Set>;

/** An action plan with its focus areas, targets and measures, as the data sets describe it (ids resolved). */
export interface PlanTree {
  plan: Fields<ActionPlanEntity, 'id' | 'communityId' | 'createdAt' | 'updatedAt'>;
  focusAreas: (Fields<FocusAreaEntity, 'id' | 'communityId' | 'planId' | 'retiredOn'> & {
    targets: Fields<TargetEntity, 'id' | 'communityId' | 'focusAreaId' | 'position' | 'retiredOn'>[];
    measures: Fields<MeasureEntity, 'id' | 'communityId' | 'focusAreaId' | 'position' | 'retiredOn'>[];
  })[];
}

export interface SavedPlanTree {
  plan: ActionPlanEntity;
  focusAreas: { focusArea: FocusAreaEntity; targets: TargetEntity[]; measures: MeasureEntity[] }[];
}

/**
 * Saves a plan and everything under it, in the order given (positions follow it). The product has no
 * mutation that creates plans yet, so the demo and the national data set both load them here; status
 * updates and reports are theirs to add to what this returns.
 */
export async function savePlanTree(repositories: Repositories, communityId: string, tree: PlanTree): Promise<SavedPlanTree> {
  const plan = await repositories.actionPlans.savePlan(Object.assign(new ActionPlanEntity(), { ...tree.plan, communityId }));
  const focusAreas: SavedPlanTree['focusAreas'] = [];
  for (const { targets, measures, ...area } of tree.focusAreas) {
    const focusArea = await repositories.actionPlans.saveFocusArea(
      Object.assign(new FocusAreaEntity(), { ...area, communityId, planId: plan.id, retiredOn: null }),
    );
    const savedTargets: TargetEntity[] = [];
    for (const [position, target] of targets.entries()) {
      savedTargets.push(
        await repositories.actionPlans.saveTarget(
          Object.assign(new TargetEntity(), { ...target, communityId, focusAreaId: focusArea.id, position, retiredOn: null }),
        ),
      );
    }
    const savedMeasures: MeasureEntity[] = [];
    for (const [position, measure] of measures.entries()) {
      savedMeasures.push(
        await repositories.actionPlans.saveMeasure(
          Object.assign(new MeasureEntity(), { ...measure, communityId, focusAreaId: focusArea.id, position, retiredOn: null }),
        ),
      );
    }
    focusAreas.push({ focusArea, targets: savedTargets, measures: savedMeasures });
  }
  return { plan, focusAreas };
}

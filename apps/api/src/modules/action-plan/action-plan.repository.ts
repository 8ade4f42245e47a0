import { In, type EntityManager } from 'typeorm';
import {
  ActionPlanEntity,
  FocusAreaEntity,
  MeasureEntity,
  StatusReportEntity,
  StatusUpdateEntity,
  TargetEntity,
} from './action-plan.entity.js';

export class ActionPlanRepository {
  constructor(private readonly manager: EntityManager) {}

  findPlansOfCommunities(communityIds: readonly string[]): Promise<ActionPlanEntity[]> {
    return this.manager.find(ActionPlanEntity, { where: { communityId: In([...communityIds]) }, order: { periodFrom: 'DESC' } });
  }

  findPlan(planId: string): Promise<ActionPlanEntity | null> {
    return this.manager.findOneBy(ActionPlanEntity, { id: planId });
  }

  findPlanByTitle(communityId: string, title: string): Promise<ActionPlanEntity | null> {
    return this.manager.findOneBy(ActionPlanEntity, { communityId, title });
  }

  savePlan(plan: ActionPlanEntity): Promise<ActionPlanEntity> {
    return this.manager.save(ActionPlanEntity, plan);
  }

  findFocusAreasOfPlans(planIds: readonly string[]): Promise<FocusAreaEntity[]> {
    return this.manager.find(FocusAreaEntity, { where: { planId: In([...planIds]) }, order: { number: 'ASC' } });
  }

  findFocusArea(focusAreaId: string): Promise<FocusAreaEntity | null> {
    return this.manager.findOneBy(FocusAreaEntity, { id: focusAreaId });
  }

  saveFocusArea(focusArea: FocusAreaEntity): Promise<FocusAreaEntity> {
    return this.manager.save(FocusAreaEntity, focusArea);
  }

  findTargetsOfFocusAreas(focusAreaIds: readonly string[]): Promise<TargetEntity[]> {
    return this.manager.find(TargetEntity, { where: { focusAreaId: In([...focusAreaIds]) }, order: { position: 'ASC' } });
  }

  findTarget(targetId: string): Promise<TargetEntity | null> {
    return this.manager.findOneBy(TargetEntity, { id: targetId });
  }

  saveTarget(target: TargetEntity): Promise<TargetEntity> {
    return this.manager.save(TargetEntity, target);
  }

  findMeasuresOfFocusAreas(focusAreaIds: readonly string[]): Promise<MeasureEntity[]> {
    return this.manager.find(MeasureEntity, { where: { focusAreaId: In([...focusAreaIds]) }, order: { position: 'ASC' } });
  }

  findMeasure(measureId: string): Promise<MeasureEntity | null> {
    return this.manager.findOneBy(MeasureEntity, { id: measureId });
  }

  saveMeasure(measure: MeasureEntity): Promise<MeasureEntity> {
    return this.manager.save(MeasureEntity, measure);
  }

  /** Every update of the measures, oldest first (by the date reported, then by when it was written). */
  findUpdatesOfMeasures(measureIds: readonly string[]): Promise<StatusUpdateEntity[]> {
    return this.manager.find(StatusUpdateEntity, {
      where: { measureId: In([...measureIds]) },
      order: { reportedOn: 'ASC', createdAt: 'ASC' },
    });
  }

  findUpdatesOfTargets(targetIds: readonly string[]): Promise<StatusUpdateEntity[]> {
    return this.manager.find(StatusUpdateEntity, {
      where: { targetId: In([...targetIds]) },
      order: { reportedOn: 'ASC', createdAt: 'ASC' },
    });
  }

  addUpdate(update: StatusUpdateEntity): Promise<StatusUpdateEntity> {
    return this.manager.save(StatusUpdateEntity, update);
  }

  findReport(planId: string, year: number): Promise<StatusReportEntity | null> {
    return this.manager.findOneBy(StatusReportEntity, { planId, year });
  }

  findReportById(reportId: string): Promise<StatusReportEntity | null> {
    return this.manager.findOneBy(StatusReportEntity, { id: reportId });
  }

  findReportsOfPlans(planIds: readonly string[]): Promise<StatusReportEntity[]> {
    return this.manager.find(StatusReportEntity, { where: { planId: In([...planIds]) }, order: { year: 'DESC' } });
  }

  saveReport(report: StatusReportEntity): Promise<StatusReportEntity> {
    return this.manager.save(StatusReportEntity, report);
  }
}

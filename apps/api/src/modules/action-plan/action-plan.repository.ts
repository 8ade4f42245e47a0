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

  /**
   * The year's report, created as an empty draft when there is none, locked until the transaction
   * ends: writers of one report (commentary, freezing) take turns, each seeing the one before.
   */
  async lockReport(communityId: string, planId: string, year: number): Promise<{ report: StatusReportEntity; created: boolean }> {
    const inserted = await this.manager
      .createQueryBuilder()
      .insert()
      .into(StatusReportEntity)
      .values({ communityId, planId, year, cutOffDate: `${year}-12-31`, commentary: {}, commentaryVersions: {} })
      .orIgnore()
      .returning('id')
      .execute();
    const report = await this.manager.findOne(StatusReportEntity, { where: { planId, year }, lock: { mode: 'pessimistic_write' } });
    if (!report) throw new Error(`The ${year} report of plan ${planId} vanished while it was being locked.`);
    // RETURNING yields the row only when this statement inserted it.
    return { report, created: Array.isArray(inserted.raw) && inserted.raw.length > 0 };
  }

  saveReport(report: StatusReportEntity): Promise<StatusReportEntity> {
    return this.manager.save(StatusReportEntity, report);
  }
}

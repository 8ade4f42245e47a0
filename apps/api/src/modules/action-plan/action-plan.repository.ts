import type { StatusLevel } from '@helsefellesskap/status-schema';
import { In, type EntityManager } from 'typeorm';
import { selectRows } from '../../database/rows.js';
import {
  ActionPlanEntity,
  FocusAreaEntity,
  MeasureEntity,
  MeasureReporterEntity,
  StatusReportEntity,
  StatusUpdateEntity,
  TargetEntity,
  type ActionPlanStatus,
  type MeasureWithReporters,
} from './action-plan.entity.js';
import type { MeasureFacts, MeasureState, TargetFacts, TargetState } from './status-report.builder.js';

/** Plain rows of the read path (ADR 0014): only what the GraphQL types and the policy need. */
export interface PlanRow {
  id: string;
  communityId: string;
  title: string;
  periodFrom: number;
  periodTo: number;
  status: ActionPlanStatus;
  adoptedByCase: string | null;
  prolongedReason: string | null;
  prolongedByCase: string | null;
}

export interface FocusAreaRow {
  id: string;
  planId: string;
  number: number;
  title: string;
  responsibleOrgan: { name: string; kind: string } | null;
  responsibleOrganId: string | null;
  retiredOn: string | null;
}

/** A target with its latest indicator value on the date asked about. */
export interface TargetAsOfRow extends TargetFacts, TargetState {
  planId: string;
  focusAreaId: string;
}

/** A measure with its owner's name and what was known of it on the date asked about. */
export interface MeasureAsOfRow extends MeasureFacts, MeasureState {
  planId: string;
  focusAreaId: string;
  owner: string | null;
  ownerPartnerId: string | null;
  ownerOrganId: string | null;
}

/** A user who reports on a measure, by name. */
export interface MeasureReporterRow {
  measureId: string;
  id: string;
  name: string;
}

/** A status update of a measure or a target (`subjectId`) of a plan. */
export interface UpdateRow {
  id: string;
  communityId: string;
  /** The entry it corrects, if it is a correction. */
  supersedesId: string | null;
  authorUserId: string | null;
  planId: string;
  subjectId: string;
  reportedOn: string;
  status: StatusLevel | null;
  progress: number | null;
  indicatorValue: number | null;
  comment: string;
  authorName: string;
  createdAt: Date;
}

/** A stored report's year, with the plan's status and community for the policy. */
export interface ReportYearRow {
  planId: string;
  planCommunityId: string;
  planStatus: ActionPlanStatus;
  year: number;
  frozenAt: Date | null;
  caseReference: string | null;
}

const PLAN_COLUMNS = `p.id, p.community_id AS "communityId", p.title, p.period_from AS "periodFrom", p.period_to AS "periodTo", p.status,
  p.adopted_by_case AS "adoptedByCase", p.prolonged_reason AS "prolongedReason", p.prolonged_by_case AS "prolongedByCase"`;

/** An update that counts: one that was corrected stays in the history but is replaced by its correction. */
const NOT_CORRECTED = 'NOT EXISTS (SELECT 1 FROM status_update c WHERE c.supersedes_id = u.id)';

/** The latest update of the measure `m` on or before $2 that matches a condition, newest written last. */
const latestMeasureUpdate = (columns: string, condition: string) =>
  `LEFT JOIN LATERAL (SELECT ${columns} FROM status_update u WHERE u.measure_id = m.id AND u.reported_on <= $2::date ${condition}
    AND ${NOT_CORRECTED}
    ORDER BY u.reported_on DESC, u.created_at DESC LIMIT 1)`;

export class ActionPlanRepository {
  constructor(private readonly manager: EntityManager) {}

  readPlan(planId: string): Promise<PlanRow | null> {
    return selectRows<PlanRow>(this.manager, `SELECT ${PLAN_COLUMNS} FROM action_plan p WHERE p.id = $1`, [planId]).then(
      (rows) => rows[0] ?? null,
    );
  }

  /** The plans of the communities, newest first. */
  readPlansOfCommunities(communityIds: readonly string[]): Promise<PlanRow[]> {
    return selectRows<PlanRow>(
      this.manager,
      `SELECT ${PLAN_COLUMNS} FROM action_plan p WHERE p.community_id = ANY($1::uuid[]) ORDER BY p.period_from DESC, p.id`,
      [communityIds],
    );
  }

  readFocusAreasOfPlans(planIds: readonly string[]): Promise<FocusAreaRow[]> {
    return selectRows<FocusAreaRow>(
      this.manager,
      `SELECT f.id, f.plan_id AS "planId", f.number, f.title, f.responsible_organ_id AS "responsibleOrganId", f.retired_on AS "retiredOn",
         CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('name', o.name, 'kind', o.kind) END AS "responsibleOrgan"
       FROM focus_area f LEFT JOIN organ o ON o.id = f.responsible_organ_id
       WHERE f.plan_id = ANY($1::uuid[]) ORDER BY f.number`,
      [planIds],
    );
  }

  /** The plans' targets with their latest indicator value on or before `asOf`: one row each, whatever the history. */
  readTargetsAsOf(planIds: readonly string[], asOf: string): Promise<TargetAsOfRow[]> {
    return selectRows<TargetAsOfRow>(
      this.manager,
      `SELECT t.id, f.plan_id AS "planId", t.focus_area_id AS "focusAreaId", t.description, t.indicator_name AS "indicatorName", t.unit,
         t.baseline::float8 AS baseline, t.target_value::float8 AS "targetValue", t.starts_on AS "startsOn", t.due_date AS "dueDate", t.retired_on AS "retiredOn",
         latest.indicator_value::float8 AS "latestValue", latest.reported_on AS "valueDate"
       FROM target t JOIN focus_area f ON f.id = t.focus_area_id
       LEFT JOIN LATERAL (SELECT u.indicator_value, u.reported_on FROM status_update u
         WHERE u.target_id = t.id AND u.reported_on <= $2::date AND u.indicator_value IS NOT NULL AND ${NOT_CORRECTED}
         ORDER BY u.reported_on DESC, u.created_at DESC LIMIT 1) latest ON true
       WHERE f.plan_id = ANY($1::uuid[]) ORDER BY t.position, t.id`,
      [planIds, asOf],
    );
  }

  /**
   * The plans' measures with their owner's name and what was known on `asOf` (the latest update, status
   * and progress on or before it): one row each, whatever the history.
   */
  readMeasuresAsOf(planIds: readonly string[], asOf: string): Promise<MeasureAsOfRow[]> {
    return selectRows<MeasureAsOfRow>(
      this.manager,
      `SELECT m.id, m.community_id AS "communityId", f.plan_id AS "planId", m.focus_area_id AS "focusAreaId", m.title,
         ARRAY(SELECT r.user_id::text FROM measure_reporter r WHERE r.measure_id = m.id ORDER BY r.user_id) AS "reporterUserIds",
         m.starts_on AS "startsOn", m.ends_on AS "endsOn", m.patient_groups AS "patientGroups",
         COALESCE(partner.name, organ.name) AS owner, m.owner_partner_id AS "ownerPartnerId", m.owner_organ_id AS "ownerOrganId",
         m.retired_on AS "retiredOn",
         latest.reported_on AS "lastUpdateOn", COALESCE(latest.comment, '') AS comment,
         reported.status AS reported, progressed.progress
       FROM measure m JOIN focus_area f ON f.id = m.focus_area_id
       LEFT JOIN partner ON partner.id = m.owner_partner_id
       LEFT JOIN organ ON organ.id = m.owner_organ_id
       ${latestMeasureUpdate('u.reported_on, u.comment', '')} latest ON true
       ${latestMeasureUpdate('u.status', 'AND u.status IS NOT NULL')} reported ON true
       ${latestMeasureUpdate('u.progress', 'AND u.progress IS NOT NULL')} progressed ON true
       WHERE f.plan_id = ANY($1::uuid[]) ORDER BY m.position, m.id`,
      [planIds, asOf],
    );
  }

  /** The users who report on the measures, by name. */
  readReportersOfMeasures(measureIds: readonly string[]): Promise<MeasureReporterRow[]> {
    return selectRows<MeasureReporterRow>(
      this.manager,
      `SELECT r.measure_id AS "measureId", u.id, u.name
       FROM measure_reporter r JOIN app_user u ON u.id = r.user_id
       WHERE r.measure_id = ANY($1::uuid[]) ORDER BY u.name, u.id`,
      [measureIds],
    );
  }

  /** Every update of the plans' measures or targets, oldest first (by the date reported, then by when it was written). */
  readUpdatesOfPlans(planIds: readonly string[], subject: 'measure' | 'target'): Promise<UpdateRow[]> {
    const table = subject === 'measure' ? 'measure' : 'target';
    return selectRows<UpdateRow>(
      this.manager,
      `SELECT u.id, u.community_id AS "communityId", u.supersedes_id AS "supersedesId", u.author_user_id AS "authorUserId",
         f.plan_id AS "planId", u.${table}_id AS "subjectId", u.reported_on AS "reportedOn", u.status, u.progress,
         u.indicator_value::float8 AS "indicatorValue", u.comment, u.author_name AS "authorName", u.created_at AS "createdAt"
       FROM status_update u JOIN ${table} s ON s.id = u.${table}_id JOIN focus_area f ON f.id = s.focus_area_id
       WHERE f.plan_id = ANY($1::uuid[]) ORDER BY u.reported_on, u.created_at`,
      [planIds],
    );
  }

  /** The years with a stored report, newest first. */
  readReportYearsOfPlans(planIds: readonly string[]): Promise<ReportYearRow[]> {
    return selectRows<ReportYearRow>(
      this.manager,
      `SELECT r.plan_id AS "planId", p.community_id AS "planCommunityId", p.status AS "planStatus", r.year, r.frozen_at AS "frozenAt",
         r.case_reference AS "caseReference"
       FROM status_report r JOIN action_plan p ON p.id = r.plan_id
       WHERE r.plan_id = ANY($1::uuid[]) ORDER BY r.year DESC`,
      [planIds],
    );
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

  /** The measure with the users who report on it. */
  async findMeasureWithReporters(measureId: string): Promise<MeasureWithReporters | null> {
    const measure = await this.findMeasure(measureId);
    return measure ? ((await this.withReporters([measure]))[0] ?? null) : null;
  }

  /** The focus areas' measures, in order, each with the users who report on it. */
  async findMeasuresWithReportersOfFocusAreas(focusAreaIds: readonly string[]): Promise<MeasureWithReporters[]> {
    return this.withReporters(await this.findMeasuresOfFocusAreas(focusAreaIds));
  }

  /** The measures, each given the ids of the users who report on it (ordered by id): one statement for all. */
  async withReporters(measures: readonly MeasureEntity[]): Promise<MeasureWithReporters[]> {
    const rows =
      measures.length === 0
        ? []
        : await this.manager.find(MeasureReporterEntity, {
            where: { measureId: In(measures.map((measure) => measure.id)) },
            order: { userId: 'ASC' },
          });
    return measures.map((measure) =>
      Object.assign(measure, { reporterUserIds: rows.filter((row) => row.measureId === measure.id).map((row) => row.userId) }),
    );
  }

  /** Makes these users the measure's reporters, and nobody else. */
  async replaceReporters(measure: Pick<MeasureEntity, 'id' | 'communityId'>, userIds: readonly string[]): Promise<void> {
    await this.manager.delete(MeasureReporterEntity, { measureId: measure.id });
    if (userIds.length === 0) return;
    await this.manager.insert(
      MeasureReporterEntity,
      [...new Set(userIds)].map((userId) => ({ measureId: measure.id, userId, communityId: measure.communityId })),
    );
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

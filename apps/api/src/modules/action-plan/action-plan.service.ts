import { clampDate, earlierOf, lastDayOfYear } from '@helsefellesskap/calendar';
import { parseStatusReport, TEXT_LIMITS, type Section, type StatusReport } from '@helsefellesskap/status-schema';
import type { Clock } from '../../common/clock.js';
import { badUserInput, conflict, notFound } from '../../common/errors.js';
import { groupByKeys } from '../../common/group.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import type { Caller } from '../auth/caller.js';
import { StatusUpdateEntity, type MeasureEntity, type StatusReportEntity, type TargetEntity } from './action-plan.entity.js';
import type { ActionPlanLoaders } from './action-plan.loaders.js';
import type { FocusAreaRow, MeasureAsOfRow, PlanRow, ReportYearRow, TargetAsOfRow } from './action-plan.repository.js';
import type { FreezeStatusReportInput, PostStatusUpdateInput } from './action-plan.inputs.js';
import type { CorrectStatusUpdateInput } from './plan-authoring.inputs.js';
import {
  assertMayCorrectUpdate,
  assertMayFreezeReport,
  assertMayPostMeasureStatus,
  assertMayReadPlan,
  assertMayReadReport,
  assertMayRecordIndicatorValue,
  assertMayWriteCommentary,
  mayFreezeReport,
  mayPostMeasureStatus,
  mayReadUpdates,
  mayWriteForFocusArea,
} from './action-plan.policy.js';
import { lastReportYear, progressSeries, reportingWindow, type ProgressSample } from './action-plan.rules.js';
import { isActiveOn } from './plan-authoring.rules.js';
import { buildStatusReport, measureView, sectionOf, targetView, type FocusAreaData } from './status-report.builder.js';

/** What a status report needs of its plan: a plan read for a page, or one locked for a change. */
type ReportedPlan = Pick<PlanRow, 'id' | 'communityId' | 'title' | 'periodFrom' | 'periodTo' | 'status'>;

export interface ReportView {
  entity: StatusReportEntity | null;
  report: StatusReport;
  /** The plan's community: where the case a frozen report is attached to is looked up. */
  communityId: string;
  /** What the caller may do with it: freeze it, and write the commentary of these focus areas (by number). */
  canFreeze: boolean;
  commentaryFocusAreas: number[];
}

/** What the caller may do with a measure, as the policy decides. */
export interface MeasureAccess {
  canPostStatus: boolean;
}

/** The same for a focus area: its targets' indicator values, and each of its measures by id. */
export interface FocusAreaAccess {
  canRecordValue: boolean;
  measures: Map<string, MeasureAccess>;
}

/** A focus area as judged on a date: its section by the shared rules, the rows it came from, and what the caller may do. */
export interface FocusAreaView {
  area: FocusAreaRow;
  targets: TargetAsOfRow[];
  measures: MeasureAsOfRow[];
  section: Section;
  access: FocusAreaAccess;
}

export class ActionPlanService {
  constructor(
    private readonly repositories: Repositories,
    private readonly inTransaction: InTransaction,
    private readonly clock: Clock,
  ) {}

  async getPlan(caller: Caller, planId: string): Promise<PlanRow> {
    const plan = await this.repositories.actionPlans.readPlan(planId);
    if (!plan) throw notFound('actionPlan', planId);
    assertMayReadPlan(caller, plan);
    return plan;
  }

  /**
   * The focus areas judged on a date (default today) from what was known then, with what the caller may
   * do in each. With `withUpdates` (the operation asks for the measures' histories), the histories the
   * caller may read start loading in the same round trip as the measures.
   */
  async focusAreasAsOf(
    caller: Caller,
    loaders: ActionPlanLoaders,
    plan: PlanRow,
    asOf: string | null,
    withUpdates = false,
  ): Promise<FocusAreaView[]> {
    assertMayReadPlan(caller, plan);
    const date = asOf ?? this.clock.today();
    const key = { id: plan.id, argument: date };
    // Measure.updates reads the same cached load, and its failure there; here it is only started.
    if (withUpdates && mayReadUpdates(caller, plan.communityId)) void loaders.measureUpdatesOfPlan.load(plan.id).catch(() => undefined);
    const [areas, targets, measures] = await Promise.all([
      loaders.focusAreasOfPlan.load(plan.id),
      loaders.targetsOfPlanAsOf.load(key),
      loaders.measuresOfPlanAsOf.load(key),
    ]);
    // What was retired on or before the date is no longer part of the plan then (it keeps its history).
    const activeAreas = areas.filter((area) => isActiveOn(area.retiredOn, date));
    const areaIds = activeAreas.map((area) => area.id);
    const targetsByArea = groupByKeys(
      areaIds,
      targets.filter((target) => isActiveOn(target.retiredOn, date)),
      (target) => target.focusAreaId,
    );
    const measuresByArea = groupByKeys(
      areaIds,
      measures.filter((measure) => isActiveOn(measure.retiredOn, date)),
      (measure) => measure.focusAreaId,
    );
    return activeAreas.map((area, index) => {
      const areaTargets = targetsByArea[index] ?? [];
      const areaMeasures = measuresByArea[index] ?? [];
      return {
        area,
        targets: areaTargets,
        measures: areaMeasures,
        section: sectionOf(
          area,
          areaTargets.map((target) => targetView(target, target, date)),
          areaMeasures.map((measure) => measureView(measure, measure.owner, measure, date)),
          date,
          '',
        ),
        access: focusAreaAccess(caller, plan, areaMeasures),
      };
    });
  }

  /**
   * Average progress and status of each focus area at every quarter's end from the plan's start until
   * `until` (default today), which must lie within the years the plan reports on: the series is
   * bounded by the plan, not by the caller.
   */
  async progressOverTime(caller: Caller, loaders: ActionPlanLoaders, plan: PlanRow, until: string | null): Promise<ProgressSample[]> {
    assertMayReadPlan(caller, plan);
    const window = reportingWindow(plan);
    if (until !== null && (until < window.from || until > window.to))
      throw badUserInput(
        'until',
        'DATE_OUTSIDE_PLAN_PERIOD',
        window,
        `must be within the plan's reporting period ${window.from}–${window.to}`,
      );
    // Today moved into the window: the default end of the series when today lies outside the plan's years.
    const end = until ?? clampDate(this.clock.today(), window.from, window.to);
    const key = { id: plan.id, argument: end };
    const [areas, targets, measures, targetUpdates, measureUpdates] = await Promise.all([
      loaders.focusAreasOfPlan.load(plan.id),
      loaders.targetsOfPlanAsOf.load(key),
      loaders.measuresOfPlanAsOf.load(key),
      loaders.targetUpdatesOfPlan.load(plan.id),
      loaders.measureUpdatesOfPlan.load(plan.id),
    ]);
    const data: FocusAreaData[] = areas.map((area) => ({
      ...area,
      targets: targets
        .filter((target) => target.focusAreaId === area.id)
        .map((target) => ({ target, updates: targetUpdates.get(target.id) ?? [] })),
      measures: measures
        .filter((measure) => measure.focusAreaId === area.id)
        .map((measure) => ({ measure, owner: measure.owner, updates: measureUpdates.get(measure.id) ?? [] })),
    }));
    return progressSeries(data, window.from, end);
  }

  postStatusUpdate(
    caller: Caller,
    input: PostStatusUpdateInput,
    ids: { measureId: string | null; targetId: string | null },
  ): Promise<StatusUpdateEntity> {
    const today = this.clock.today();
    if ((ids.measureId === null) === (ids.targetId === null))
      throw badUserInput('measureId', 'MEASURE_OR_TARGET_REQUIRED', {}, 'give either measureId or targetId');
    if (input.reportedOn > today)
      throw badUserInput('reportedOn', 'DATE_IN_FUTURE', { today }, `must not be in the future (today is ${today})`);
    return this.inTransaction(async (repositories) => {
      const subject = ids.measureId
        ? await repositories.actionPlans.findMeasureWithReporters(ids.measureId)
        : await repositories.actionPlans.findTarget(ids.targetId ?? '');
      if (!subject) throw notFound(ids.measureId ? 'measure' : 'target', ids.measureId ?? ids.targetId ?? '');
      if ('reporterUserIds' in subject) assertMayPostMeasureStatus(caller, subject);
      else
        assertMayRecordIndicatorValue(
          caller,
          subject.communityId,
          await repositories.actionPlans.findMeasuresWithReportersOfFocusAreas([subject.focusAreaId]),
        );
      await assertUpdateValues(repositories, subject, ids.measureId !== null, input);
      const update = await repositories.actionPlans.addUpdate(
        Object.assign(new StatusUpdateEntity(), {
          communityId: subject.communityId,
          measureId: ids.measureId,
          targetId: ids.targetId,
          reportedOn: input.reportedOn,
          status: input.status ?? null,
          progress: input.progress ?? null,
          indicatorValue: input.indicatorValue ?? null,
          comment: input.comment.trim(),
          authorUserId: caller.kind === 'user' ? caller.userId : null,
          authorName: caller.kind === 'user' ? caller.name : 'unknown',
          supersedesId: null,
        }),
      );
      await repositories.audit.record(caller, {
        action: 'CREATE',
        entityType: 'StatusUpdate',
        entityId: update.id,
        communityId: update.communityId,
        after: update,
      });
      return update;
    });
  }

  /**
   * Corrects a wrong status update by a new entry that supersedes it: both stay in the history (the
   * wrong one marked), and every status, the dashboard and new report drafts use the correction. Frozen
   * reports keep what they froze. The secretariat corrects any entry, its author one they still may
   * write; an entry is corrected once (a second correction corrects the correction).
   */
  correctStatusUpdate(caller: Caller, updateId: string, input: CorrectStatusUpdateInput): Promise<StatusUpdateEntity> {
    const today = this.clock.today();
    return this.inTransaction(async (repositories) => {
      const wrong = await repositories.planAuthoring.findUpdate(updateId);
      if (!wrong) throw notFound('statusUpdate', updateId);
      const subject = wrong.measureId
        ? await repositories.actionPlans.findMeasureWithReporters(wrong.measureId)
        : await repositories.actionPlans.findTarget(wrong.targetId ?? '');
      if (!subject) throw notFound(wrong.measureId ? 'measure' : 'target', wrong.measureId ?? wrong.targetId ?? '');
      const mayWriteThere =
        'reporterUserIds' in subject
          ? mayPostMeasureStatus(caller, subject)
          : mayWriteForFocusArea(
              caller,
              subject.communityId,
              await repositories.actionPlans.findMeasuresWithReportersOfFocusAreas([subject.focusAreaId]),
            );
      assertMayCorrectUpdate(caller, wrong, mayWriteThere);
      if (await repositories.planAuthoring.findCorrectionOf(wrong.id))
        throw conflict('UPDATE_ALREADY_CORRECTED', {}, 'The status update was corrected already: correct the correction.', 'updateId');
      const values = { ...input, reportedOn: input.reportedOn ?? wrong.reportedOn };
      if (values.reportedOn > today)
        throw badUserInput('reportedOn', 'DATE_IN_FUTURE', { today }, `must not be in the future (today is ${today})`);
      await assertUpdateValues(repositories, subject, wrong.measureId !== null, values);
      const correction = await repositories.actionPlans.addUpdate(
        Object.assign(new StatusUpdateEntity(), {
          communityId: wrong.communityId,
          measureId: wrong.measureId,
          targetId: wrong.targetId,
          reportedOn: values.reportedOn,
          status: input.status ?? null,
          progress: input.progress ?? null,
          indicatorValue: input.indicatorValue ?? null,
          comment: input.comment.trim(),
          authorUserId: caller.kind === 'user' ? caller.userId : null,
          authorName: caller.kind === 'user' ? caller.name : 'unknown',
          supersedesId: wrong.id,
        }),
      );
      await repositories.audit.record(caller, {
        action: 'CREATE',
        entityType: 'StatusUpdate',
        entityId: correction.id,
        communityId: correction.communityId,
        before: wrong,
        after: correction,
      });
      return correction;
    });
  }

  /** A frozen report is public; a draft is internal and generated afresh from the latest updates. */
  async report(caller: Caller, plan: PlanRow, year: number): Promise<ReportView> {
    assertMayReadPlan(caller, plan);
    assertYear(plan, year);
    const stored = await this.repositories.actionPlans.findReport(plan.id, year);
    assertMayReadReport(caller, plan, stored);
    if (stored?.frozenAt) {
      return { entity: stored, report: readSnapshot(stored), communityId: plan.communityId, canFreeze: false, commentaryFocusAreas: [] };
    }
    return this.draftView(caller, plan, year, stored, this.repositories);
  }

  /** The years with a stored report the caller may read: frozen ones for anyone, drafts for the community. */
  async reportYears(caller: Caller, loaders: ActionPlanLoaders, plan: PlanRow): Promise<ReportYearRow[]> {
    assertMayReadPlan(caller, plan);
    return loaders.reportYearsOfPlan.load(plan.id);
  }

  /**
   * Writes one focus area's commentary, if it is still the version the writer started from: a
   * commentary saved by someone else meanwhile is never overwritten unseen (free text does not merge
   * by itself), and the refusal carries their text so the writer can combine the two.
   */
  setCommentary(
    caller: Caller,
    planId: string,
    year: number,
    focusAreaNumber: number,
    commentary: string,
    expectedVersion: number,
  ): Promise<ReportView> {
    if (commentary.length > TEXT_LIMITS.commentary)
      throw badUserInput('commentary', 'TOO_LONG', { max: TEXT_LIMITS.commentary }, `must be at most ${TEXT_LIMITS.commentary} characters`);
    return this.inTransaction(async (repositories) => {
      const plan = await repositories.actionPlans.findPlan(planId);
      if (!plan) throw notFound('actionPlan', planId);
      assertMayReadPlan(caller, plan);
      assertYear(plan, year);
      const areas = await repositories.actionPlans.findFocusAreasOfPlans([planId]);
      const area = areas.find((candidate) => candidate.number === focusAreaNumber);
      if (!area)
        throw badUserInput(
          'focusAreaNumber',
          'FOCUS_AREA_NOT_IN_PLAN',
          { focusAreaNumber },
          `the plan has no focus area ${focusAreaNumber}`,
        );
      assertMayWriteCommentary(caller, plan.communityId, await repositories.actionPlans.findMeasuresWithReportersOfFocusAreas([area.id]));
      // Writers of the same report take turns from here, so each compares with the last saved version.
      const { report: entity, created } = await repositories.actionPlans.lockReport(plan.communityId, planId, year);
      if (entity.frozenAt)
        throw conflict('COMMENTARY_REPORT_FROZEN', { year }, `The ${year} report is frozen and can no longer change.`, 'commentary');
      // Kept by the focus area's stable id: a later renumbering leaves the text with its area.
      const key = area.id;
      const currentVersion = entity.commentaryVersions[key] ?? 0;
      if (currentVersion !== expectedVersion) {
        throw conflict(
          'COMMENTARY_CHANGED',
          { focusAreaNumber, currentVersion, currentText: entity.commentary[key] ?? '' },
          `The commentary of focus area ${focusAreaNumber} was saved by someone else since version ${expectedVersion} (now version ${currentVersion}); nothing was overwritten.`,
          'commentary',
        );
      }
      const before = created ? null : { commentary: { ...entity.commentary } };
      entity.commentary = { ...entity.commentary, [key]: commentary.trim() };
      entity.commentaryVersions = { ...entity.commentaryVersions, [key]: currentVersion + 1 };
      const saved = await repositories.actionPlans.saveReport(entity);
      await repositories.audit.record(caller, {
        action: created ? 'CREATE' : 'UPDATE',
        entityType: 'StatusReport',
        entityId: saved.id,
        communityId: plan.communityId,
        before,
        after: { year, commentary: saved.commentary },
      });
      return this.draftView(caller, plan, year, saved, repositories);
    });
  }

  /** Freezes the report as it reads now: an immutable snapshot, attached to a case. */
  freeze(caller: Caller, planId: string, input: FreezeStatusReportInput): Promise<ReportView> {
    const now = this.clock.now();
    return this.inTransaction(async (repositories) => {
      const plan = await repositories.actionPlans.findPlan(planId);
      if (!plan) throw notFound('actionPlan', planId);
      assertMayFreezeReport(caller, plan.communityId);
      assertYear(plan, input.year);
      // Locked, so no commentary is saved between reading it into the snapshot and freezing.
      const { report: entity } = await repositories.actionPlans.lockReport(plan.communityId, planId, input.year);
      if (entity.frozenAt)
        throw conflict(
          'REPORT_ALREADY_FROZEN',
          { year: input.year, caseReference: entity.caseReference },
          `The ${input.year} report is already frozen (attached to ${entity.caseReference ?? 'a case'}).`,
        );
      const { report } = await this.draft(plan, input.year, entity, repositories, now);
      Object.assign(entity, {
        cutOffDate: report.cutOffDate,
        snapshot: report,
        caseReference: input.caseReference.trim(),
        frozenAt: now,
        frozenBy: caller.kind === 'user' ? caller.email : null,
      });
      const saved = await repositories.actionPlans.saveReport(entity);
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'StatusReport',
        entityId: saved.id,
        communityId: plan.communityId,
        after: { year: input.year, frozen: true, caseReference: saved.caseReference },
      });
      return { entity: saved, report, communityId: plan.communityId, canFreeze: false, commentaryFocusAreas: [] };
    });
  }

  private async draftView(
    caller: Caller,
    plan: ReportedPlan,
    year: number,
    stored: StatusReportEntity | null,
    repositories: Repositories,
  ): Promise<ReportView> {
    const { report, focusAreas } = await this.draft(plan, year, stored, repositories);
    return {
      entity: stored,
      report,
      communityId: plan.communityId,
      canFreeze: mayFreezeReport(caller, plan.communityId),
      commentaryFocusAreas: focusAreas
        .filter((area) =>
          mayWriteForFocusArea(
            caller,
            plan.communityId,
            area.measures.map(({ measure }) => measure),
          ),
        )
        .map((area) => area.number),
    };
  }

  private async draft(
    plan: ReportedPlan,
    year: number,
    stored: StatusReportEntity | null,
    repositories: Repositories,
    now: Date = this.clock.now(),
  ): Promise<{ report: StatusReport; focusAreas: FocusAreaData[] }> {
    const previousEntity = await repositories.actionPlans.findReport(plan.id, year - 1);
    const community = await repositories.communities.findById(plan.communityId);
    const focusAreas = await loadFocusAreaData(repositories, plan.id);
    const report = buildStatusReport({
      communityName: community?.name ?? '',
      plan,
      year,
      cutOffDate: cutOffDate(year, stored, this.clock.today()),
      focusAreas,
      commentary: stored?.commentary ?? {},
      previous: previousEntity?.frozenAt ? readSnapshot(previousEntity) : null,
      generatedAt: now,
    });
    return { report, focusAreas };
  }
}

/** A year's report is judged at its end, or today while the year runs: a report never looks into the future. */
function cutOffDate(year: number, stored: StatusReportEntity | null, today: string): string {
  return earlierOf(today, stored?.frozenAt ? stored.cutOffDate : lastDayOfYear(year));
}

/** A target measured in percent is a share of a whole: never below 0 or above 100. */
function isShare(unit: string): boolean {
  return unit.trim() === '%' || unit.trim().toLowerCase() === 'prosent';
}

/** What the caller may do with a focus area, its targets and its measures, and which internal data they see. */
function focusAreaAccess(caller: Caller, plan: PlanRow, measures: readonly MeasureAsOfRow[]): FocusAreaAccess {
  return {
    canRecordValue: mayWriteForFocusArea(caller, plan.communityId, measures),
    measures: new Map(measures.map((measure) => [measure.id, { canPostStatus: mayPostMeasureStatus(caller, measure) }])),
  };
}

function assertYear(plan: ReportedPlan, year: number): void {
  const lastYear = lastReportYear(plan);
  if (year < plan.periodFrom || year > lastYear)
    throw badUserInput(
      'year',
      'YEAR_OUTSIDE_PLAN',
      { firstYear: plan.periodFrom, lastYear },
      `must be within the plan's years ${plan.periodFrom}–${lastYear}`,
    );
}

/** The rules every entry of a measure's or target's history follows, a post or a correction alike. */
async function assertUpdateValues(
  repositories: Repositories,
  subject: MeasureEntity | TargetEntity,
  isMeasure: boolean,
  input: { reportedOn: string; status?: string | null; progress?: number | null; indicatorValue?: number | null },
): Promise<void> {
  if (isMeasure && (input.indicatorValue ?? null) !== null)
    throw badUserInput('indicatorValue', 'INDICATOR_VALUE_ON_MEASURE', {}, 'belongs to targets; a measure has status and progress');
  if (isMeasure && (input.status ?? null) === null && (input.progress ?? null) === null)
    throw badUserInput('status', 'STATUS_OR_PROGRESS_REQUIRED', {}, 'give a status or a progress');
  if (!isMeasure && (input.indicatorValue ?? null) === null)
    throw badUserInput('indicatorValue', 'INDICATOR_VALUE_REQUIRED', {}, 'is required for a target');
  if (!isMeasure && ((input.status ?? null) !== null || (input.progress ?? null) !== null))
    throw badUserInput('status', 'STATUS_ON_TARGET', {}, 'a target is judged from its indicator value, not reported');
  if (!isMeasure && 'unit' in subject && isShare(subject.unit)) {
    const value = input.indicatorValue ?? 0;
    if (value < 0 || value > 100)
      throw badUserInput('indicatorValue', 'SHARE_OUT_OF_RANGE', { min: 0, max: 100 }, 'a share (unit %) is between 0 and 100');
  }
  await assertReportedOnInRange(repositories, subject, isMeasure, input.reportedOn);
  if (subject.retiredOn !== null && input.reportedOn >= subject.retiredOn)
    throw badUserInput(
      'reportedOn',
      'DATE_AFTER_RETIREMENT',
      { retiredOn: subject.retiredOn },
      `must be before it was retired (${subject.retiredOn})`,
    );
}

/**
 * A status update tells what happened on a day within the plan's years, not in the future, and for a
 * measure not before it started: a year 1900 or 2031 update of a 2022–2024 plan is a typing error that,
 * kept forever in the append-only history, would skew every report after it.
 */
async function assertReportedOnInRange(
  repositories: Repositories,
  subject: { focusAreaId: string; startsOn: string | null },
  isMeasure: boolean,
  reportedOn: string,
): Promise<void> {
  const area = await repositories.actionPlans.findFocusArea(subject.focusAreaId);
  const plan = area ? await repositories.actionPlans.findPlan(area.planId) : null;
  if (!plan) throw notFound('actionPlan', area?.planId ?? subject.focusAreaId);
  const { from, to } = reportingWindow(plan);
  if (reportedOn < from || reportedOn > to)
    throw badUserInput('reportedOn', 'DATE_OUTSIDE_PLAN_PERIOD', { from, to }, `must be within the plan's years, ${from} to ${to}`);
  if (isMeasure && subject.startsOn !== null && reportedOn < subject.startsOn)
    throw badUserInput(
      'reportedOn',
      'DATE_BEFORE_MEASURE_START',
      { startsOn: subject.startsOn },
      `must not be before the measure starts (${subject.startsOn})`,
    );
}

/**
 * A frozen snapshot is read back through the schema, older formats upgraded on read (the row itself
 * never changes; ADR 0019), so a report of an unknown shape fails loudly rather than rendering wrong.
 */
function readSnapshot(entity: StatusReportEntity): StatusReport {
  const parsed = parseStatusReport(entity.snapshot);
  if (!parsed.ok)
    throw new Error(`Frozen status report ${entity.id} no longer fits the status schema: ${parsed.problems[0]?.message ?? ''}`);
  return parsed.report;
}

/** The plan's focus areas with everything needed to judge them: organs, targets, measures, their updates. */
export async function loadFocusAreaData(repositories: Repositories, planId: string): Promise<FocusAreaData[]> {
  const areas = await repositories.actionPlans.findFocusAreasOfPlans([planId]);
  const areaIds = areas.map((area) => area.id);
  const [targets, measures] = await Promise.all([
    repositories.actionPlans.findTargetsOfFocusAreas(areaIds),
    repositories.actionPlans.findMeasuresWithReportersOfFocusAreas(areaIds),
  ]);
  const [targetUpdates, measureUpdates] = await Promise.all([
    repositories.actionPlans.findUpdatesOfTargets(targets.map((target) => target.id)),
    repositories.actionPlans.findUpdatesOfMeasures(measures.map((measure) => measure.id)),
  ]);
  const organIds = [
    ...new Set(
      [...areas.map((area) => area.responsibleOrganId), ...measures.map((measure) => measure.ownerOrganId)].filter((id) => id !== null),
    ),
  ];
  const partnerIds = [...new Set(measures.map((measure) => measure.ownerPartnerId).filter((id) => id !== null))];
  const organs = new Map((await repositories.organs.findByIdsInAnyCommunity(organIds)).map((organ) => [organ.id, organ]));
  const partners = new Map((await repositories.partners.findByIdsInAnyCommunity(partnerIds)).map((partner) => [partner.id, partner]));
  return areas.map((area) => {
    const organ = area.responsibleOrganId ? organs.get(area.responsibleOrganId) : undefined;
    return {
      id: area.id,
      number: area.number,
      title: area.title,
      responsibleOrgan: organ ? { name: organ.name, kind: organ.kind } : null,
      retiredOn: area.retiredOn,
      targets: targets
        .filter((target) => target.focusAreaId === area.id)
        .map((target) => ({ target, updates: targetUpdates.filter((update) => update.targetId === target.id) })),
      measures: measures
        .filter((measure) => measure.focusAreaId === area.id)
        .map((measure) => ({
          measure,
          owner:
            (measure.ownerPartnerId ? partners.get(measure.ownerPartnerId)?.name : undefined) ??
            (measure.ownerOrganId ? organs.get(measure.ownerOrganId)?.name : undefined) ??
            null,
          updates: measureUpdates.filter((update) => update.measureId === measure.id),
        })),
    };
  });
}

import { forbidden, signInRequired } from '../../common/errors.js';
import type { Caller } from '../auth/caller.js';
import { authorize, can } from '../auth/policy.js';
import type { ActionPlanStatus } from './action-plan.entity.js';

/**
 * Who reads and writes what in the action plan: pure functions of the caller and the records, used
 * by the service, the loaders and the resolvers alike, so a rule lives here once.
 *
 * Public: adopted, prolonged and closed plans, their focus areas, targets, measures and statuses, and
 * frozen reports. Internal to the community (`community:read-internal`): draft plans, draft reports and
 * which years have one, status update histories, and who reports on a measure.
 */
interface PlanLike {
  communityId: string;
  status: ActionPlanStatus;
}
interface MeasureLike {
  communityId: string;
  /** The users who report on it; any of them may post its status. */
  reporterUserIds: readonly string[];
}
interface ReportLike {
  frozenAt: Date | null;
}

/** The community's internal papers: drafts, update histories, who reports on what. */
export function readsInternal(caller: Caller, communityId: string): boolean {
  return can(caller, 'community:read-internal', communityId);
}

/** A draft plan is internal until the partnership meeting adopts it. */
export function mayReadPlan(caller: Caller, plan: PlanLike): boolean {
  return plan.status !== 'DRAFT' || readsInternal(caller, plan.communityId);
}

export function assertMayReadPlan(caller: Caller, plan: PlanLike): void {
  if (mayReadPlan(caller, plan)) return;
  if (caller.kind === 'public') throw signInRequired();
  throw forbidden('DRAFT_PLAN_INTERNAL', {}, 'The plan is a draft: only its community reads it.');
}

export function visiblePlans<T extends PlanLike>(caller: Caller, plans: readonly T[]): T[] {
  return plans.filter((plan) => mayReadPlan(caller, plan));
}

/** A frozen report is public; a draft (and that one exists) is internal. */
export function mayReadReport(caller: Caller, plan: PlanLike, report: ReportLike | null): boolean {
  return mayReadPlan(caller, plan) && ((report?.frozenAt ?? null) !== null || readsInternal(caller, plan.communityId));
}

export function assertMayReadReport(caller: Caller, plan: PlanLike, report: ReportLike | null): void {
  assertMayReadPlan(caller, plan);
  if (mayReadReport(caller, plan, report)) return;
  if (caller.kind === 'public') throw signInRequired();
  throw forbidden('DRAFT_REPORT_INTERNAL', {}, "The report is a draft: only the plan's community reads it.");
}

/** Who reports on a measure is an account of the community: internal. */
export function mayReadReporters(caller: Caller, communityId: string): boolean {
  return readsInternal(caller, communityId);
}

/** The history of status updates is internal. */
export function mayReadUpdates(caller: Caller, communityId: string): boolean {
  return readsInternal(caller, communityId);
}

function isReporter(caller: Caller, measure: MeasureLike): boolean {
  return caller.kind === 'user' && measure.reporterUserIds.includes(caller.userId);
}

function writesStatus(caller: Caller, communityId: string): boolean {
  return can(caller, 'status:write', communityId);
}

function administers(caller: Caller, communityId: string): boolean {
  return can(caller, 'community:administer', communityId);
}

/** A measure's status and progress: the secretariat, or any member who reports on it. */
export function mayPostMeasureStatus(caller: Caller, measure: MeasureLike): boolean {
  return writesStatus(caller, measure.communityId) && (administers(caller, measure.communityId) || isReporter(caller, measure));
}

export function assertMayPostMeasureStatus(caller: Caller, measure: MeasureLike): void {
  authorize(caller, 'status:write', measure.communityId);
  if (!mayPostMeasureStatus(caller, measure)) {
    throw forbidden('NOT_MEASURE_REPORTER', {}, 'Only a reporter of this measure or the secretariat posts its status.');
  }
}

/**
 * A target's indicator value, and the commentary of a focus area in the status report: the
 * secretariat, or a member who reports on a measure in that focus area.
 */
export function mayWriteForFocusArea(caller: Caller, communityId: string, measuresOfArea: readonly MeasureLike[]): boolean {
  return (
    writesStatus(caller, communityId) && (administers(caller, communityId) || measuresOfArea.some((measure) => isReporter(caller, measure)))
  );
}

export function assertMayRecordIndicatorValue(caller: Caller, communityId: string, measuresOfArea: readonly MeasureLike[]): void {
  authorize(caller, 'status:write', communityId);
  if (!mayWriteForFocusArea(caller, communityId, measuresOfArea)) {
    throw forbidden('NOT_FOCUS_AREA_REPORTER', {}, 'Only a reporter in this focus area or the secretariat posts indicator values.');
  }
}

export function assertMayWriteCommentary(caller: Caller, communityId: string, measuresOfArea: readonly MeasureLike[]): void {
  authorize(caller, 'status:write', communityId);
  if (!mayWriteForFocusArea(caller, communityId, measuresOfArea)) {
    throw forbidden('NOT_FOCUS_AREA_REPORTER', {}, 'Only a reporter in this focus area or the secretariat writes its commentary.');
  }
}

/** Freezing a report and attaching it to a case: the secretariat. */
export function mayFreezeReport(caller: Caller, communityId: string): boolean {
  return administers(caller, communityId);
}

export function assertMayFreezeReport(caller: Caller, communityId: string): void {
  authorize(caller, 'community:administer', communityId);
}

/** Writing the plan itself (plans, focus areas, targets, measures, the lifecycle): the secretariat. */
export function mayAuthorPlan(caller: Caller, communityId: string): boolean {
  return administers(caller, communityId);
}

export function assertMayAuthorPlan(caller: Caller, communityId: string): void {
  authorize(caller, 'community:administer', communityId);
}

interface UpdateLike {
  communityId: string;
  authorUserId: string | null;
}

/**
 * Correcting a status update: the secretariat, or whoever wrote it while they may still write there
 * (the measure's reporter, a reporter in the target's focus area). `mayWriteThere` is what the policy
 * says about posting on the same measure or target.
 */
export function mayCorrectUpdate(caller: Caller, update: UpdateLike, mayWriteThere: boolean): boolean {
  if (!writesStatus(caller, update.communityId)) return false;
  if (administers(caller, update.communityId)) return true;
  return mayWriteThere && caller.kind === 'user' && update.authorUserId === caller.userId;
}

export function assertMayCorrectUpdate(caller: Caller, update: UpdateLike, mayWriteThere: boolean): void {
  authorize(caller, 'status:write', update.communityId);
  if (!mayCorrectUpdate(caller, update, mayWriteThere)) {
    throw forbidden('NOT_UPDATE_CORRECTOR', {}, 'Only the secretariat or the author of this status update corrects it.');
  }
}

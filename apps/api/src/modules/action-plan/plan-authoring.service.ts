import type { Clock } from '../../common/clock.js';
import { badUserInput, conflict, notFound } from '../../common/errors.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import type { Caller } from '../auth/caller.js';
import { grantsPermission } from '../auth/permissions.js';
import {
  ActionPlanEntity,
  FocusAreaEntity,
  MeasureEntity,
  TargetEntity,
  type ActionPlanStatus,
  type MeasureWithReporters,
} from './action-plan.entity.js';
import { assertMayAuthorPlan, mayAuthorPlan } from './action-plan.policy.js';
import type {
  AddFocusAreaInput,
  AddMeasureInput,
  AddTargetInput,
  AdoptActionPlanInput,
  CreateActionPlanInput,
  MovePlanElementInput,
  ProlongActionPlanInput,
  RetirePlanElementInput,
  UpdateActionPlanInput,
  UpdateFocusAreaInput,
  UpdateMeasureInput,
  UpdateTargetInput,
} from './plan-authoring.inputs.js';
import { isActiveOn, MAX_PLAN_YEARS, mayMoveTo, neighbourOf, periodProblem } from './plan-authoring.rules.js';

type Element = FocusAreaEntity | TargetEntity | MeasureEntity;

/** What an addition or a change wrote, with the plan it belongs to (for the view the caller gets back). */
export interface Authored<T extends Element> {
  planId: string;
  element: T;
}

/**
 * Writing an action plan: the plan and its lifecycle, its focus areas, targets and measures. The
 * secretariat authors (the policy); every change locks the plan first (parallel additions and moves
 * take turns), keeps every element's id (a move swaps places, a retirement keeps the element and its
 * history), and is audited in its own transaction.
 */
export class PlanAuthoringService {
  constructor(
    private readonly repositories: Repositories,
    private readonly inTransaction: InTransaction,
    private readonly clock: Clock,
  ) {}

  /** The community's users who may report on a measure, by name; nobody for a caller who does not author its plans. */
  async reporterCandidates(caller: Caller, communityId: string): Promise<{ id: string; name: string }[]> {
    if (!mayAuthorPlan(caller, communityId)) return [];
    // Ordered by name; the roles read are those held in this community.
    return (await this.repositories.users.readUsersOfCommunity(communityId))
      .filter((user) => grantsPermission(user.roles, 'status:write', communityId))
      .map(({ id, name }) => ({ id, name }));
  }

  createPlan(caller: Caller, communityId: string, input: CreateActionPlanInput): Promise<ActionPlanEntity> {
    assertMayAuthorPlan(caller, communityId);
    assertPeriod(input.periodFrom, input.periodTo);
    return this.inTransaction(async (repositories) => {
      if (!(await repositories.communities.findById(communityId))) throw notFound('community', communityId);
      const title = input.title.trim();
      await assertTitleFree(repositories, communityId, title, null);
      const plan = await repositories.actionPlans.savePlan(
        Object.assign(new ActionPlanEntity(), {
          communityId,
          title,
          periodFrom: input.periodFrom,
          periodTo: input.periodTo,
          status: 'DRAFT' satisfies ActionPlanStatus,
          adoptedByCase: null,
          prolongedReason: null,
          prolongedByCase: null,
        }),
      );
      await repositories.audit.record(caller, { action: 'CREATE', entityType: 'ActionPlan', entityId: plan.id, communityId, after: plan });
      return plan;
    });
  }

  updatePlan(caller: Caller, planId: string, input: UpdateActionPlanInput): Promise<ActionPlanEntity> {
    return this.writePlan(caller, planId, async (repositories, plan) => {
      const periodFrom = input.periodFrom ?? plan.periodFrom;
      const periodTo = input.periodTo ?? plan.periodTo;
      if ((periodFrom !== plan.periodFrom || periodTo !== plan.periodTo) && plan.status !== 'DRAFT')
        throw conflict('PLAN_PERIOD_FIXED', {}, "A plan's years cannot change once it is adopted.", 'periodFrom');
      assertPeriod(periodFrom, periodTo);
      const title = input.title?.trim() ?? plan.title;
      if (title !== plan.title) await assertTitleFree(repositories, plan.communityId, title, plan.id);
      Object.assign(plan, { title, periodFrom, periodTo });
    });
  }

  adopt(caller: Caller, planId: string, input: AdoptActionPlanInput): Promise<ActionPlanEntity> {
    return this.writePlan(caller, planId, (_repositories, plan) => {
      assertTransition(plan, 'ADOPTED');
      Object.assign(plan, { status: 'ADOPTED', adoptedByCase: input.caseReference.trim() });
      return Promise.resolve();
    });
  }

  prolong(caller: Caller, planId: string, input: ProlongActionPlanInput): Promise<ActionPlanEntity> {
    return this.writePlan(caller, planId, (_repositories, plan) => {
      assertTransition(plan, 'PROLONGED');
      Object.assign(plan, { status: 'PROLONGED', prolongedReason: input.reason.trim(), prolongedByCase: input.caseReference.trim() });
      return Promise.resolve();
    });
  }

  close(caller: Caller, planId: string): Promise<ActionPlanEntity> {
    return this.writePlan(caller, planId, (_repositories, plan) => {
      assertTransition(plan, 'CLOSED');
      plan.status = 'CLOSED';
      return Promise.resolve();
    });
  }

  addFocusArea(caller: Caller, planId: string, input: AddFocusAreaInput): Promise<Authored<FocusAreaEntity>> {
    return this.inTransaction(async (repositories) => {
      const plan = await this.lockOpenPlan(repositories, caller, planId);
      const responsibleOrganId = await organOfCommunity(
        repositories,
        plan.communityId,
        input.responsibleOrganId ?? null,
        'responsibleOrganId',
      );
      const area = await repositories.actionPlans.saveFocusArea(
        Object.assign(new FocusAreaEntity(), {
          communityId: plan.communityId,
          planId: plan.id,
          number: await repositories.planAuthoring.nextOrder('focus_area', plan.id),
          title: input.title.trim(),
          responsibleOrganId,
          retiredOn: null,
        }),
      );
      await audit(repositories, caller, 'CREATE', 'FocusArea', area, null);
      return { planId: plan.id, element: area };
    });
  }

  updateFocusArea(caller: Caller, focusAreaId: string, input: UpdateFocusAreaInput): Promise<Authored<FocusAreaEntity>> {
    return this.inTransaction(async (repositories) => {
      const { plan, area } = await this.lockArea(repositories, caller, focusAreaId);
      const before = { ...area };
      if (input.title !== undefined) area.title = input.title.trim();
      if (input.responsibleOrganId !== undefined)
        area.responsibleOrganId = await organOfCommunity(repositories, plan.communityId, input.responsibleOrganId, 'responsibleOrganId');
      const saved = await repositories.actionPlans.saveFocusArea(area);
      await audit(repositories, caller, 'UPDATE', 'FocusArea', saved, before);
      return { planId: plan.id, element: saved };
    });
  }

  addTarget(caller: Caller, focusAreaId: string, input: AddTargetInput): Promise<Authored<TargetEntity>> {
    return this.inTransaction(async (repositories) => {
      const { plan, area } = await this.lockArea(repositories, caller, focusAreaId);
      const target = Object.assign(new TargetEntity(), {
        communityId: area.communityId,
        focusAreaId: area.id,
        position: await repositories.planAuthoring.nextOrder('target', area.id),
        description: required(input.description, 'description'),
        indicatorName: required(input.indicatorName, 'indicatorName'),
        unit: required(input.unit, 'unit'),
        baseline: input.baseline ?? null,
        targetValue: input.targetValue ?? null,
        startsOn: input.startsOn ?? null,
        dueDate: input.dueDate ?? null,
        retiredOn: null,
      });
      assertOrder(target.startsOn, target.dueDate, 'dueDate');
      const saved = await repositories.actionPlans.saveTarget(target);
      await audit(repositories, caller, 'CREATE', 'Target', saved, null);
      return { planId: plan.id, element: saved };
    });
  }

  updateTarget(caller: Caller, targetId: string, input: UpdateTargetInput): Promise<Authored<TargetEntity>> {
    return this.inTransaction(async (repositories) => {
      const target = await repositories.actionPlans.findTarget(targetId);
      if (!target) throw notFound('target', targetId);
      const { plan } = await this.lockArea(repositories, caller, target.focusAreaId);
      assertNotRetired(target);
      const before = { ...target };
      for (const field of ['description', 'indicatorName', 'unit'] as const) {
        const value = input[field];
        if (value !== undefined) target[field] = required(value, field);
      }
      for (const field of ['baseline', 'targetValue', 'startsOn', 'dueDate'] as const) {
        if (input[field] !== undefined) Object.assign(target, { [field]: input[field] });
      }
      assertOrder(target.startsOn, target.dueDate, 'dueDate');
      const saved = await repositories.actionPlans.saveTarget(target);
      await audit(repositories, caller, 'UPDATE', 'Target', saved, before);
      return { planId: plan.id, element: saved };
    });
  }

  addMeasure(caller: Caller, focusAreaId: string, input: AddMeasureInput): Promise<Authored<MeasureEntity>> {
    return this.inTransaction(async (repositories) => {
      const { plan, area } = await this.lockArea(repositories, caller, focusAreaId);
      const measure = Object.assign(new MeasureEntity(), {
        communityId: area.communityId,
        focusAreaId: area.id,
        position: await repositories.planAuthoring.nextOrder('measure', area.id),
        title: required(input.title, 'title'),
        ownerPartnerId: null,
        ownerOrganId: null,
        startsOn: null,
        endsOn: null,
        patientGroups: [],
        retiredOn: null,
      });
      const reporterUserIds = await applyMeasureFields(repositories, measure, input);
      const saved = await repositories.actionPlans.saveMeasure(measure);
      await repositories.actionPlans.replaceReporters(saved, reporterUserIds ?? []);
      await audit(repositories, caller, 'CREATE', 'Measure', { ...saved, reporterUserIds: reporterUserIds ?? [] }, null);
      return { planId: plan.id, element: saved };
    });
  }

  updateMeasure(caller: Caller, measureId: string, input: UpdateMeasureInput): Promise<Authored<MeasureEntity>> {
    return this.inTransaction(async (repositories) => {
      const found = await repositories.actionPlans.findMeasure(measureId);
      if (!found) throw notFound('measure', measureId);
      const { plan } = await this.lockArea(repositories, caller, found.focusAreaId);
      // Read after the plan's lock: a reporter set changed meanwhile is the one compared with.
      const [measure] = await repositories.actionPlans.withReporters([found]);
      if (!measure) throw notFound('measure', measureId);
      assertNotRetired(measure);
      const before = { ...measure, patientGroups: [...measure.patientGroups], reporterUserIds: [...measure.reporterUserIds] };
      if (input.title !== undefined) measure.title = required(input.title, 'title');
      const reporterUserIds = await applyMeasureFields(repositories, measure, input, measure.reporterUserIds);
      // Only the entity's columns are written; the reporters are rows of their own.
      const saved = await repositories.actionPlans.saveMeasure(measure);
      if (reporterUserIds !== undefined) await repositories.actionPlans.replaceReporters(saved, reporterUserIds);
      await audit(
        repositories,
        caller,
        'UPDATE',
        'Measure',
        { ...saved, reporterUserIds: reporterUserIds ?? measure.reporterUserIds },
        before,
      );
      return { planId: plan.id, element: saved };
    });
  }

  /** Retires a focus area, target or measure from a date (default today): kept, with its history, but no longer part of the plan. */
  retire(caller: Caller, kind: 'focusArea' | 'target' | 'measure', input: RetirePlanElementInput): Promise<ActionPlanEntity> {
    const retiredOn = input.retiredOn ?? this.clock.today();
    return this.inTransaction(async (repositories) => {
      const { plan, element } = await this.lockElement(repositories, caller, kind, input.id);
      assertNotRetired(element);
      const before = { ...element };
      element.retiredOn = retiredOn;
      await saveElement(repositories, kind, element);
      await audit(repositories, caller, 'UPDATE', ENTITY_TYPE[kind], element, before);
      return plan;
    });
  }

  /**
   * Moves a focus area, target or measure one place among the siblings that are part of the plan
   * today, by swapping places with the neighbour: ids, histories and frozen reports stay as they were;
   * a draft report's commentary is kept by focus area id, so it stays with its area. First up or last down stays.
   */
  move(caller: Caller, kind: 'focusArea' | 'target' | 'measure', input: MovePlanElementInput): Promise<ActionPlanEntity> {
    const today = this.clock.today();
    return this.inTransaction(async (repositories) => {
      const { plan, element } = await this.lockElement(repositories, caller, kind, input.id);
      assertNotRetired(element);
      const siblings = (await siblingsOf(repositories, kind, element)).filter((sibling) => isActiveOn(sibling.retiredOn, today));
      const neighbour = neighbourOf(siblings, element.id, input.direction);
      if (!neighbour) return plan;
      await repositories.planAuthoring.swapOrder(kind === 'focusArea' ? 'focus_area' : kind, element.id, neighbour.id);
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: ENTITY_TYPE[kind],
        entityId: element.id,
        communityId: plan.communityId,
        before: { order: orderOf(element) },
        after: { order: orderOf(neighbour), swappedWith: neighbour.id },
      });
      return plan;
    });
  }

  private writePlan(
    caller: Caller,
    planId: string,
    change: (repositories: Repositories, plan: ActionPlanEntity) => Promise<void>,
  ): Promise<ActionPlanEntity> {
    return this.inTransaction(async (repositories) => {
      const plan = await this.lockOpenPlan(repositories, caller, planId);
      const before = { ...plan };
      await change(repositories, plan);
      const saved = await repositories.actionPlans.savePlan(plan);
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'ActionPlan',
        entityId: saved.id,
        communityId: saved.communityId,
        before,
        after: saved,
      });
      return saved;
    });
  }

  /** The plan, locked; refused unless the caller authors it and it is still open for changes. */
  private async lockOpenPlan(repositories: Repositories, caller: Caller, planId: string): Promise<ActionPlanEntity> {
    const plan = await repositories.planAuthoring.lockPlan(planId);
    if (!plan) throw notFound('actionPlan', planId);
    assertMayAuthorPlan(caller, plan.communityId);
    if (plan.status === 'CLOSED') throw conflict('PLAN_CLOSED', {}, 'The plan is closed and no longer changes.');
    return plan;
  }

  private async lockArea(repositories: Repositories, caller: Caller, focusAreaId: string) {
    const area = await repositories.actionPlans.findFocusArea(focusAreaId);
    if (!area) throw notFound('focusArea', focusAreaId);
    const plan = await this.lockOpenPlan(repositories, caller, area.planId);
    assertNotRetired(area);
    return { plan, area };
  }

  private async lockElement(repositories: Repositories, caller: Caller, kind: 'focusArea' | 'target' | 'measure', id: string) {
    const element =
      kind === 'focusArea'
        ? await repositories.actionPlans.findFocusArea(id)
        : kind === 'target'
          ? await repositories.actionPlans.findTarget(id)
          : await repositories.actionPlans.findMeasure(id);
    if (!element) throw notFound(kind, id);
    if (element instanceof FocusAreaEntity) return { plan: await this.lockOpenPlan(repositories, caller, element.planId), element };
    const { plan } = await this.lockArea(repositories, caller, element.focusAreaId);
    return { plan, element };
  }
}

const ENTITY_TYPE = { focusArea: 'FocusArea', target: 'Target', measure: 'Measure' } as const;

function orderOf(element: Element): number {
  return element instanceof FocusAreaEntity ? element.number : element.position;
}

async function siblingsOf(repositories: Repositories, kind: 'focusArea' | 'target' | 'measure', element: Element): Promise<Element[]> {
  if (element instanceof FocusAreaEntity) return repositories.actionPlans.findFocusAreasOfPlans([element.planId]);
  return kind === 'target'
    ? repositories.actionPlans.findTargetsOfFocusAreas([element.focusAreaId])
    : repositories.actionPlans.findMeasuresOfFocusAreas([element.focusAreaId]);
}

async function saveElement(repositories: Repositories, kind: 'focusArea' | 'target' | 'measure', element: Element): Promise<void> {
  if (element instanceof FocusAreaEntity) await repositories.actionPlans.saveFocusArea(element);
  else if (element instanceof TargetEntity) await repositories.actionPlans.saveTarget(element);
  else if (kind === 'measure') await repositories.actionPlans.saveMeasure(element);
}

function audit(
  repositories: Repositories,
  caller: Caller,
  action: 'CREATE' | 'UPDATE',
  entityType: string,
  element: Element | MeasureWithReporters,
  before: object | null,
): Promise<void> {
  return repositories.audit.record(caller, {
    action,
    entityType,
    entityId: element.id,
    communityId: element.communityId,
    before,
    after: element,
  });
}

function assertPeriod(periodFrom: number, periodTo: number): void {
  if (periodProblem(periodFrom, periodTo) !== null)
    throw badUserInput(
      'periodTo',
      'PLAN_PERIOD_INVALID',
      { maxYears: MAX_PLAN_YEARS },
      `must not be before the first year, and a plan runs at most ${MAX_PLAN_YEARS} years`,
    );
}

async function assertTitleFree(repositories: Repositories, communityId: string, title: string, planId: string | null): Promise<void> {
  const holder = await repositories.actionPlans.findPlanByTitle(communityId, title);
  if (holder && holder.id !== planId)
    throw conflict('PLAN_TITLE_TAKEN', { title }, `The community already has a plan called "${title}".`, 'title');
}

function assertTransition(plan: ActionPlanEntity, to: ActionPlanStatus): void {
  if (!mayMoveTo(plan.status, to))
    throw conflict('PLAN_TRANSITION_NOT_ALLOWED', { from: plan.status, to }, `A plan that is ${plan.status} cannot become ${to}.`);
}

function assertNotRetired(element: { retiredOn: string | null }): void {
  if (element.retiredOn !== null)
    throw conflict('ELEMENT_RETIRED', { retiredOn: element.retiredOn }, `It was retired from ${element.retiredOn} and no longer changes.`);
}

function assertOrder(startsOn: string | null, endsOn: string | null, field: string): void {
  if (startsOn !== null && endsOn !== null && endsOn < startsOn)
    throw badUserInput(field, 'ENDS_BEFORE_START', { startsOn }, `must not be before the start (${startsOn})`);
}

/** A text field an addition needs (updates validate given fields through the input's rules). */
function required(value: string | undefined, field: string): string {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') throw badUserInput(field, 'REQUIRED', {}, 'is required');
  return trimmed;
}

async function organOfCommunity(
  repositories: Repositories,
  communityId: string,
  organId: string | null,
  field: string,
): Promise<string | null> {
  if (organId === null) return null;
  const organ = await repositories.organs.findById(organId);
  if (!organ || organ.communityId !== communityId)
    throw badUserInput(field, 'ORGAN_NOT_IN_COMMUNITY', {}, "must be an organ of the plan's community");
  return organ.id;
}

/**
 * The measure's owner, dates and patient groups as given, each checked against the plan's community;
 * answers the reporters given (without repeats, in id order), or undefined when left out. A reporter
 * added must write status in the community; one who reports already may stay (a role that ended does
 * not block changing the measure's other fields).
 */
async function applyMeasureFields(
  repositories: Repositories,
  measure: MeasureEntity,
  input: AddMeasureInput | UpdateMeasureInput,
  currentReporterIds: readonly string[] = [],
): Promise<string[] | undefined> {
  if (input.ownerPartnerId !== undefined) {
    const partner = input.ownerPartnerId === null ? null : await repositories.partners.findById(input.ownerPartnerId);
    if (input.ownerPartnerId !== null && (!partner || partner.communityId !== measure.communityId))
      throw badUserInput(
        'ownerPartnerId',
        'PARTNER_NOT_IN_COMMUNITY',
        { partnerId: input.ownerPartnerId },
        "must be a partner of the plan's community",
      );
    measure.ownerPartnerId = partner?.id ?? null;
  }
  if (input.ownerOrganId !== undefined)
    measure.ownerOrganId = await organOfCommunity(repositories, measure.communityId, input.ownerOrganId, 'ownerOrganId');
  if (measure.ownerPartnerId !== null && measure.ownerOrganId !== null)
    throw badUserInput('ownerOrganId', 'MEASURE_OWNER_EITHER', {}, 'a measure is owned by a partner or an organ, not both');
  if (input.startsOn !== undefined) measure.startsOn = input.startsOn;
  if (input.endsOn !== undefined) measure.endsOn = input.endsOn;
  assertOrder(measure.startsOn, measure.endsOn, 'endsOn');
  if (input.patientGroups !== undefined && input.patientGroups !== null) measure.patientGroups = [...new Set(input.patientGroups)];
  if (input.reporterUserIds === undefined) return undefined;
  const reporterUserIds = [...new Set(input.reporterUserIds ?? [])].sort();
  await assertStatusWriters(
    repositories,
    measure.communityId,
    reporterUserIds.filter((userId) => !currentReporterIds.includes(userId)),
  );
  return reporterUserIds;
}

/** Each reporter posts status: someone with a role in this very community that writes status (not a national role). */
async function assertStatusWriters(repositories: Repositories, communityId: string, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  const roles = (await repositories.users.findRolesOfUsers(userIds)).filter((role) => role.communityId === communityId);
  for (const userId of userIds) {
    if (
      !grantsPermission(
        roles.filter((role) => role.userId === userId),
        'status:write',
        communityId,
      )
    )
      throw badUserInput(
        'reporterUserIds',
        'REPORTER_NOT_STATUS_WRITER',
        {},
        'each must be an SSU member or in the secretariat of the community',
      );
  }
}

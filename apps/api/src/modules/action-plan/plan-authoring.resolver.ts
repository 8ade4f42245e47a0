import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Community } from '../community/community.type.js';
import { parseId } from '../../common/ids.js';
import type { Context } from '../../context.js';
import type { Access } from '../auth/access.js';
import { toActionPlan, toFocusArea, toStatusUpdate } from './action-plan.mapper.js';
import { mayAuthorPlan } from './action-plan.policy.js';
import { ActionPlan, ActionPlanStatus, FocusArea, Measure, StatusUpdate, Target } from './action-plan.type.js';
import type { ActionPlanStatus as ActionPlanStatusValue } from './action-plan.entity.js';
import {
  AddFocusAreaInput,
  AddMeasureInput,
  AddTargetInput,
  AdoptActionPlanInput,
  CorrectStatusUpdateInput,
  CreateActionPlanInput,
  MovePlanElementInput,
  ProlongActionPlanInput,
  RetirePlanElementInput,
  UpdateActionPlanInput,
  UpdateFocusAreaInput,
  UpdateMeasureInput,
  UpdateTargetInput,
} from './plan-authoring.inputs.js';
import { nextStatuses } from './plan-authoring.rules.js';

const describedInput = { description: 'The values; each field is described on the input type.' };

/** The focus areas of the plan as the caller sees them today: where an added or changed element is shown from. */
async function focusAreasOf({ services, caller, loaders }: Context, planId: string): Promise<FocusArea[]> {
  const plan = await services.actionPlans.getPlan(caller, planId);
  return (await services.actionPlans.focusAreasAsOf(caller, loaders, plan, null)).map(toFocusArea);
}

function found<T>(value: T | undefined, what: string): T {
  // The element was just written in this request; not finding it is a bug, not a refusal.
  if (value === undefined) throw new Error(`The ${what} just written is not in its plan.`);
  return value;
}

@ObjectType({ description: 'Someone who may report on a measure: an SSU member or the secretariat of the community.' })
export class ReporterCandidate {
  @Field(() => ID, { description: 'The user.' })
  id: string;

  @Field(() => String, { description: 'Name.' })
  name: string;
}

@Resolver(() => Community)
export class CommunityPlanAuthoringResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the caller may create an action plan for the community (the secretariat).' })
  canCreateActionPlan(@Root() community: Community, @Ctx() { caller }: Context): boolean {
    return mayAuthorPlan(caller, community.id);
  }
}

/** Writing an action plan: the plan and its lifecycle, focus areas, targets, measures, and correcting a status update. */
@Resolver(() => ActionPlan)
export class PlanAuthoringResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether the caller may write the plan: its title and years, focus areas, targets and measures (the secretariat, until it is closed).',
  })
  canEdit(@Root() plan: ActionPlan, @Ctx() { caller }: Context): boolean {
    return plan.status !== 'CLOSED' && mayAuthorPlan(caller, plan.communityId);
  }

  @FieldResolver(() => [ActionPlanStatus], {
    description: 'The lifecycle steps the caller may take with the plan now (draft → adopted → prolonged → closed); empty for others.',
  })
  nextStatuses(@Root() plan: ActionPlan, @Ctx() { caller }: Context): ActionPlanStatusValue[] {
    return mayAuthorPlan(caller, plan.communityId) ? [...nextStatuses(plan.status)] : [];
  }

  @FieldResolver(() => [ReporterCandidate], {
    description:
      "Who may be made a measure's reporter, by name: the community's SSU members and secretariat. Not public: empty unless the caller writes the plan.",
  })
  async reporterCandidates(@Root() plan: ActionPlan, @Ctx() { services, caller }: Context): Promise<ReporterCandidate[]> {
    return (await services.planAuthoring.reporterCandidates(caller, plan.communityId)).map((user) =>
      Object.assign(new ReporterCandidate(), { id: user.id, name: user.name }),
    );
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => ActionPlan, { description: 'Creates an action plan as a draft (secretariat).' })
  async createActionPlan(
    @Arg('input', () => CreateActionPlanInput, describedInput) input: CreateActionPlanInput,
    @Ctx() { services, caller }: Context,
  ): Promise<ActionPlan> {
    return toActionPlan(await services.planAuthoring.createPlan(caller, parseId(input.communityId, 'communityId'), input));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => ActionPlan, { description: "Changes a plan's title, and its years while it is a draft (secretariat)." })
  async updateActionPlan(
    @Arg('input', () => UpdateActionPlanInput, describedInput) input: UpdateActionPlanInput,
    @Ctx() { services, caller }: Context,
  ): Promise<ActionPlan> {
    return toActionPlan(await services.planAuthoring.updatePlan(caller, parseId(input.planId, 'planId'), input));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => ActionPlan, { description: 'Records that a draft plan was adopted, by the case that adopted it (secretariat).' })
  async adoptActionPlan(
    @Arg('input', () => AdoptActionPlanInput, describedInput) input: AdoptActionPlanInput,
    @Ctx() { services, caller }: Context,
  ): Promise<ActionPlan> {
    return toActionPlan(await services.planAuthoring.adopt(caller, parseId(input.planId, 'planId'), input));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => ActionPlan, { description: 'Records that an adopted plan was prolonged, with the reason and the case (secretariat).' })
  async prolongActionPlan(
    @Arg('input', () => ProlongActionPlanInput, describedInput) input: ProlongActionPlanInput,
    @Ctx() { services, caller }: Context,
  ): Promise<ActionPlan> {
    return toActionPlan(await services.planAuthoring.prolong(caller, parseId(input.planId, 'planId'), input));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => ActionPlan, { description: 'Closes an adopted or prolonged plan: kept for history, no longer changed (secretariat).' })
  async closeActionPlan(
    @Arg('planId', () => ID, { description: 'The plan.' }) planId: string,
    @Ctx() { services, caller }: Context,
  ): Promise<ActionPlan> {
    return toActionPlan(await services.planAuthoring.close(caller, parseId(planId, 'planId')));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => FocusArea, { description: 'Adds a focus area at the end of a plan (secretariat).' })
  async addFocusArea(
    @Arg('input', () => AddFocusAreaInput, describedInput) input: AddFocusAreaInput,
    @Ctx() context: Context,
  ): Promise<FocusArea> {
    const { services, caller } = context;
    const { planId, element } = await services.planAuthoring.addFocusArea(caller, parseId(input.planId, 'planId'), {
      ...input,
      responsibleOrganId: input.responsibleOrganId ? parseId(input.responsibleOrganId, 'responsibleOrganId') : null,
    });
    return found(
      (await focusAreasOf(context, planId)).find((area) => area.id === element.id),
      'focus area',
    );
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => FocusArea, { description: "Changes a focus area's title or responsible organ (secretariat)." })
  async updateFocusArea(
    @Arg('input', () => UpdateFocusAreaInput, describedInput) input: UpdateFocusAreaInput,
    @Ctx() context: Context,
  ): Promise<FocusArea> {
    const { services, caller } = context;
    const { planId, element } = await services.planAuthoring.updateFocusArea(caller, parseId(input.focusAreaId, 'focusAreaId'), {
      ...input,
      responsibleOrganId: input.responsibleOrganId ? parseId(input.responsibleOrganId, 'responsibleOrganId') : input.responsibleOrganId,
    });
    return found(
      (await focusAreasOf(context, planId)).find((area) => area.id === element.id),
      'focus area',
    );
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => ActionPlan, {
    description: 'Retires a focus area from a date, with its targets and measures; kept with their history (secretariat).',
  })
  async retireFocusArea(
    @Arg('input', () => RetirePlanElementInput, describedInput) input: RetirePlanElementInput,
    @Ctx() { services, caller }: Context,
  ): Promise<ActionPlan> {
    return toActionPlan(await services.planAuthoring.retire(caller, 'focusArea', { ...input, id: parseId(input.id, 'id') }));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => ActionPlan, { description: 'Moves a focus area one place up or down; it keeps its id (secretariat).' })
  async moveFocusArea(
    @Arg('input', () => MovePlanElementInput, describedInput) input: MovePlanElementInput,
    @Ctx() { services, caller }: Context,
  ): Promise<ActionPlan> {
    return toActionPlan(await services.planAuthoring.move(caller, 'focusArea', { ...input, id: parseId(input.id, 'id') }));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Target, { description: 'Adds a target at the end of a focus area (secretariat).' })
  async addTarget(@Arg('input', () => AddTargetInput, describedInput) input: AddTargetInput, @Ctx() context: Context): Promise<Target> {
    const { services, caller } = context;
    const { planId, element } = await services.planAuthoring.addTarget(caller, parseId(input.focusAreaId, 'focusAreaId'), input);
    return targetView(await focusAreasOf(context, planId), element.id);
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Target, { description: 'Changes a target (secretariat).' })
  async updateTarget(
    @Arg('input', () => UpdateTargetInput, describedInput) input: UpdateTargetInput,
    @Ctx() context: Context,
  ): Promise<Target> {
    const { services, caller } = context;
    const { planId, element } = await services.planAuthoring.updateTarget(caller, parseId(input.targetId, 'targetId'), input);
    return targetView(await focusAreasOf(context, planId), element.id);
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => ActionPlan, { description: 'Retires a target from a date; kept with its history (secretariat).' })
  async retireTarget(
    @Arg('input', () => RetirePlanElementInput, describedInput) input: RetirePlanElementInput,
    @Ctx() { services, caller }: Context,
  ): Promise<ActionPlan> {
    return toActionPlan(await services.planAuthoring.retire(caller, 'target', { ...input, id: parseId(input.id, 'id') }));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => ActionPlan, { description: 'Moves a target one place up or down in its focus area; it keeps its id (secretariat).' })
  async moveTarget(
    @Arg('input', () => MovePlanElementInput, describedInput) input: MovePlanElementInput,
    @Ctx() { services, caller }: Context,
  ): Promise<ActionPlan> {
    return toActionPlan(await services.planAuthoring.move(caller, 'target', { ...input, id: parseId(input.id, 'id') }));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Measure, { description: 'Adds a measure at the end of a focus area (secretariat).' })
  async addMeasure(@Arg('input', () => AddMeasureInput, describedInput) input: AddMeasureInput, @Ctx() context: Context): Promise<Measure> {
    const { services, caller } = context;
    const { planId, element } = await services.planAuthoring.addMeasure(
      caller,
      parseId(input.focusAreaId, 'focusAreaId'),
      measureIds(input),
    );
    return measureView(await focusAreasOf(context, planId), element.id);
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Measure, { description: 'Changes a measure: title, owner, reporters, dates, patient groups (secretariat).' })
  async updateMeasure(
    @Arg('input', () => UpdateMeasureInput, describedInput) input: UpdateMeasureInput,
    @Ctx() context: Context,
  ): Promise<Measure> {
    const { services, caller } = context;
    const { planId, element } = await services.planAuthoring.updateMeasure(
      caller,
      parseId(input.measureId, 'measureId'),
      measureIds(input),
    );
    return measureView(await focusAreasOf(context, planId), element.id);
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => ActionPlan, { description: 'Retires a measure from a date; kept with its history (secretariat).' })
  async retireMeasure(
    @Arg('input', () => RetirePlanElementInput, describedInput) input: RetirePlanElementInput,
    @Ctx() { services, caller }: Context,
  ): Promise<ActionPlan> {
    return toActionPlan(await services.planAuthoring.retire(caller, 'measure', { ...input, id: parseId(input.id, 'id') }));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => ActionPlan, { description: 'Moves a measure one place up or down in its focus area; it keeps its id (secretariat).' })
  async moveMeasure(
    @Arg('input', () => MovePlanElementInput, describedInput) input: MovePlanElementInput,
    @Ctx() { services, caller }: Context,
  ): Promise<ActionPlan> {
    return toActionPlan(await services.planAuthoring.move(caller, 'measure', { ...input, id: parseId(input.id, 'id') }));
  }

  @Authorized<Access>('status:write')
  @Mutation(() => StatusUpdate, {
    description:
      'Corrects a wrong status update by a new entry that supersedes it; both stay in the history (the secretariat, or its author while they report there).',
  })
  async correctStatusUpdate(
    @Arg('input', () => CorrectStatusUpdateInput, describedInput) input: CorrectStatusUpdateInput,
    @Ctx() { services, caller }: Context,
  ): Promise<StatusUpdate> {
    return toStatusUpdate(await services.actionPlans.correctStatusUpdate(caller, parseId(input.updateId, 'updateId'), input));
  }
}

function targetView(areas: readonly FocusArea[], targetId: string): Target {
  return found(
    areas.flatMap((area) => area.targets).find((target) => target.id === targetId),
    'target',
  );
}

function measureView(areas: readonly FocusArea[], measureId: string): Measure {
  return found(
    areas.flatMap((area) => area.measures).find((measure) => measure.id === measureId),
    'measure',
  );
}

/** The ids a measure's input refers to, checked for form; left out stays left out, null stays null. */
function measureIds<T extends AddMeasureInput | UpdateMeasureInput>(input: T): T {
  const id = (value: string | null | undefined, field: string) => (value ? parseId(value, field) : value);
  return {
    ...input,
    ownerPartnerId: id(input.ownerPartnerId, 'ownerPartnerId'),
    ownerOrganId: id(input.ownerOrganId, 'ownerOrganId'),
    reporterUserIds: input.reporterUserIds?.map((userId) => parseId(userId, 'reporterUserIds')),
  };
}

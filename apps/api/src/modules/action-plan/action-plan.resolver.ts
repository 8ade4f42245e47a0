import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, ObjectType, Field, Query, Resolver, Root } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { parseId } from '../../common/ids.js';
import { selectsPath } from '../../common/selection.js';
import { LocalDate } from '../../common/local-date.js';
import type { Context } from '../../context.js';
import type { Access } from '../auth/access.js';
import { Community } from '../community/community.type.js';
import { FreezeStatusReportInput, PostStatusUpdateInput } from './action-plan.inputs.js';
import { mayCorrectUpdate, mayReadReporters, mayReadUpdates, readsInternal } from './action-plan.policy.js';
import { toActionPlan, toFocusArea, toStatusReport, toStatusUpdate } from './action-plan.mapper.js';
import { ActionPlan, FocusArea, Measure, MeasureReporter, ProgressPoint, StatusReport, StatusUpdate } from './action-plan.type.js';

@ObjectType({ description: 'A year with a stored status report.' })
export class StatusReportYear {
  @Field(() => Int, { description: 'The year.' })
  year: number;

  @Field(() => Boolean, { description: 'Frozen for good.' })
  frozen: boolean;

  @Field(() => String, { nullable: true, description: 'The case it is attached to.' })
  caseReference: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was frozen.' })
  frozenAt: Date | null;
}

@Resolver(() => ActionPlan)
export class ActionPlanResolver {
  @Authorized<Access>('PUBLIC')
  @Query(() => ActionPlan, {
    description: "An action plan; NOT_FOUND when none has the id. Not public while a draft: the community's internal readers only.",
  })
  async actionPlan(
    @Arg('id', () => ID, { description: "The action plan's id." }) id: string,
    @Ctx() { services, caller }: Context,
  ): Promise<ActionPlan> {
    return toActionPlan(await services.actionPlans.getPlan(caller, parseId(id, 'id')));
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the caller reads the plan's internal papers: draft reports, update histories, who reports on what.",
  })
  canReadInternal(@Root() plan: ActionPlan, @Ctx() { caller }: Context): boolean {
    return readsInternal(caller, plan.communityId);
  }

  @FieldResolver(() => [FocusArea], { description: 'The focus areas with their targets and measures, judged on a date (default today).' })
  async focusAreas(
    @Root() plan: ActionPlan,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'The date to judge on (YYYY-MM-DD); today when left out.' })
    asOf: string | null | undefined,
    @Ctx() { services, caller, loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<FocusArea[]> {
    const withUpdates = selectsPath(info, ['measures', 'updates']);
    return (await services.actionPlans.focusAreasAsOf(caller, loaders, plan, asOf ?? null, withUpdates)).map(toFocusArea);
  }

  @FieldResolver(() => [ProgressPoint], {
    description:
      "Each focus area's average progress and status at every quarter's end, up to a date within the years the plan reports on (default today, or the plan's last day when that has passed).",
  })
  async progressOverTime(
    @Root() plan: ActionPlan,
    @Arg('until', () => LocalDate, {
      nullable: true,
      description: 'The last date of the series, within the years the plan reports on; when left out, today moved into those years.',
    })
    until: string | null | undefined,
    @Ctx() { services, caller, loaders }: Context,
  ): Promise<ProgressPoint[]> {
    return (await services.actionPlans.progressOverTime(caller, loaders, plan, until ?? null)).map((point) =>
      Object.assign(new ProgressPoint(), point),
    );
  }

  @FieldResolver(() => StatusReport, {
    description:
      "The status report of a year: frozen, or the draft from the latest updates. Not public while a draft: the community's internal readers only.",
  })
  async statusReport(
    @Root() plan: ActionPlan,
    @Arg('year', () => Int, { description: 'The year of the report.' }) year: number,
    @Ctx() { services, caller }: Context,
  ): Promise<StatusReport> {
    return toStatusReport(await services.actionPlans.report(caller, plan, year), plan.id);
  }

  @FieldResolver(() => [StatusReportYear], {
    description:
      "Years with a stored report, newest first: frozen ones, and drafts with commentary. Not public: drafts are listed only for the community's internal readers.",
  })
  async statusReportYears(@Root() plan: ActionPlan, @Ctx() { services, caller, loaders }: Context): Promise<StatusReportYear[]> {
    return (await services.actionPlans.reportYears(caller, loaders, plan)).map((report) =>
      Object.assign(new StatusReportYear(), {
        year: report.year,
        frozen: report.frozenAt !== null,
        caseReference: report.caseReference,
        frozenAt: report.frozenAt,
      }),
    );
  }

  @Authorized<Access>('status:write')
  @Mutation(() => StatusUpdate, {
    description: 'Posts a dated status update for a measure (status, progress) or a target (indicator value); history is kept.',
  })
  async postStatusUpdate(
    @Arg('input', () => PostStatusUpdateInput, { description: 'The values; each field is described on the input type.' })
    input: PostStatusUpdateInput,
    @Ctx() { services, caller }: Context,
  ): Promise<StatusUpdate> {
    const ids = {
      measureId: input.measureId ? parseId(input.measureId, 'measureId') : null,
      targetId: input.targetId ? parseId(input.targetId, 'targetId') : null,
    };
    return toStatusUpdate(await services.actionPlans.postStatusUpdate(caller, input, ids), null, true);
  }

  @Authorized<Access>('status:write')
  @Mutation(() => StatusReport, { description: "Writes the commentary of one focus area in a year's draft status report." })
  async setStatusReportCommentary(
    @Arg('planId', () => ID, { description: 'The action plan.' }) planId: string,
    @Arg('year', () => Int, { description: 'The year of the report.' }) year: number,
    @Arg('focusAreaNumber', () => Int, { description: 'The focus area the commentary is about.' }) focusAreaNumber: number,
    @Arg('commentary', () => String, { description: "The whole text, replacing the focus area's commentary." }) commentary: string,
    @Arg('expectedVersion', () => Int, {
      description:
        "The version of this focus area's commentary the text was written from (commentaryVersions; 0 before the first save). When someone has saved since, nothing is written: CONFLICT with reason COMMENTARY_CHANGED and their text.",
    })
    expectedVersion: number,
    @Ctx() { services, caller }: Context,
  ): Promise<StatusReport> {
    const id = parseId(planId, 'planId');
    return toStatusReport(await services.actionPlans.setCommentary(caller, id, year, focusAreaNumber, commentary, expectedVersion), id);
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => StatusReport, {
    description: "Freezes a year's status report as it reads now and attaches it to a case; it never changes after (secretariat).",
  })
  async freezeStatusReport(
    @Arg('input', () => FreezeStatusReportInput, { description: 'The values; each field is described on the input type.' })
    input: FreezeStatusReportInput,
    @Ctx() { services, caller }: Context,
  ): Promise<StatusReport> {
    const id = parseId(input.planId, 'planId');
    return toStatusReport(await services.actionPlans.freeze(caller, id, input), id);
  }
}

@Resolver(() => Measure)
export class MeasureResolver {
  @FieldResolver(() => [MeasureReporter], {
    description:
      "The users who report on the measure, by name; any of them may post its status. Not public: empty unless the caller reads the community's internal papers.",
  })
  async reporters(@Root() measure: Measure, @Ctx() { caller, loaders }: Context): Promise<MeasureReporter[]> {
    if (!mayReadReporters(caller, measure.communityId)) return [];
    return (await loaders.reportersOfMeasure.load(measure.id)).map(({ id, name }) => Object.assign(new MeasureReporter(), { id, name }));
  }

  @FieldResolver(() => [StatusUpdate], {
    nullable: true,
    description: "Every status update, oldest first. Not public: null unless the caller reads the community's internal papers.",
  })
  async updates(@Root() measure: Measure, @Ctx() { caller, loaders }: Context): Promise<StatusUpdate[] | null> {
    if (!mayReadUpdates(caller, measure.communityId)) return null;
    const updates = (await loaders.measureUpdatesOfPlan.load(measure.planId)).get(measure.id) ?? [];
    // A corrected entry stays in the history, marked with the entry that corrects it.
    const correctedBy = new Map(updates.flatMap((update) => (update.supersedesId ? [[update.supersedesId, update.id] as const] : [])));
    return updates.map((update) => {
      const correctedById = correctedBy.get(update.id) ?? null;
      return toStatusUpdate(update, correctedById, correctedById === null && mayCorrectUpdate(caller, update, measure.canPostStatus));
    });
  }
}

@Resolver(() => Community)
export class CommunityActionPlansResolver {
  @FieldResolver(() => [ActionPlan], {
    description: "The action plans, newest first. Not public: drafts are listed only for the community's internal readers.",
  })
  async actionPlans(@Root() community: Community, @Ctx() { loaders }: Context): Promise<ActionPlan[]> {
    return (await loaders.actionPlansByCommunity.load(community.id)).map(toActionPlan);
  }
}

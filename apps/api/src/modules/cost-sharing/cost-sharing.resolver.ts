import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Access } from '../auth/access.js';
import { parseId } from '../../common/ids.js';
import type { Context } from '../../context.js';
import { Community } from '../community/community.type.js';
import { CostAllocationWhatIfInput, SaveCoordinatorBudgetInput, StartNextCoordinatorBudgetInput } from './cost-sharing.inputs.js';
import { toCoordinatorBudget, toCostAllocation } from './cost-sharing.mapper.js';
import { mayEditBudgets } from './cost-sharing.policy.js';
import { CoordinatorBudget, CostAllocation } from './cost-sharing.type.js';

@Resolver()
export class CostSharingResolver {
  @Authorized<Access>('PUBLIC')
  @Query(() => CostAllocation, {
    description: 'How a stored coordinator budget is split among the municipalities that are partners in the budget year.',
  })
  async costAllocation(
    @Arg('communityId', () => ID, { description: 'The community.' }) communityId: string,
    @Arg('budgetYear', () => Int, { description: 'The budget year.' }) budgetYear: number,
    @Ctx() { services }: Context,
  ): Promise<CostAllocation> {
    const { allocation, ...years } = await services.costSharing.allocationForBudget(parseId(communityId, 'communityId'), budgetYear);
    return toCostAllocation(allocation, years);
  }

  @Authorized<Access>('PUBLIC')
  @Query(() => CostAllocation, { description: 'How given figures would be split: nothing is read or stored.' })
  costAllocationWhatIf(
    @Arg('input', () => CostAllocationWhatIfInput, { description: 'The values; each field is described on the input type.' })
    input: CostAllocationWhatIfInput,
    @Ctx() { services }: Context,
  ): CostAllocation {
    return toCostAllocation(services.costSharing.whatIf(input), null);
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => CoordinatorBudget, { description: "Creates or replaces the coordinator's budget of a year (secretariat)." })
  async saveCoordinatorBudget(
    @Arg('input', () => SaveCoordinatorBudgetInput, { description: 'The values; each field is described on the input type.' })
    input: SaveCoordinatorBudgetInput,
    @Ctx() { services, caller }: Context,
  ): Promise<CoordinatorBudget> {
    const { budget, lines } = await services.costSharing.saveBudget(caller, parseId(input.communityId, 'communityId'), input);
    return toCoordinatorBudget(budget, lines);
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => CoordinatorBudget, {
    description:
      "Starts next year's coordinator budget as a copy of a year's (cost lines, state grant, fixed share), to be edited (secretariat). " +
      'Refused with BUDGET_EXISTS when that year has a budget, NO_BUDGET_TO_COPY when the year to copy has none.',
  })
  async startNextCoordinatorBudget(
    @Arg('input', () => StartNextCoordinatorBudgetInput, { description: 'The values; each field is described on the input type.' })
    input: StartNextCoordinatorBudgetInput,
    @Ctx() { services, caller }: Context,
  ): Promise<CoordinatorBudget> {
    const { budget, lines } = await services.costSharing.startNextBudget(caller, parseId(input.communityId, 'communityId'), input.fromYear);
    return toCoordinatorBudget(budget, lines);
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => ID, {
    description: "Deletes a year's coordinator budget made by mistake, with its cost lines (secretariat); answers the deleted budget's id.",
  })
  deleteCoordinatorBudget(
    @Arg('communityId', () => ID, { description: 'The community.' }) communityId: string,
    @Arg('budgetYear', () => Int, { description: 'The budget year to delete.' }) budgetYear: number,
    @Ctx() { services, caller }: Context,
  ): Promise<string> {
    return services.costSharing.deleteBudget(caller, parseId(communityId, 'communityId'), budgetYear);
  }
}

@Resolver(() => Community)
export class CommunityBudgetAccessResolver {
  @FieldResolver(() => Boolean, {
    description: "Whether the caller may start, edit and correct the coordinator's budgets: the community's secretariat.",
  })
  canEditCoordinatorBudgets(@Root() community: Community, @Ctx() { caller }: Context): boolean {
    return mayEditBudgets(caller, community.id);
  }
}

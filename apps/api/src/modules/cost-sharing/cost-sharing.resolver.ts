import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Access } from '../auth/access.js';
import { parseId } from '../../common/ids.js';
import type { Context } from '../../context.js';
import { CostAllocationWhatIfInput, SaveCoordinatorBudgetInput } from './cost-sharing.inputs.js';
import { toCoordinatorBudget, toCostAllocation } from './cost-sharing.mapper.js';
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
}

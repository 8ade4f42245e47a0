import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Access } from '../auth/access.js';
import { parseId } from '../../common/ids.js';
import type { Context } from '../../context.js';
import { CoordinatorBudget } from '../cost-sharing/cost-sharing.type.js';
import { Organ } from '../organ/organ.type.js';
import { Partner } from '../partner/partner.type.js';
import { RegionalCouncil } from '../regional-council/regional-council.type.js';
import { CreateCommunityInput, UpdateCommunityInput } from './community.inputs.js';
import { toCommunity } from './community.mapper.js';
import { Community } from './community.type.js';

@Resolver(() => Community)
export class CommunityResolver {
  @Authorized<Access>('PUBLIC')
  @Query(() => [Community], { description: 'Every community, by name.' })
  async communities(@Ctx() { services }: Context): Promise<Community[]> {
    return services.communities.list();
  }

  @Authorized<Access>('PUBLIC')
  @Query(() => Community, { description: 'One community; NOT_FOUND when no community has the id.' })
  async community(
    @Arg('id', () => ID, { description: "The community's id." }) id: string,
    @Ctx() { services }: Context,
  ): Promise<Community> {
    return services.communities.get(parseId(id, 'id'));
  }

  @Authorized<Access>('communities:create')
  @Mutation(() => Community, { description: 'Registers a community (platform administrator).' })
  async createCommunity(
    @Arg('input', () => CreateCommunityInput, { description: 'The values; each field is described on the input type.' })
    input: CreateCommunityInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Community> {
    return toCommunity(await services.communities.create(caller, input));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Community, { description: 'Changes a community (secretariat).' })
  async updateCommunity(
    @Arg('id', () => ID, { description: "The community's id." }) id: string,
    @Arg('input', () => UpdateCommunityInput, { description: 'The values; each field is described on the input type.' })
    input: UpdateCommunityInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Community> {
    return toCommunity(await services.communities.update(caller, parseId(id, 'id'), input));
  }

  @FieldResolver(() => [Partner], { description: 'The hospital trust first, then the municipalities by name.' })
  async partners(@Root() community: Community, @Ctx() { loaders }: Context): Promise<Partner[]> {
    return loaders.partnersByCommunity.load(community.id);
  }

  @FieldResolver(() => [RegionalCouncil], { description: 'The regional councils, by name.' })
  async regionalCouncils(@Root() community: Community, @Ctx() { loaders }: Context): Promise<RegionalCouncil[]> {
    return loaders.regionalCouncilsByCommunity.load(community.id);
  }

  @FieldResolver(() => [Organ], { description: 'The organs, oldest first, dissolved ones included.' })
  async organs(@Root() community: Community, @Ctx() { loaders }: Context): Promise<Organ[]> {
    return loaders.organsByCommunity.load(community.id);
  }

  @FieldResolver(() => [CoordinatorBudget], { description: "The coordinator's budgets, newest year first." })
  async coordinatorBudgets(@Root() community: Community, @Ctx() { loaders }: Context): Promise<CoordinatorBudget[]> {
    return loaders.budgetsByCommunity.load(community.id);
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Access } from '../auth/access.js';
import { parseId } from '../../common/ids.js';
import type { Context } from '../../context.js';
import { Partner } from '../partner/partner.type.js';
import { CreateRegionalCouncilInput, UpdateRegionalCouncilInput } from './regional-council.inputs.js';
import { toRegionalCouncil } from './regional-council.mapper.js';
import { RegionalCouncil } from './regional-council.type.js';

@Resolver(() => RegionalCouncil)
export class RegionalCouncilResolver {
  @Authorized<Access>('community:administer')
  @Mutation(() => RegionalCouncil, { description: 'Registers a regional council with its member municipalities.' })
  async createRegionalCouncil(
    @Arg('input', () => CreateRegionalCouncilInput, { description: 'The values; each field is described on the input type.' })
    input: CreateRegionalCouncilInput,
    @Ctx() { services, caller }: Context,
  ): Promise<RegionalCouncil> {
    const memberIds = input.memberPartnerIds.map((id, index) => parseId(id, `memberPartnerIds[${index}]`));
    return toRegionalCouncil(await services.regionalCouncils.create(caller, parseId(input.communityId, 'communityId'), input, memberIds));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => RegionalCouncil, { description: 'Changes a regional council; a member list replaces the old one.' })
  async updateRegionalCouncil(
    @Arg('id', () => ID, { description: "The regional council's id." }) id: string,
    @Arg('input', () => UpdateRegionalCouncilInput, { description: 'The values; each field is described on the input type.' })
    input: UpdateRegionalCouncilInput,
    @Ctx() { services, caller }: Context,
  ): Promise<RegionalCouncil> {
    const memberIds = input.memberPartnerIds?.map((memberId, index) => parseId(memberId, `memberPartnerIds[${index}]`));
    return toRegionalCouncil(await services.regionalCouncils.update(caller, parseId(id, 'id'), input, memberIds));
  }

  @FieldResolver(() => [Partner], { description: 'The member municipalities, by municipality number.' })
  async members(@Root() council: RegionalCouncil, @Ctx() { loaders }: Context): Promise<Partner[]> {
    return loaders.membersByRegionalCouncil.load(council.id);
  }
}

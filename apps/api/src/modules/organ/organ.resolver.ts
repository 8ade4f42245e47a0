import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Access } from '../auth/access.js';
import { parseId } from '../../common/ids.js';
import type { Context } from '../../context.js';
import { CreateOrganInput, UpdateOrganInput } from './organ.inputs.js';
import { toOrgan } from './organ.mapper.js';
import { Organ } from './organ.type.js';

@Resolver(() => Organ)
export class OrganResolver {
  @Authorized<Access>('community:administer')
  @Mutation(() => Organ, { description: 'Registers an organ with its rules of procedure.' })
  async createOrgan(
    @Arg('input', () => CreateOrganInput, { description: 'The values; each field is described on the input type.' })
    input: CreateOrganInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Organ> {
    return toOrgan(await services.organs.create(caller, parseId(input.communityId, 'communityId'), input));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Organ, { description: 'Changes an organ, e.g. records that it was dissolved.' })
  async updateOrgan(
    @Arg('id', () => ID, { description: "The organ's id." }) id: string,
    @Arg('input', () => UpdateOrganInput, { description: 'The values; each field is described on the input type.' })
    input: UpdateOrganInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Organ> {
    return toOrgan(await services.organs.update(caller, parseId(id, 'id'), input));
  }
}

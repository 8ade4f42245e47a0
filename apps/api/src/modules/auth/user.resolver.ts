import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { parseId } from '../../common/ids.js';
import type { Context } from '../../context.js';
import type { Access } from './access.js';
import { GrantRoleInput } from './user.inputs.js';
import { toUser } from './user.mapper.js';
import { User } from './user.type.js';

@Resolver(() => User)
export class UserResolver {
  @Authorized<Access>('users:manage')
  @Query(() => [User], { description: 'Everyone with a role in the community, by name (secretariat).' })
  async users(
    @Arg('communityId', () => ID, { description: 'The community.' }) communityId: string,
    @Ctx() { services, caller }: Context,
  ): Promise<User[]> {
    return (await services.users.listUsers(caller, parseId(communityId, 'communityId'))).map(({ user, email }) => toUser(user, email));
  }

  @Authorized<Access>('users:manage')
  @Mutation(() => User, { description: 'Gives a person a role, creating their account when the e-mail is new (secretariat).' })
  async grantRole(
    @Arg('input', () => GrantRoleInput, { description: 'The values; each field is described on the input type.' }) input: GrantRoleInput,
    @Ctx() { services, caller }: Context,
  ): Promise<User> {
    const communityId = input.communityId ? parseId(input.communityId, 'communityId') : null;
    const regionalCouncilId = input.regionalCouncilId ? parseId(input.regionalCouncilId, 'regionalCouncilId') : null;
    const partnerId = input.partnerId ? parseId(input.partnerId, 'partnerId') : null;
    const { user, email } = await services.users.grantRole(caller, input, communityId, regionalCouncilId, partnerId);
    return toUser(user, email);
  }

  @Authorized<Access>('users:manage')
  @Mutation(() => User, { description: 'Takes a role away (secretariat); a community keeps at least one secretariat user.' })
  async revokeRole(
    @Arg('roleGrantId', () => ID, { description: 'The role grant to revoke.' }) roleGrantId: string,
    @Ctx() { services, caller }: Context,
  ): Promise<User> {
    const { user, email } = await services.users.revokeRole(caller, parseId(roleGrantId, 'roleGrantId'));
    return toUser(user, email);
  }
}

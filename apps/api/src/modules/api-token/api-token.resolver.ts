import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { parseId } from '../../common/ids.js';
import type { Context } from '../../context.js';
import type { Access } from '../auth/access.js';
import { CreateApiTokenInput } from './api-token.inputs.js';
import type { ApiTokenRow } from './api-token.repository.js';
import { ApiToken, CreatedApiToken } from './api-token.type.js';

@Resolver()
export class ApiTokenResolver {
  @Authorized<Access>('SIGNED_IN')
  @Query(() => [ApiToken], { description: "The signed-in user's own API tokens, newest first, revoked and expired ones included." })
  async myApiTokens(@Ctx() { services, caller }: Context): Promise<ApiToken[]> {
    return (await services.apiTokens.list(caller)).map(toApiToken);
  }

  @Authorized<Access>('SIGNED_IN')
  @Mutation(() => CreatedApiToken, {
    description:
      'Creates a personal, read-only API token for scripts; the answer holds the secret, shown this once. Needs a signed-in session.',
  })
  async createApiToken(
    @Arg('input', () => CreateApiTokenInput, { description: 'Its name and lifetime.' }) input: CreateApiTokenInput,
    @Ctx() { services, caller }: Context,
  ): Promise<CreatedApiToken> {
    const created = await services.apiTokens.create(caller, input.name, input.days);
    return Object.assign(new CreatedApiToken(), { token: created.token, apiToken: toApiToken(created.record) });
  }

  @Authorized<Access>('SIGNED_IN')
  @Mutation(() => ApiToken, { description: 'Revokes one of your own API tokens at once; scripts using it are refused from then on.' })
  async revokeApiToken(
    @Arg('id', () => ID, { description: "The token's id." }) id: string,
    @Ctx() { services, caller }: Context,
  ): Promise<ApiToken> {
    return toApiToken(await services.apiTokens.revoke(caller, parseId(id, 'id')));
  }
}

function toApiToken(row: ApiTokenRow): ApiToken {
  return Object.assign(new ApiToken(), row);
}

import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('ApiToken', {
  description: 'A personal, read-only API token of the signed-in user, for scripts; the secret itself is shown only when created.',
})
export class ApiToken {
  @Field(() => ID, { description: "The token's id (not the secret)." })
  id: string;

  @Field(() => String, { description: 'What the owner named it, e.g. the script that uses it.' })
  name: string;

  @Field(() => String, { description: "The token's first characters, to tell tokens apart." })
  tokenPrefix: string;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => Date, { description: 'When it stops working.' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'When a request last used it (to the minute); null if never.' })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while it is not.' })
  revokedAt: Date | null;
}

@ObjectType('CreatedApiToken', { description: 'A new API token with its secret, which is shown this once and never again.' })
export class CreatedApiToken {
  @Field(() => String, { description: 'The secret, sent as `Authorization: Bearer <token>`. Store it safely: it cannot be shown again.' })
  token: string;

  @Field(() => ApiToken, { description: 'The stored record of the token.' })
  apiToken: ApiToken;
}

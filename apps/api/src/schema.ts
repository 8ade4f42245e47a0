import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CommunityResolver } from './modules/community/community.resolver.js';
import { CostSharingResolver } from './modules/cost-sharing/cost-sharing.resolver.js';
import { OrganResolver } from './modules/organ/organ.resolver.js';
import { PartnerResolver } from './modules/partner/partner.resolver.js';
import { RegionalCouncilResolver } from './modules/regional-council/regional-council.resolver.js';

export const resolvers = [CommunityResolver, PartnerResolver, RegionalCouncilResolver, OrganResolver, CostSharingResolver] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    // forbidUnknownValues is off because type-graphql builds the input instances itself.
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
}

import DataLoader from 'dataloader';
import { groupByKeys } from '../../common/group.js';
import type { Repositories } from '../../database/repositories.js';
import type { PartnerEntity, PartnerPopulationEntity } from './partner.entity.js';

export function createPartnerLoaders(repositories: Repositories) {
  return {
    partnersByCommunity: new DataLoader<string, PartnerEntity[]>(async (communityIds) =>
      groupByKeys(communityIds, await repositories.partners.findByCommunityIds(communityIds), (partner) => partner.communityId),
    ),
    populationsByPartner: new DataLoader<string, PartnerPopulationEntity[]>(async (partnerIds) =>
      groupByKeys(partnerIds, await repositories.partners.findPopulations(partnerIds), (figure) => figure.partnerId),
    ),
  };
}

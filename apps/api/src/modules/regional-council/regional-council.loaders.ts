import DataLoader from 'dataloader';
import { groupByKeys } from '../../common/group.js';
import type { Repositories } from '../../database/repositories.js';
import type { Partner } from '../partner/partner.type.js';
import type { RegionalCouncil } from './regional-council.type.js';

export function createRegionalCouncilLoaders(repositories: Repositories) {
  return {
    regionalCouncilsByCommunity: new DataLoader<string, RegionalCouncil[]>(async (communityIds) =>
      groupByKeys(communityIds, await repositories.regionalCouncils.readByCommunityIds(communityIds), (council) => council.communityId),
    ),
    membersByRegionalCouncil: new DataLoader<string, Partner[]>(async (councilIds) =>
      groupByKeys(councilIds, await repositories.regionalCouncils.readMembers(councilIds), (member) => member.regionalCouncilId),
    ),
    regionalCouncilByPartner: new DataLoader<string, RegionalCouncil | null>(async (partnerIds) => {
      const councilOfPartner = new Map(
        (await repositories.regionalCouncils.readCouncilsOfPartners(partnerIds)).map((council) => [council.partnerId, council]),
      );
      return partnerIds.map((partnerId) => councilOfPartner.get(partnerId) ?? null);
    }),
  };
}

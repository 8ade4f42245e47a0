import DataLoader from 'dataloader';
import { groupByKeys } from '../../common/group.js';
import type { Repositories } from '../../database/repositories.js';
import type { PartnerEntity } from '../partner/partner.entity.js';
import type { RegionalCouncilEntity } from './regional-council.entity.js';

export function createRegionalCouncilLoaders(repositories: Repositories) {
  return {
    regionalCouncilsByCommunity: new DataLoader<string, RegionalCouncilEntity[]>(async (communityIds) =>
      groupByKeys(communityIds, await repositories.regionalCouncils.findByCommunityIds(communityIds), (council) => council.communityId),
    ),
    membersByRegionalCouncil: new DataLoader<string, PartnerEntity[]>(async (councilIds) => {
      const memberships = await repositories.regionalCouncils.findMembersOfCouncils(councilIds);
      const partners = new Map(
        (await repositories.partners.findByIdsInAnyCommunity(memberships.map((membership) => membership.partnerId))).map((partner) => [
          partner.id,
          partner,
        ]),
      );
      return groupByKeys(councilIds, memberships, (membership) => membership.regionalCouncilId).map((group) =>
        group
          .flatMap((membership) => partners.get(membership.partnerId) ?? [])
          .sort((a, b) => (a.municipalityNumber ?? '').localeCompare(b.municipalityNumber ?? '')),
      );
    }),
    regionalCouncilByPartner: new DataLoader<string, RegionalCouncilEntity | null>(async (partnerIds) => {
      const memberships = await repositories.regionalCouncils.findMembershipsOfPartners(partnerIds);
      const councils = new Map(
        (
          await repositories.regionalCouncils.findByIdsInAnyCommunity([
            ...new Set(memberships.map((membership) => membership.regionalCouncilId)),
          ])
        ).map((council) => [council.id, council]),
      );
      const councilOfPartner = new Map(
        memberships.map((membership) => [membership.partnerId, councils.get(membership.regionalCouncilId) ?? null]),
      );
      return partnerIds.map((partnerId) => councilOfPartner.get(partnerId) ?? null);
    }),
  };
}

import DataLoader from 'dataloader';
import { argumentLoader } from '../../common/argument-loader.js';
import { groupByKeys } from '../../common/group.js';
import type { Repositories } from '../../database/repositories.js';
import type { PopulationRow } from './partner.repository.js';
import type { Partner } from './partner.type.js';

export function createPartnerLoaders(repositories: Repositories) {
  return {
    partnersByCommunity: new DataLoader<string, Partner[]>(async (communityIds) =>
      groupByKeys(communityIds, await repositories.partners.readByCommunityIds(communityIds), (partner) => partner.communityId),
    ),
    /** Every year: for `populations`, the history. */
    populationsByPartner: new DataLoader<string, PopulationRow[]>(async (partnerIds) =>
      groupByKeys(partnerIds, await repositories.partners.readPopulations(partnerIds), (figure) => figure.partnerId),
    ),
    /** One year: for `population(year:)`, which reads only the figures of the years asked. */
    populationByPartnerInYear: argumentLoader<number, number | null>(async (partnerIds, year) => {
      const found = new Map(
        (await repositories.partners.readPopulationsOfYear(partnerIds, year)).map((figure) => [figure.partnerId, figure.population]),
      );
      return partnerIds.map((partnerId) => found.get(partnerId) ?? null);
    }),
  };
}

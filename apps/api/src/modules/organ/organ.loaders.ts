import DataLoader from 'dataloader';
import { groupByKeys } from '../../common/group.js';
import type { Repositories } from '../../database/repositories.js';
import { toOrgan } from './organ.mapper.js';
import type { Organ } from './organ.type.js';

export function createOrganLoaders(repositories: Repositories) {
  return {
    organsByCommunity: new DataLoader<string, Organ[]>(async (communityIds) =>
      groupByKeys(communityIds, (await repositories.organs.readByCommunityIds(communityIds)).map(toOrgan), (organ) => organ.communityId),
    ),
  };
}

import DataLoader from 'dataloader';
import { groupByKeys } from '../../common/group.js';
import type { Repositories } from '../../database/repositories.js';
import type { OrganEntity } from './organ.entity.js';

export function createOrganLoaders(repositories: Repositories) {
  return {
    organsByCommunity: new DataLoader<string, OrganEntity[]>(async (communityIds) =>
      groupByKeys(communityIds, await repositories.organs.findByCommunityIds(communityIds), (organ) => organ.communityId),
    ),
  };
}

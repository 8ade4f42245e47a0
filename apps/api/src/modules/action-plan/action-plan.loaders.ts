import DataLoader from 'dataloader';
import { groupByKeys } from '../../common/group.js';
import type { Repositories } from '../../database/repositories.js';
import type { ActionPlanEntity } from './action-plan.entity.js';

export function createActionPlanLoaders(repositories: Repositories) {
  return {
    actionPlansByCommunity: new DataLoader<string, ActionPlanEntity[]>(async (communityIds) =>
      groupByKeys(communityIds, await repositories.actionPlans.findPlansOfCommunities(communityIds), (plan) => plan.communityId),
    ),
  };
}

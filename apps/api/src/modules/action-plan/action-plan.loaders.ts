import DataLoader from 'dataloader';
import { groupByKeys } from '../../common/group.js';
import type { Repositories } from '../../database/repositories.js';
import type { Caller } from '../auth/caller.js';
import type { ActionPlanEntity } from './action-plan.entity.js';
import { visiblePlans } from './action-plan.policy.js';

/** Made per request for its caller: a loader answers only with what the policy lets the caller see. */
export function createActionPlanLoaders(repositories: Repositories, caller: Caller) {
  return {
    actionPlansByCommunity: new DataLoader<string, ActionPlanEntity[]>(async (communityIds) =>
      groupByKeys(
        communityIds,
        visiblePlans(caller, await repositories.actionPlans.findPlansOfCommunities(communityIds)),
        (plan) => plan.communityId,
      ),
    ),
  };
}

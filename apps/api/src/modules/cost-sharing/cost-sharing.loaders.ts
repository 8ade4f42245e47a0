import DataLoader from 'dataloader';
import { groupByKeys } from '../../common/group.js';
import type { Repositories } from '../../database/repositories.js';
import { toCoordinatorBudget } from './cost-sharing.mapper.js';
import type { CoordinatorBudget } from './cost-sharing.type.js';

export function createCostSharingLoaders(repositories: Repositories) {
  return {
    budgetsByCommunity: new DataLoader<string, CoordinatorBudget[]>(async (communityIds) => {
      const budgets = await repositories.coordinatorBudgets.readByCommunityIds(communityIds);
      const budgetIds = budgets.map((budget) => budget.id);
      const lines = groupByKeys(
        budgetIds,
        budgets.length > 0 ? await repositories.coordinatorBudgets.readCostLines(budgetIds) : [],
        (line) => line.budgetId,
      );
      return groupByKeys(
        communityIds,
        budgets.map((budget, index) => toCoordinatorBudget(budget, lines[index] ?? [])),
        (budget) => budget.communityId,
      );
    }),
  };
}

import DataLoader from 'dataloader';
import { groupByKeys } from '../../common/group.js';
import type { Repositories } from '../../database/repositories.js';
import type { CoordinatorBudgetCostLineEntity, CoordinatorBudgetEntity } from './coordinator-budget.entity.js';

export interface BudgetWithLines {
  budget: CoordinatorBudgetEntity;
  lines: CoordinatorBudgetCostLineEntity[];
}

export function createCostSharingLoaders(repositories: Repositories) {
  return {
    budgetsByCommunity: new DataLoader<string, BudgetWithLines[]>(async (communityIds) => {
      const budgets = await repositories.coordinatorBudgets.findByCommunityIds(communityIds);
      const lines = budgets.length > 0 ? await repositories.coordinatorBudgets.findCostLines(budgets.map((budget) => budget.id)) : [];
      const linesByBudget = groupByKeys(
        budgets.map((budget) => budget.id),
        lines,
        (line) => line.budgetId,
      );
      const withLines = budgets.map((budget, index) => ({ budget, lines: linesByBudget[index] ?? [] }));
      return groupByKeys(communityIds, withLines, (entry) => entry.budget.communityId);
    }),
  };
}

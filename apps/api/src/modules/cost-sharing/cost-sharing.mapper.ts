import type { Allocation } from './allocation.js';
import { ppmToRatio } from './allocation.js';
import { municipalShareOf } from './budget.js';
import type { CoordinatorBudgetCostLineEntity, CoordinatorBudgetEntity } from './coordinator-budget.entity.js';
import { CoordinatorBudget, CostAllocation, CostAllocationLine, CostLine } from './cost-sharing.type.js';

export function toCoordinatorBudget(entity: CoordinatorBudgetEntity, lines: readonly CoordinatorBudgetCostLineEntity[]): CoordinatorBudget {
  const { totalCost, municipalShare } = municipalShareOf(lines, entity.stateGrant);
  return Object.assign(new CoordinatorBudget(), {
    id: entity.id,
    communityId: entity.communityId,
    budgetYear: entity.budgetYear,
    costLines: lines.map((line) => Object.assign(new CostLine(), { label: line.label, amount: line.amount })),
    totalCost,
    stateGrant: entity.stateGrant,
    municipalShare,
    fixedShareRatio: ppmToRatio(entity.fixedSharePpm),
  });
}

export function toCostAllocation(allocation: Allocation, years: { budgetYear: number; populationYear: number } | null): CostAllocation {
  return Object.assign(new CostAllocation(), {
    budgetYear: years?.budgetYear ?? null,
    populationYear: years?.populationYear ?? null,
    municipalShare: allocation.municipalShare,
    fixedShareRatio: ppmToRatio(allocation.fixedSharePpm),
    totalPopulation: allocation.totalPopulation,
    lines: allocation.lines.map((line) => Object.assign(new CostAllocationLine(), line)),
  });
}

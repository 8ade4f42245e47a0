import type { Allocation } from './allocation.js';
import { ppmToRatio } from './allocation.js';
import { municipalShareOf } from './budget.js';
import type { BudgetRow, CostLineRow } from './coordinator-budget.repository.js';
import { CoordinatorBudget, CostAllocation, CostAllocationLine, CostLine } from './cost-sharing.type.js';

/** A budget (a row or an entity) with its cost lines as the GraphQL type, with the totals derived. */
export function toCoordinatorBudget(entity: BudgetRow, lines: readonly CostLineRow[]): CoordinatorBudget {
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
    version: entity.version,
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

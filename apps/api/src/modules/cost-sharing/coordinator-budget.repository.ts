import { In, type EntityManager } from 'typeorm';
import { CoordinatorBudgetCostLineEntity, CoordinatorBudgetEntity } from './coordinator-budget.entity.js';

export class CoordinatorBudgetRepository {
  constructor(private readonly manager: EntityManager) {}

  findByCommunityIds(communityIds: readonly string[]): Promise<CoordinatorBudgetEntity[]> {
    return this.manager.find(CoordinatorBudgetEntity, { where: { communityId: In([...communityIds]) }, order: { budgetYear: 'DESC' } });
  }

  findByYear(communityId: string, budgetYear: number): Promise<CoordinatorBudgetEntity | null> {
    return this.manager.findOneBy(CoordinatorBudgetEntity, { communityId, budgetYear });
  }

  findCostLines(budgetIds: readonly string[]): Promise<CoordinatorBudgetCostLineEntity[]> {
    return this.manager.find(CoordinatorBudgetCostLineEntity, { where: { budgetId: In([...budgetIds]) }, order: { position: 'ASC' } });
  }

  /** The budget of the year, locked until the transaction ends, so writers of one budget take turns. */
  findByYearForUpdate(communityId: string, budgetYear: number): Promise<CoordinatorBudgetEntity | null> {
    return this.manager.findOne(CoordinatorBudgetEntity, { where: { communityId, budgetYear }, lock: { mode: 'pessimistic_write' } });
  }

  save(entity: CoordinatorBudgetEntity): Promise<CoordinatorBudgetEntity> {
    return this.manager.save(CoordinatorBudgetEntity, entity);
  }

  async replaceCostLines(budgetId: string, lines: readonly { label: string; amount: number }[]): Promise<void> {
    await this.manager.delete(CoordinatorBudgetCostLineEntity, { budgetId });
    if (lines.length > 0) {
      await this.manager.insert(
        CoordinatorBudgetCostLineEntity,
        lines.map((line, position) => ({ budgetId, position, label: line.label, amount: line.amount })),
      );
    }
  }
}

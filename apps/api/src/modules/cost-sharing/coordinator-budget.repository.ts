import { In, type EntityManager } from 'typeorm';
import { selectRows } from '../../database/rows.js';
import { CoordinatorBudgetCostLineEntity, CoordinatorBudgetEntity } from './coordinator-budget.entity.js';

export type BudgetRow = Pick<CoordinatorBudgetEntity, 'id' | 'communityId' | 'budgetYear' | 'stateGrant' | 'fixedSharePpm' | 'version'>;
export type CostLineRow = Pick<CoordinatorBudgetCostLineEntity, 'budgetId' | 'label' | 'amount'>;

// Money is bigint, which pg answers as text; float8 is exact for every amount the inputs allow (below 2^53).
const BUDGET_COLUMNS = `id, community_id AS "communityId", budget_year AS "budgetYear", state_grant::float8 AS "stateGrant",
  fixed_share_ppm AS "fixedSharePpm", version`;

export class CoordinatorBudgetRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The budgets of the communities as plain rows, newest year first. */
  readByCommunityIds(communityIds: readonly string[]): Promise<BudgetRow[]> {
    return selectRows<BudgetRow>(
      this.manager,
      `SELECT ${BUDGET_COLUMNS} FROM coordinator_budget WHERE community_id = ANY($1::uuid[]) ORDER BY budget_year DESC`,
      [communityIds],
    );
  }

  async readByYear(communityId: string, budgetYear: number): Promise<BudgetRow | null> {
    const rows = await selectRows<BudgetRow>(
      this.manager,
      `SELECT ${BUDGET_COLUMNS} FROM coordinator_budget WHERE community_id = $1 AND budget_year = $2`,
      [communityId, budgetYear],
    );
    return rows[0] ?? null;
  }

  /** The cost lines of the budgets as plain rows, in order. */
  readCostLines(budgetIds: readonly string[]): Promise<CostLineRow[]> {
    return selectRows<CostLineRow>(
      this.manager,
      `SELECT budget_id AS "budgetId", label, amount::float8 AS amount FROM coordinator_budget_cost_line
        WHERE budget_id = ANY($1::uuid[]) ORDER BY budget_id, position`,
      [budgetIds],
    );
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

  /** Removes the budget with its cost lines (they cascade). */
  async delete(budgetId: string): Promise<void> {
    await this.manager.delete(CoordinatorBudgetEntity, { id: budgetId });
  }

  /**
   * Writes the budget's grant and fixed share if it is still at `expectedVersion`, counting the save:
   * the new version, or null when another save came first (the row is then left as that save left it).
   */
  async updateIfVersion(
    budgetId: string,
    expectedVersion: number,
    values: Pick<CoordinatorBudgetEntity, 'stateGrant' | 'fixedSharePpm'>,
  ): Promise<number | null> {
    // UPDATE … WHERE version = $expected: a parallel save waits for the row, then finds the version moved on.
    const result = await this.manager
      .createQueryBuilder()
      .update(CoordinatorBudgetEntity)
      .set({ stateGrant: values.stateGrant, fixedSharePpm: values.fixedSharePpm, version: () => 'version + 1' })
      .where('id = :budgetId AND version = :expectedVersion', { budgetId, expectedVersion })
      .returning('version')
      .execute();
    // With RETURNING, pg answers the updated rows: one, or none when the version had moved on.
    const rows: unknown = result.raw;
    const row: unknown = Array.isArray(rows) ? (rows as unknown[])[0] : undefined;
    return typeof row === 'object' && row !== null && 'version' in row && typeof row.version === 'number' ? row.version : null;
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

import type { EntityManager } from 'typeorm';
import { ActionPlanEntity, StatusUpdateEntity } from './action-plan.entity.js';

type Sibling = 'focus_area' | 'target' | 'measure';
const ORDER_COLUMN: Record<Sibling, 'number' | 'position'> = { focus_area: 'number', target: 'position', measure: 'position' };
const PARENT_COLUMN: Record<Sibling, 'plan_id' | 'focus_area_id'> = {
  focus_area: 'plan_id',
  target: 'focus_area_id',
  measure: 'focus_area_id',
};

/** The writes of authoring a plan that need more than saving an entity: the plan's lock, order, corrections. */
export class PlanAuthoringRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * The plan, locked until the transaction ends: every change to a plan's structure takes this lock
   * first, so parallel additions and moves take turns and each sees the order the one before left.
   */
  lockPlan(planId: string): Promise<ActionPlanEntity | null> {
    return this.manager.findOne(ActionPlanEntity, { where: { id: planId }, lock: { mode: 'for_no_key_update' } });
  }

  /** The number or position after the last one under the parent (retired ones count: they keep theirs). */
  async nextOrder(sibling: Sibling, parentId: string): Promise<number> {
    const [row] = await this.manager.query<{ next: number }[]>(
      `SELECT coalesce(max(${ORDER_COLUMN[sibling]}), ${sibling === 'focus_area' ? 0 : -1}) + 1 AS next FROM ${sibling} WHERE ${PARENT_COLUMN[sibling]} = $1`,
      [parentId],
    );
    return Number(row?.next ?? 0);
  }

  /** Swaps the number or position of two siblings in one statement (the unique constraint is checked at its end). */
  async swapOrder(sibling: Sibling, firstId: string, secondId: string): Promise<void> {
    const column = ORDER_COLUMN[sibling];
    await this.manager.query(
      `UPDATE ${sibling} AS row SET ${column} = other.${column}
       FROM ${sibling} AS other
       WHERE (row.id, other.id) IN (($1::uuid, $2::uuid), ($2::uuid, $1::uuid))`,
      [firstId, secondId],
    );
  }

  findUpdate(updateId: string): Promise<StatusUpdateEntity | null> {
    return this.manager.findOneBy(StatusUpdateEntity, { id: updateId });
  }

  /** The entry that corrects this one, if any. */
  findCorrectionOf(updateId: string): Promise<StatusUpdateEntity | null> {
    return this.manager.findOneBy(StatusUpdateEntity, { supersedesId: updateId });
  }
}

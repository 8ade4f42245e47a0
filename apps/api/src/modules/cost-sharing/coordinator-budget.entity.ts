import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Money is `bigint` in PostgreSQL (an `integer` overflows at 2 147 483 647 kr) and a number here: the
 * inputs bound every amount by MAX_KRONER, so sums of amounts stay exact below 2^53. pg returns bigint as text.
 */
const kroner = {
  to: (value: number) => value,
  from: (value: string | number) => Number(value),
};

/** The budget of the inter-municipal coordinator of one community for one year. */
@Entity({ name: 'coordinator_budget' })
export class CoordinatorBudgetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'budget_year', type: 'integer' })
  budgetYear: number;

  @Column({ name: 'state_grant', type: 'bigint', transformer: kroner })
  stateGrant: number;

  /** Share split in equal parts, in parts per million (200 000 = 20 %), so the arithmetic stays exact. */
  @Column({ name: 'fixed_share_ppm', type: 'integer' })
  fixedSharePpm: number;

  /**
   * Counts the saves, from 1: a save names the version it was made from and is refused when another
   * came first (checked in the UPDATE itself, not by TypeORM's @VersionColumn, which does not check).
   */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'coordinator_budget_cost_line' })
export class CoordinatorBudgetCostLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'budget_id', type: 'uuid' })
  budgetId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'bigint', transformer: kroner })
  amount: number;
}

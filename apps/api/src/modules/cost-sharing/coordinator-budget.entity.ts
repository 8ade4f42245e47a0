import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The budget of the inter-municipal coordinator of one community for one year. */
@Entity({ name: 'coordinator_budget' })
export class CoordinatorBudgetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'budget_year', type: 'integer' })
  budgetYear: number;

  @Column({ name: 'state_grant', type: 'integer' })
  stateGrant: number;

  /** Share split in equal parts, in parts per million (200 000 = 20 %), so the arithmetic stays exact. */
  @Column({ name: 'fixed_share_ppm', type: 'integer' })
  fixedSharePpm: number;

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

  @Column({ type: 'integer' })
  amount: number;
}

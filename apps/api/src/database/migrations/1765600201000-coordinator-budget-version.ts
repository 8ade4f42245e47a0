import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A coordinator budget counts its saves: an editor saves against the version they loaded, and a save
 * of an older version is refused instead of overwriting what someone else saved meanwhile. Existing
 * budgets start at version 1.
 */
export class CoordinatorBudgetVersion1765600201000 implements MigrationInterface {
  name = 'CoordinatorBudgetVersion1765600201000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE coordinator_budget ADD COLUMN version integer NOT NULL DEFAULT 1 CONSTRAINT ck_coordinator_budget_version CHECK (version >= 1)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE coordinator_budget DROP COLUMN version`);
  }
}

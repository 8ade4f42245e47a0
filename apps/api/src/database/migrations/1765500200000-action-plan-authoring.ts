import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The action plan becomes authored in the product: focus areas, targets and measures are retired on a
 * date instead of deleted (their history and the reports that name them stay), their order is kept
 * unique per parent (checked at the end of each statement, so a move can swap two in one UPDATE), and a
 * status update can be corrected by a later entry that supersedes it (each entry at most once).
 */
export class ActionPlanAuthoring1765500200000 implements MigrationInterface {
  name = 'ActionPlanAuthoring1765500200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['focus_area', 'target', 'measure']) {
      await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN retired_on date`);
    }
    await queryRunner.query(`ALTER TABLE focus_area DROP CONSTRAINT uq_focus_area_number`);
    await queryRunner.query(
      `ALTER TABLE focus_area ADD CONSTRAINT uq_focus_area_number UNIQUE (plan_id, number) DEFERRABLE INITIALLY IMMEDIATE`,
    );
    await queryRunner.query(
      `ALTER TABLE target ADD CONSTRAINT uq_target_position UNIQUE (focus_area_id, position) DEFERRABLE INITIALLY IMMEDIATE`,
    );
    await queryRunner.query(
      `ALTER TABLE measure ADD CONSTRAINT uq_measure_position UNIQUE (focus_area_id, position) DEFERRABLE INITIALLY IMMEDIATE`,
    );
    await queryRunner.query(`ALTER TABLE status_update ADD COLUMN supersedes_id uuid REFERENCES status_update (id)`);
    await queryRunner.query(`ALTER TABLE status_update ADD CONSTRAINT uq_status_update_supersedes UNIQUE (supersedes_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE status_update DROP CONSTRAINT uq_status_update_supersedes`);
    await queryRunner.query(`ALTER TABLE status_update DROP COLUMN supersedes_id`);
    await queryRunner.query(`ALTER TABLE measure DROP CONSTRAINT uq_measure_position`);
    await queryRunner.query(`ALTER TABLE target DROP CONSTRAINT uq_target_position`);
    await queryRunner.query(`ALTER TABLE focus_area DROP CONSTRAINT uq_focus_area_number`);
    await queryRunner.query(`ALTER TABLE focus_area ADD CONSTRAINT uq_focus_area_number UNIQUE (plan_id, number)`);
    for (const table of ['focus_area', 'target', 'measure']) {
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN retired_on`);
    }
  }
}

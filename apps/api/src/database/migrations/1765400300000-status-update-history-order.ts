import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A measure's or target's updates in the order they count (date reported, then when written): what
 * was known on a date is the first entry of a backward scan, so reading it costs one index probe per
 * measure however long the history grows.
 */
export class StatusUpdateHistoryOrder1765400300000 implements MigrationInterface {
  name = 'StatusUpdateHistoryOrder1765400300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX ix_status_update_measure_history ON status_update (measure_id, reported_on, created_at)`);
    await queryRunner.query(`CREATE INDEX ix_status_update_target_history ON status_update (target_id, reported_on, created_at)`);
    await queryRunner.query(`DROP INDEX ix_status_update_measure`);
    await queryRunner.query(`DROP INDEX ix_status_update_target`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX ix_status_update_measure ON status_update (measure_id, reported_on)`);
    await queryRunner.query(`CREATE INDEX ix_status_update_target ON status_update (target_id, reported_on)`);
    await queryRunner.query(`DROP INDEX ix_status_update_measure_history`);
    await queryRunner.query(`DROP INDEX ix_status_update_target_history`);
  }
}

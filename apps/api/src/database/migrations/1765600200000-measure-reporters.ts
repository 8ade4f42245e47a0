import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A measure has several reporters, each of whom may post its status: the single `reporter_user_id`
 * becomes a set of rows in `measure_reporter`, keeping every existing reporter. A reporter whose
 * account is deleted leaves the set (the column was set to null). Going down keeps one reporter per
 * measure (the first by id): a measure with several loses the others.
 */
export class MeasureReporters1765600200000 implements MigrationInterface {
  name = 'MeasureReporters1765600200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE measure_reporter (
        measure_id uuid NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        CONSTRAINT pk_measure_reporter PRIMARY KEY (measure_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX ix_measure_reporter_user ON measure_reporter (user_id)`);
    await queryRunner.query(`
      INSERT INTO measure_reporter (measure_id, user_id, community_id)
      SELECT id, reporter_user_id, community_id FROM measure WHERE reporter_user_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE measure DROP COLUMN reporter_user_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE measure ADD COLUMN reporter_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL`);
    await queryRunner.query(`
      UPDATE measure m SET reporter_user_id =
        (SELECT r.user_id FROM measure_reporter r WHERE r.measure_id = m.id ORDER BY r.user_id LIMIT 1)`);
    await queryRunner.query(`DROP TABLE measure_reporter`);
  }
}

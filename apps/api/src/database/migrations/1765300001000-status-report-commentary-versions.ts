import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version per focus area's commentary in a draft report, so a writer who started from an older
 * version is told instead of overwriting what someone else saved meanwhile. A missing key is version 0.
 */
export class StatusReportCommentaryVersions1765300001000 implements MigrationInterface {
  name = 'StatusReportCommentaryVersions1765300001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE status_report ADD COLUMN commentary_versions jsonb NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE status_report DROP COLUMN commentary_versions`);
  }
}

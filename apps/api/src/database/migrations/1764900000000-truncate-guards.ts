import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Status updates are append-only and frozen status reports never change; their row triggers do not
 * see TRUNCATE, which emptied both. Statement triggers refuse it for every role, the owner's included
 * (the audit log has refused it from the start).
 */
export class TruncateGuards1764900000000 implements MigrationInterface {
  name = 'TruncateGuards1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TRIGGER tr_status_update_no_truncate BEFORE TRUNCATE ON status_update
        FOR EACH STATEMENT EXECUTE FUNCTION status_update_append_only()`);
    await queryRunner.query(`
      CREATE FUNCTION status_report_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'status_report holds frozen reports: TRUNCATE is not allowed' USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER tr_status_report_no_truncate BEFORE TRUNCATE ON status_report
        FOR EACH STATEMENT EXECUTE FUNCTION status_report_no_truncate()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tr_status_report_no_truncate ON status_report`);
    await queryRunner.query(`DROP FUNCTION status_report_no_truncate()`);
    await queryRunner.query(`DROP TRIGGER tr_status_update_no_truncate ON status_update`);
  }
}

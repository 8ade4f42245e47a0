import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A cancelled meeting keeps why it was cancelled (ADR 0024); only a cancelled meeting has a reason, and a
 * cancelled one always has one.
 */
export class MeetingCancellation1765700200000 implements MigrationInterface {
  name = 'MeetingCancellation1765700200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE meeting ADD COLUMN cancellation_reason text`);
    await queryRunner.query(`
      ALTER TABLE meeting ADD CONSTRAINT ck_meeting_cancellation CHECK (
        (state = 'CANCELLED') = (cancellation_reason IS NOT NULL AND length(btrim(cancellation_reason)) > 0))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE meeting DROP CONSTRAINT ck_meeting_cancellation`);
    await queryRunner.query(`ALTER TABLE meeting DROP COLUMN cancellation_reason`);
  }
}

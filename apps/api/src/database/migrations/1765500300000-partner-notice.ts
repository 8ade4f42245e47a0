import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The date a partner gave written notice of leaving. With notice recorded, the partner leaves at the
 * end of a budget year at least one year after the notice (seed 002: "ett års skriftlig varsel ...
 * knyttes til budsjettår"); the service refuses with a reason, the constraint keeps it under any client.
 */
export class PartnerNotice1765500300000 implements MigrationInterface {
  name = 'PartnerNotice1765500300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE partner ADD COLUMN notice_given_on date`);
    await queryRunner.query(`
      ALTER TABLE partner ADD CONSTRAINT ck_partner_notice CHECK (
        notice_given_on IS NULL OR (
          left_on IS NOT NULL
          AND to_char(left_on, 'MM-DD') = '12-31'
          AND left_on >= make_date(
            extract(year FROM notice_given_on)::int + CASE WHEN to_char(notice_given_on, 'MM-DD') = '01-01' THEN 0 ELSE 1 END, 12, 31)
        )
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE partner DROP CONSTRAINT ck_partner_notice`);
    await queryRunner.query(`ALTER TABLE partner DROP COLUMN notice_given_on`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The MUNICIPALITY role (ADR 0029): a user who records one municipality's local follow-up of binding
 * decisions. The grant names the partner it acts for, as a REGIONAL_COUNCIL grant names its council;
 * the scope check keeps each role to exactly the references it needs, and the unique index counts the
 * partner so one person may act for two municipalities.
 */
export class MunicipalityRole1765900300000 implements MigrationInterface {
  name = 'MunicipalityRole1765900300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE role_assignment ADD COLUMN partner_id uuid REFERENCES partner (id) ON DELETE CASCADE`);
    await queryRunner.query(`CREATE INDEX ix_role_assignment_partner ON role_assignment (partner_id)`);
    await queryRunner.query(`ALTER TABLE role_assignment DROP CONSTRAINT ck_role_assignment_role`);
    await queryRunner.query(`ALTER TABLE role_assignment DROP CONSTRAINT ck_role_assignment_scope`);
    await queryRunner.query(`
      ALTER TABLE role_assignment ADD CONSTRAINT ck_role_assignment_role CHECK (role IN
        ('SECRETARIAT', 'SSU_MEMBER', 'REGIONAL_COUNCIL', 'MUNICIPALITY', 'ANALYST', 'NATIONAL_ANALYST', 'PLATFORM_ADMIN'))`);
    await queryRunner.query(`
      ALTER TABLE role_assignment ADD CONSTRAINT ck_role_assignment_scope CHECK (
        (role IN ('NATIONAL_ANALYST', 'PLATFORM_ADMIN') AND community_id IS NULL AND regional_council_id IS NULL AND partner_id IS NULL)
        OR (role = 'REGIONAL_COUNCIL' AND community_id IS NOT NULL AND regional_council_id IS NOT NULL AND partner_id IS NULL)
        OR (role = 'MUNICIPALITY' AND community_id IS NOT NULL AND regional_council_id IS NULL AND partner_id IS NOT NULL)
        OR (role IN ('SECRETARIAT', 'SSU_MEMBER', 'ANALYST') AND community_id IS NOT NULL AND regional_council_id IS NULL AND partner_id IS NULL))`);
    await queryRunner.query(`DROP INDEX uq_role_assignment`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX uq_role_assignment ON role_assignment
        (user_id, role, coalesce(community_id, '00000000-0000-0000-0000-000000000000'),
         coalesce(regional_council_id, '00000000-0000-0000-0000-000000000000'),
         coalesce(partner_id, '00000000-0000-0000-0000-000000000000'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM role_assignment WHERE role = 'MUNICIPALITY'`);
    await queryRunner.query(`DROP INDEX uq_role_assignment`);
    await queryRunner.query(`ALTER TABLE role_assignment DROP CONSTRAINT ck_role_assignment_scope`);
    await queryRunner.query(`ALTER TABLE role_assignment DROP CONSTRAINT ck_role_assignment_role`);
    await queryRunner.query(`DROP INDEX ix_role_assignment_partner`);
    await queryRunner.query(`ALTER TABLE role_assignment DROP COLUMN partner_id`);
    await queryRunner.query(`
      ALTER TABLE role_assignment ADD CONSTRAINT ck_role_assignment_role CHECK (role IN
        ('SECRETARIAT', 'SSU_MEMBER', 'REGIONAL_COUNCIL', 'ANALYST', 'NATIONAL_ANALYST', 'PLATFORM_ADMIN'))`);
    await queryRunner.query(`
      ALTER TABLE role_assignment ADD CONSTRAINT ck_role_assignment_scope CHECK (
        (role IN ('NATIONAL_ANALYST', 'PLATFORM_ADMIN') AND community_id IS NULL AND regional_council_id IS NULL)
        OR (role = 'REGIONAL_COUNCIL' AND community_id IS NOT NULL AND regional_council_id IS NOT NULL)
        OR (role IN ('SECRETARIAT', 'SSU_MEMBER', 'ANALYST') AND community_id IS NOT NULL AND regional_council_id IS NULL))`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX uq_role_assignment ON role_assignment
        (user_id, role, coalesce(community_id, '00000000-0000-0000-0000-000000000000'), coalesce(regional_council_id, '00000000-0000-0000-0000-000000000000'))`);
  }
}

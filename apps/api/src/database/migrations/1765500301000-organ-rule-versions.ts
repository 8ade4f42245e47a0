import type { MigrationInterface, QueryRunner } from 'typeorm';

const PROCEDURE_COLUMNS = [
  'meetings_per_year integer',
  'case_submission_deadline_days integer',
  'notice_period_days integer',
  'notice_period_max_days integer',
  'extraordinary_notice_days integer',
  'protocol_deadline_days integer',
  'minutes_objection_period_days integer',
] as const;
const NAMES = PROCEDURE_COLUMNS.map((column) => column.split(' ')[0]).join(', ');

/**
 * An organ's rules of procedure as versions, each in force from a date until the next (ADR 0018): a
 * meeting or a deadline is judged by the version of its date. The rules on the organ become its first
 * version, in force from its establishment (or from the beginning when that is unknown).
 */
export class OrganRuleVersions1765500301000 implements MigrationInterface {
  name = 'OrganRuleVersions1765500301000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organ_rule_version (
        organ_id uuid NOT NULL REFERENCES organ (id) ON DELETE CASCADE,
        effective_from date NOT NULL,
        ${PROCEDURE_COLUMNS.map((column) => `${column} CHECK (${column.split(' ')[0]} >= 0)`).join(',\n        ')},
        decision_rule text NOT NULL CHECK (decision_rule IN ('CONSENSUS', 'VOTE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organ_id, effective_from),
        CONSTRAINT ck_organ_rule_version_notice_range CHECK (
          notice_period_max_days IS NULL OR notice_period_days IS NULL OR notice_period_max_days >= notice_period_days)
      )`);
    await queryRunner.query(`
      INSERT INTO organ_rule_version (organ_id, effective_from, ${NAMES}, decision_rule)
      SELECT id, COALESCE(established_on, DATE '1900-01-01'), ${NAMES}, decision_rule FROM organ`);
    await queryRunner.query(`ALTER TABLE organ ${[...NAMES.split(', '), 'decision_rule'].map((name) => `DROP COLUMN ${name}`).join(', ')}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE organ ${PROCEDURE_COLUMNS.map((column) => `ADD COLUMN ${column}`).join(', ')}, ADD COLUMN decision_rule text NOT NULL DEFAULT 'CONSENSUS'`,
    );
    await queryRunner.query(`
      UPDATE organ o SET (${NAMES}, decision_rule) = (
        SELECT ${NAMES}, decision_rule FROM organ_rule_version v
        WHERE v.organ_id = o.id ORDER BY effective_from DESC LIMIT 1)
      WHERE EXISTS (SELECT 1 FROM organ_rule_version v WHERE v.organ_id = o.id)`);
    await queryRunner.query(`DROP TABLE organ_rule_version`);
  }
}

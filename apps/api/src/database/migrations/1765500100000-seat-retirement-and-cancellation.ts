import type { MigrationInterface, QueryRunner } from 'typeorm';

const term = `daterange(starts_on, ends_on, '[]') WITH &&`;

/** The exclusion constraints of ADR 0008, each with the rows it compares. */
const exclusions: readonly { name: string; columns: string; where: string }[] = [
  { name: 'ex_appointment_one_member_per_seat', columns: `seat_id WITH =, ${term}`, where: `role = 'MEMBER'` },
  { name: 'ex_appointment_one_observer_per_seat', columns: `seat_id WITH =, ${term}`, where: `role = 'OBSERVER'` },
  { name: 'ex_appointment_one_personal_deputy', columns: `deputy_for_appointment_id WITH =, ${term}`, where: `role = 'PERSONAL_DEPUTY'` },
  { name: 'ex_appointment_deputy_rank', columns: `seat_id WITH =, deputy_rank WITH =, ${term}`, where: `role = 'DEPUTY'` },
  { name: 'ex_appointment_one_member_seat_per_person', columns: `organ_id WITH =, person_id WITH =, ${term}`, where: `role = 'MEMBER'` },
  { name: 'ex_appointment_one_office_holder', columns: `organ_id WITH =, role WITH =, ${term}`, where: `role IN ('CHAIR', 'VICE_CHAIR')` },
];

/**
 * Correcting the register (ADR 0016): a seat is retired from a date and keeps its history; an
 * appointment registered in error is cancelled, kept with when and why (or which appointment replaced
 * it before it started), and no longer counts for any "one at a time" rule. A person may name the
 * partner they work for, which gives their side.
 */
export class SeatRetirementAndCancellation1765500100000 implements MigrationInterface {
  name = 'SeatRetirementAndCancellation1765500100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE seat ADD COLUMN retired_on date`);
    await queryRunner.query(`ALTER TABLE person ADD COLUMN partner_id uuid REFERENCES partner (id)`);
    await queryRunner.query(`ALTER TABLE appointment ADD COLUMN cancelled_at timestamptz`);
    await queryRunner.query(`ALTER TABLE appointment ADD COLUMN cancellation_reason text`);
    // The replacement is inserted after the appointment it supersedes is cancelled: checked at commit.
    await queryRunner.query(`
      ALTER TABLE appointment ADD COLUMN replaced_by_appointment_id uuid
        REFERENCES appointment (id) DEFERRABLE INITIALLY DEFERRED`);
    await queryRunner.query(`
      ALTER TABLE appointment ADD CONSTRAINT ck_appointment_cancellation CHECK (
        CASE WHEN cancelled_at IS NULL THEN cancellation_reason IS NULL AND replaced_by_appointment_id IS NULL
             ELSE cancellation_reason IS NOT NULL OR replaced_by_appointment_id IS NOT NULL END)`);
    for (const exclusion of exclusions) {
      await queryRunner.query(`ALTER TABLE appointment DROP CONSTRAINT ${exclusion.name}`);
      await queryRunner.query(`
        ALTER TABLE appointment ADD CONSTRAINT ${exclusion.name}
          EXCLUDE USING gist (${exclusion.columns}) WHERE (${exclusion.where} AND cancelled_at IS NULL)`);
    }
    // A cancellation is a record of what happened: once cancelled, the row never changes (nor comes back).
    await queryRunner.query(`
      CREATE FUNCTION appointment_cancelled_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.cancelled_at IS NOT NULL AND NEW IS DISTINCT FROM OLD THEN
          RAISE EXCEPTION 'appointment % is cancelled and cannot change', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER tr_appointment_cancelled_is_final BEFORE UPDATE ON appointment
        FOR EACH ROW EXECUTE FUNCTION appointment_cancelled_is_final()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tr_appointment_cancelled_is_final ON appointment`);
    await queryRunner.query(`DROP FUNCTION appointment_cancelled_is_final()`);
    // Cancelled rows would break the stricter constraints: they go, as before this migration nothing was cancelled.
    await queryRunner.query(`UPDATE appointment SET replaced_by_appointment_id = NULL`);
    await queryRunner.query(`DELETE FROM appointment WHERE cancelled_at IS NOT NULL`);
    for (const exclusion of exclusions) {
      await queryRunner.query(`ALTER TABLE appointment DROP CONSTRAINT ${exclusion.name}`);
      await queryRunner.query(`
        ALTER TABLE appointment ADD CONSTRAINT ${exclusion.name}
          EXCLUDE USING gist (${exclusion.columns}) WHERE (${exclusion.where})`);
    }
    await queryRunner.query(`ALTER TABLE appointment DROP CONSTRAINT ck_appointment_cancellation`);
    await queryRunner.query(`ALTER TABLE appointment DROP COLUMN replaced_by_appointment_id`);
    await queryRunner.query(`ALTER TABLE appointment DROP COLUMN cancellation_reason`);
    await queryRunner.query(`ALTER TABLE appointment DROP COLUMN cancelled_at`);
    await queryRunner.query(`ALTER TABLE person DROP COLUMN partner_id`);
    await queryRunner.query(`ALTER TABLE seat DROP COLUMN retired_on`);
  }
}

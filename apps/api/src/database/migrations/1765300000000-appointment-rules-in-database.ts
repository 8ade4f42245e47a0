import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The appointment rules that parallel requests could slip past in code, kept by PostgreSQL: one
 * holder per observer seat, one personal deputy per member appointment, one holder per place on the
 * hospital's deputy list, one member seat per person in an organ, one chair and one vice-chair per
 * organ, each at a time. The service maps every constraint name to its refusal reason
 * (appointment.constraints.ts).
 */
export class AppointmentRulesInDatabase1765300000000 implements MigrationInterface {
  name = 'AppointmentRulesInDatabase1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Rules across the seats of an organ need the organ on the appointment row. It is copied from the
    // seat on insert, so no writer can forget it, and the composite key keeps the copy true.
    await queryRunner.query(`ALTER TABLE seat ADD CONSTRAINT uq_seat_organ UNIQUE (id, organ_id)`);
    await queryRunner.query(`ALTER TABLE appointment ADD COLUMN organ_id uuid`);
    await queryRunner.query(`UPDATE appointment SET organ_id = seat.organ_id FROM seat WHERE seat.id = appointment.seat_id`);
    await queryRunner.query(`ALTER TABLE appointment ALTER COLUMN organ_id SET NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE appointment ADD CONSTRAINT fk_appointment_seat_organ
        FOREIGN KEY (seat_id, organ_id) REFERENCES seat (id, organ_id) ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`
      CREATE FUNCTION appointment_organ_from_seat() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT organ_id INTO NEW.organ_id FROM seat WHERE id = NEW.seat_id;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER tr_appointment_organ_from_seat BEFORE INSERT OR UPDATE OF seat_id ON appointment
        FOR EACH ROW EXECUTE FUNCTION appointment_organ_from_seat()`);

    const term = `daterange(starts_on, ends_on, '[]') WITH &&`;
    await queryRunner.query(`
      ALTER TABLE appointment ADD CONSTRAINT ex_appointment_one_observer_per_seat
        EXCLUDE USING gist (seat_id WITH =, ${term}) WHERE (role = 'OBSERVER')`);
    await queryRunner.query(`
      ALTER TABLE appointment ADD CONSTRAINT ex_appointment_one_personal_deputy
        EXCLUDE USING gist (deputy_for_appointment_id WITH =, ${term}) WHERE (role = 'PERSONAL_DEPUTY')`);
    await queryRunner.query(`
      ALTER TABLE appointment ADD CONSTRAINT ex_appointment_deputy_rank
        EXCLUDE USING gist (seat_id WITH =, deputy_rank WITH =, ${term}) WHERE (role = 'DEPUTY')`);
    await queryRunner.query(`
      ALTER TABLE appointment ADD CONSTRAINT ex_appointment_one_member_seat_per_person
        EXCLUDE USING gist (organ_id WITH =, person_id WITH =, ${term}) WHERE (role = 'MEMBER')`);
    await queryRunner.query(`
      ALTER TABLE appointment ADD CONSTRAINT ex_appointment_one_office_holder
        EXCLUDE USING gist (organ_id WITH =, role WITH =, ${term}) WHERE (role IN ('CHAIR', 'VICE_CHAIR'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const constraint of [
      'ex_appointment_one_office_holder',
      'ex_appointment_one_member_seat_per_person',
      'ex_appointment_deputy_rank',
      'ex_appointment_one_personal_deputy',
      'ex_appointment_one_observer_per_seat',
      'fk_appointment_seat_organ',
    ]) {
      await queryRunner.query(`ALTER TABLE appointment DROP CONSTRAINT ${constraint}`);
    }
    await queryRunner.query(`DROP TRIGGER tr_appointment_organ_from_seat ON appointment`);
    await queryRunner.query(`DROP FUNCTION appointment_organ_from_seat()`);
    await queryRunner.query(`ALTER TABLE appointment DROP COLUMN organ_id`);
    await queryRunner.query(`ALTER TABLE seat DROP CONSTRAINT uq_seat_organ`);
  }
}

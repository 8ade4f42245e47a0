import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SeatsAndAppointments1764079200000 implements MigrationInterface {
  name = 'SeatsAndAppointments1764079200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organ ADD COLUMN officers_elected_by_organ_id uuid REFERENCES organ (id) ON DELETE SET NULL`);
    await queryRunner.query(`ALTER TABLE organ ADD COLUMN chair_rotation_years integer CHECK (chair_rotation_years > 0)`);
    await queryRunner.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        name text NOT NULL,
        title text,
        employer text,
        email text,
        phone text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_person_community ON person (community_id)`);
    await queryRunner.query(`
      CREATE TABLE seat (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        organ_id uuid NOT NULL REFERENCES organ (id) ON DELETE CASCADE,
        position integer NOT NULL,
        label text NOT NULL,
        side text NOT NULL CONSTRAINT ck_seat_side CHECK (side IN ('HOSPITAL', 'MUNICIPAL', 'OBSERVER')),
        voting boolean NOT NULL,
        appointing_body_kind text NOT NULL CONSTRAINT ck_seat_appointing_body_kind CHECK (appointing_body_kind IN ('REGIONAL_COUNCIL', 'PARTNER', 'ORGAN', 'EXTERNAL')),
        appointing_regional_council_id uuid REFERENCES regional_council (id),
        appointing_partner_id uuid REFERENCES partner (id),
        appointing_organ_id uuid REFERENCES organ (id),
        appointing_body_name text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_seat_appointing_body CHECK (
          (appointing_body_kind = 'REGIONAL_COUNCIL') = (appointing_regional_council_id IS NOT NULL)
          AND (appointing_body_kind = 'PARTNER') = (appointing_partner_id IS NOT NULL)
          AND (appointing_body_kind = 'ORGAN') = (appointing_organ_id IS NOT NULL)
          AND (appointing_body_kind = 'EXTERNAL') = (appointing_body_name IS NOT NULL)),
        CONSTRAINT ck_seat_observer_votes_not CHECK (side <> 'OBSERVER' OR NOT voting),
        CONSTRAINT uq_seat_label UNIQUE (organ_id, label)
      )`);
    await queryRunner.query(`CREATE INDEX ix_seat_organ ON seat (organ_id, position)`);
    await queryRunner.query(`CREATE INDEX ix_seat_regional_council ON seat (appointing_regional_council_id)`);
    await queryRunner.query(`
      CREATE TABLE appointment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        seat_id uuid NOT NULL REFERENCES seat (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person (id),
        role text NOT NULL CONSTRAINT ck_appointment_role CHECK (role IN
          ('MEMBER', 'PERSONAL_DEPUTY', 'DEPUTY', 'OBSERVER', 'CHAIR', 'VICE_CHAIR', 'SECRETARY')),
        deputy_for_appointment_id uuid REFERENCES appointment (id) ON DELETE CASCADE,
        deputy_rank integer CHECK (deputy_rank > 0),
        starts_on date NOT NULL,
        ends_on date,
        appointed_by text NOT NULL,
        decision_reference text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_appointment_period CHECK (ends_on IS NULL OR ends_on >= starts_on),
        CONSTRAINT ck_appointment_personal_deputy CHECK ((role = 'PERSONAL_DEPUTY') = (deputy_for_appointment_id IS NOT NULL)),
        CONSTRAINT ck_appointment_deputy_rank CHECK ((role = 'DEPUTY') = (deputy_rank IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX ix_appointment_seat ON appointment (seat_id, starts_on)`);
    await queryRunner.query(`CREATE INDEX ix_appointment_person ON appointment (person_id)`);
    await queryRunner.query(`CREATE INDEX ix_appointment_community_end ON appointment (community_id, ends_on)`);
    // The database keeps the core rule even if code forgets it: one member per seat at a time.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`
      ALTER TABLE appointment ADD CONSTRAINT ex_appointment_one_member_per_seat
        EXCLUDE USING gist (seat_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&) WHERE (role = 'MEMBER')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE appointment`);
    await queryRunner.query(`DROP TABLE seat`);
    await queryRunner.query(`DROP TABLE person`);
    await queryRunner.query(`ALTER TABLE organ DROP COLUMN chair_rotation_years`);
    await queryRunner.query(`ALTER TABLE organ DROP COLUMN officers_elected_by_organ_id`);
  }
}

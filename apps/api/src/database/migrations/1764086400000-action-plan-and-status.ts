import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ActionPlanAndStatus1764086400000 implements MigrationInterface {
  name = 'ActionPlanAndStatus1764086400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE action_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        title text NOT NULL,
        period_from integer NOT NULL,
        period_to integer NOT NULL,
        status text NOT NULL CONSTRAINT ck_action_plan_status CHECK (status IN ('DRAFT', 'ADOPTED', 'PROLONGED', 'CLOSED')),
        adopted_by_case text,
        prolonged_reason text,
        prolonged_by_case text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_action_plan_period CHECK (period_to >= period_from),
        CONSTRAINT ck_action_plan_prolonged CHECK (status <> 'PROLONGED' OR (prolonged_reason IS NOT NULL AND prolonged_by_case IS NOT NULL)),
        CONSTRAINT uq_action_plan_title UNIQUE (community_id, title)
      )`);
    await queryRunner.query(`
      CREATE TABLE focus_area (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number > 0),
        title text NOT NULL,
        responsible_organ_id uuid REFERENCES organ (id) ON DELETE SET NULL,
        CONSTRAINT uq_focus_area_number UNIQUE (plan_id, number)
      )`);
    await queryRunner.query(`
      CREATE TABLE target (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        focus_area_id uuid NOT NULL REFERENCES focus_area (id) ON DELETE CASCADE,
        position integer NOT NULL,
        description text NOT NULL,
        indicator_name text NOT NULL,
        unit text NOT NULL,
        baseline numeric,
        target_value numeric,
        starts_on date,
        due_date date
      )`);
    await queryRunner.query(`CREATE INDEX ix_target_focus_area ON target (focus_area_id, position)`);
    await queryRunner.query(`
      CREATE TABLE measure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        focus_area_id uuid NOT NULL REFERENCES focus_area (id) ON DELETE CASCADE,
        position integer NOT NULL,
        title text NOT NULL,
        owner_partner_id uuid REFERENCES partner (id) ON DELETE SET NULL,
        owner_organ_id uuid REFERENCES organ (id) ON DELETE SET NULL,
        reporter_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        starts_on date,
        ends_on date,
        patient_groups text[] NOT NULL DEFAULT '{}',
        CONSTRAINT ck_measure_period CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
      )`);
    await queryRunner.query(`CREATE INDEX ix_measure_focus_area ON measure (focus_area_id, position)`);
    await queryRunner.query(`
      CREATE TABLE status_update (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        measure_id uuid REFERENCES measure (id) ON DELETE CASCADE,
        target_id uuid REFERENCES target (id) ON DELETE CASCADE,
        reported_on date NOT NULL,
        status text CONSTRAINT ck_status_update_status CHECK (status IN ('ON_TRACK', 'AT_RISK', 'DELAYED', 'COMPLETED', 'NOT_STARTED', 'CANCELLED')),
        progress integer CHECK (progress BETWEEN 0 AND 100),
        indicator_value numeric,
        comment text NOT NULL DEFAULT '',
        author_user_id uuid,
        author_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_status_update_subject CHECK ((measure_id IS NULL) <> (target_id IS NULL)),
        CONSTRAINT ck_status_update_target_value CHECK (target_id IS NULL OR indicator_value IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX ix_status_update_measure ON status_update (measure_id, reported_on)`);
    await queryRunner.query(`CREATE INDEX ix_status_update_target ON status_update (target_id, reported_on)`);
    await queryRunner.query(`
      CREATE TABLE status_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
        year integer NOT NULL,
        cut_off_date date NOT NULL,
        commentary jsonb NOT NULL DEFAULT '{}',
        snapshot jsonb,
        case_reference text,
        frozen_at timestamptz,
        frozen_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_status_report_year UNIQUE (plan_id, year),
        CONSTRAINT ck_status_report_frozen CHECK ((frozen_at IS NULL) = (snapshot IS NULL) AND (frozen_at IS NULL OR case_reference IS NOT NULL))
      )`);
    // History is kept and frozen reports stay as they were: PostgreSQL refuses to change either.
    await queryRunner.query(`
      CREATE FUNCTION status_update_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'status_update is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER tr_status_update_append_only BEFORE UPDATE OR DELETE ON status_update
        FOR EACH ROW EXECUTE FUNCTION status_update_append_only()`);
    await queryRunner.query(`
      CREATE FUNCTION status_report_frozen_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.frozen_at IS NOT NULL THEN
          RAISE EXCEPTION 'status report % for % is frozen: % is not allowed', OLD.id, OLD.year, TG_OP USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER tr_status_report_frozen_immutable BEFORE UPDATE OR DELETE ON status_report
        FOR EACH ROW EXECUTE FUNCTION status_report_frozen_immutable()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['status_report', 'status_update', 'measure', 'target', 'focus_area', 'action_plan']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION status_report_frozen_immutable()`);
    await queryRunner.query(`DROP FUNCTION status_update_append_only()`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case register and the meetings that handle its cases (ADR 0022): the core every later part builds on.
 * A case is numbered per organ and year from a counter row locked in the registering transaction (a
 * sequence would leave gaps on rollback); the unique key refuses a duplicate under any client. A case is
 * public or exempt with a legal basis (Noark 5: tilgangsrestriksjon + skjermingshjemmel). A meeting belongs
 * to an organ and has an agenda of cases in order; a case put on the agenda after the organ's submission
 * deadline carries the chair's recorded exception.
 */
export class CasesAndMeetings1765700000000 implements MigrationInterface {
  name = 'CasesAndMeetings1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_number_counter (
        organ_id uuid NOT NULL REFERENCES organ (id),
        year integer NOT NULL CHECK (year BETWEEN 1900 AND 2199),
        last_number integer NOT NULL CHECK (last_number >= 0),
        PRIMARY KEY (organ_id, year)
      )`);
    await queryRunner.query(`
      CREATE TABLE case_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id),
        organ_id uuid NOT NULL REFERENCES organ (id),
        year integer NOT NULL CHECK (year BETWEEN 1900 AND 2199),
        number integer NOT NULL CHECK (number > 0),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        kind text NOT NULL CHECK (kind IN ('DECISION', 'ORIENTATION', 'DISCUSSION')),
        status text NOT NULL DEFAULT 'DRAFT'
          CHECK (status IN ('DRAFT', 'SUBMITTED', 'ON_AGENDA', 'DECIDED', 'POSTPONED', 'WITHDRAWN')),
        submitted_on date,
        access text NOT NULL DEFAULT 'PUBLIC' CHECK (access IN ('PUBLIC', 'EXEMPT')),
        exemption_basis text,
        public_title text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_case_file_number UNIQUE (organ_id, year, number),
        CONSTRAINT ck_case_file_exemption CHECK (
          (access = 'EXEMPT' AND exemption_basis IS NOT NULL AND length(btrim(exemption_basis)) > 0)
          OR (access = 'PUBLIC' AND exemption_basis IS NULL AND public_title IS NULL)),
        CONSTRAINT ck_case_file_submitted CHECK (status = 'DRAFT' OR status = 'WITHDRAWN' OR submitted_on IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX ix_case_file_community ON case_file (community_id, year)`);
    await queryRunner.query(`
      CREATE TABLE meeting_plan (
        organ_id uuid NOT NULL REFERENCES organ (id),
        year integer NOT NULL CHECK (year BETWEEN 1900 AND 2199),
        adopted_on date,
        adopted_by_case_id uuid REFERENCES case_file (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organ_id, year)
      )`);
    await queryRunner.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id),
        organ_id uuid NOT NULL REFERENCES organ (id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz,
        place text,
        video_url text,
        is_open boolean NOT NULL DEFAULT true,
        kind text NOT NULL DEFAULT 'ORDINARY' CHECK (kind IN ('ORDINARY', 'EXTRAORDINARY')),
        state text NOT NULL DEFAULT 'PLANNED' CHECK (state IN ('PLANNED', 'NOTICE_SENT', 'HELD', 'CANCELLED')),
        notice_sent_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_meeting_ends CHECK (ends_at IS NULL OR ends_at > starts_at),
        CONSTRAINT ck_meeting_notice CHECK (state IN ('PLANNED', 'CANCELLED') OR notice_sent_at IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX ix_meeting_organ_starts ON meeting (organ_id, starts_at)`);
    await queryRunner.query(`
      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting (id),
        case_id uuid NOT NULL REFERENCES case_file (id),
        position integer NOT NULL CHECK (position > 0),
        late_exception_reason text,
        late_exception_recorded_by uuid REFERENCES app_user (id),
        late_exception_recorded_at timestamptz,
        added_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_agenda_item_case UNIQUE (meeting_id, case_id),
        CONSTRAINT uq_agenda_item_position UNIQUE (meeting_id, position) DEFERRABLE INITIALLY DEFERRED,
        CONSTRAINT ck_agenda_item_exception CHECK (
          (late_exception_reason IS NULL) = (late_exception_recorded_at IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX ix_agenda_item_case ON agenda_item (case_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE agenda_item`);
    await queryRunner.query(`DROP TABLE meeting`);
    await queryRunner.query(`DROP TABLE meeting_plan`);
    await queryRunner.query(`DROP TABLE case_file`);
    await queryRunner.query(`DROP TABLE case_number_counter`);
  }
}

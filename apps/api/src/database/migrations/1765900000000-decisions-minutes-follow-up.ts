import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * From the meeting to what each municipality did (ADR 0027): who attended, what was decided and how each
 * member voted, the minutes and their approval, and each partner's local follow-up of a binding decision.
 *
 * - `meeting_attendance`: one row per appointment that attended; a deputy's row names the member's
 *   appointment it stands in for (unique per meeting, so two deputies cannot stand in for one member).
 * - `decision`: a case's outcome at a meeting. Immutable once recorded: a correction is a new row that
 *   names the one it corrects (`corrects_decision_id`, unique) with a reason; the current decision of a
 *   case at a meeting is the one no other corrects. `recommendation` keeps the recommendation as it stood,
 *   so the difference from the decision text is kept. One original per case and meeting.
 * - `decision_vote`: each voting person's vote, recorded whenever a vote is not unanimous.
 * - `minutes`: the meeting's minutes; approval by silence is computed from the clock (`sent_at` plus the
 *   organ's objection period) and recorded as `approved_on`; `minutes_objection` holds objections and
 *   their resolution; `minutes_correction` corrects approved minutes with a reason.
 * - `follow_up`: a partner's local handling of a binding decision; a partner without a row has not
 *   started. The decision it follows is the original (corrections keep the follow-up).
 */
export class DecisionsMinutesFollowUp1765900000000 implements MigrationInterface {
  name = 'DecisionsMinutesFollowUp1765900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE meeting_attendance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id),
        meeting_id uuid NOT NULL REFERENCES meeting (id),
        appointment_id uuid NOT NULL REFERENCES appointment (id),
        person_id uuid NOT NULL REFERENCES person (id),
        stands_in_for_appointment_id uuid REFERENCES appointment (id),
        recorded_at timestamptz NOT NULL,
        recorded_by uuid REFERENCES app_user (id),
        CONSTRAINT uq_meeting_attendance_appointment UNIQUE (meeting_id, appointment_id),
        CONSTRAINT uq_meeting_attendance_stands_in UNIQUE (meeting_id, stands_in_for_appointment_id),
        CONSTRAINT ck_meeting_attendance_not_self CHECK (stands_in_for_appointment_id IS NULL OR stands_in_for_appointment_id <> appointment_id)
      )`);
    await queryRunner.query(`CREATE INDEX ix_meeting_attendance_person ON meeting_attendance (person_id)`);
    await queryRunner.query(`
      CREATE TABLE decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id),
        organ_id uuid NOT NULL REFERENCES organ (id),
        meeting_id uuid NOT NULL REFERENCES meeting (id),
        case_id uuid NOT NULL REFERENCES case_file (id),
        kind text NOT NULL CONSTRAINT ck_decision_kind CHECK (kind IN ('CONSENSUS', 'VOTE', 'NOTED', 'POSTPONED')),
        text text NOT NULL CHECK (length(btrim(text)) > 0),
        recommendation text[] NOT NULL DEFAULT '{}',
        decided_on date NOT NULL,
        postponed_to_meeting_id uuid REFERENCES meeting (id),
        corrects_decision_id uuid REFERENCES decision (id),
        correction_reason text,
        recorded_at timestamptz NOT NULL,
        recorded_by uuid REFERENCES app_user (id),
        CONSTRAINT uq_decision_corrects UNIQUE (corrects_decision_id),
        CONSTRAINT ck_decision_correction CHECK ((corrects_decision_id IS NULL) = (correction_reason IS NULL)),
        CONSTRAINT ck_decision_postponed CHECK (postponed_to_meeting_id IS NULL OR kind = 'POSTPONED')
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_decision_original ON decision (meeting_id, case_id) WHERE corrects_decision_id IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX ix_decision_case ON decision (case_id)`);
    await queryRunner.query(`CREATE INDEX ix_decision_community_date ON decision (community_id, decided_on)`);
    await queryRunner.query(`
      CREATE TABLE decision_vote (
        decision_id uuid NOT NULL REFERENCES decision (id),
        person_id uuid NOT NULL REFERENCES person (id),
        appointment_id uuid NOT NULL REFERENCES appointment (id),
        vote text NOT NULL CONSTRAINT ck_decision_vote CHECK (vote IN ('YES', 'NO', 'ABSTAIN')),
        PRIMARY KEY (decision_id, person_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE minutes (
        meeting_id uuid PRIMARY KEY REFERENCES meeting (id),
        community_id uuid NOT NULL REFERENCES community (id),
        body text NOT NULL DEFAULT '',
        sent_at timestamptz,
        sent_by uuid REFERENCES app_user (id),
        approved_on date,
        approved_by_silence boolean,
        published_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_minutes_approved_after_sent CHECK (approved_on IS NULL OR sent_at IS NOT NULL),
        CONSTRAINT ck_minutes_published_after_approved CHECK (published_at IS NULL OR approved_on IS NOT NULL)
      )`);
    await queryRunner.query(`
      CREATE TABLE minutes_objection (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id),
        meeting_id uuid NOT NULL REFERENCES minutes (meeting_id),
        text text NOT NULL CHECK (length(btrim(text)) > 0),
        raised_at timestamptz NOT NULL,
        raised_by uuid REFERENCES app_user (id),
        resolved_at timestamptz,
        resolved_by uuid REFERENCES app_user (id),
        resolution text,
        CONSTRAINT ck_minutes_objection_resolution CHECK ((resolved_at IS NULL) = (resolution IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX ix_minutes_objection_meeting ON minutes_objection (meeting_id)`);
    await queryRunner.query(`
      CREATE TABLE minutes_correction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id),
        meeting_id uuid NOT NULL REFERENCES minutes (meeting_id),
        text text NOT NULL CHECK (length(btrim(text)) > 0),
        reason text NOT NULL CHECK (length(btrim(reason)) > 0),
        recorded_at timestamptz NOT NULL,
        recorded_by uuid REFERENCES app_user (id)
      )`);
    await queryRunner.query(`CREATE INDEX ix_minutes_correction_meeting ON minutes_correction (meeting_id)`);
    await queryRunner.query(`
      CREATE TABLE follow_up (
        decision_id uuid NOT NULL REFERENCES decision (id),
        partner_id uuid NOT NULL REFERENCES partner (id),
        community_id uuid NOT NULL REFERENCES community (id),
        status text NOT NULL CONSTRAINT ck_follow_up_status CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'ADOPTED', 'DECLINED')),
        local_reference text,
        local_date date,
        note text,
        updated_at timestamptz NOT NULL,
        updated_by uuid REFERENCES app_user (id),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (decision_id, partner_id)
      )`);
    await queryRunner.query(`CREATE INDEX ix_follow_up_partner ON follow_up (partner_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'follow_up',
      'minutes_correction',
      'minutes_objection',
      'minutes',
      'decision_vote',
      'decision',
      'meeting_attendance',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The meeting's notice and who meets (ADR 0025). The outbox carries attachments: a file is stored once
 * (`mail_attachment`) and named by every message that carries it, so one notice PDF sent to thirty
 * recipients is one row. A sent notice records its PDF and the cases sent out with it (a case not sent
 * out cannot be decided later). A member reports absence (forfall) for a meeting; the secretariat calls
 * in a deputy for the absent member.
 */
export class MeetingNotice1765700300000 implements MigrationInterface {
  name = 'MeetingNotice1765700300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE mail_attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        filename text NOT NULL CHECK (length(btrim(filename)) > 0),
        content_type text NOT NULL CHECK (length(btrim(content_type)) > 0),
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE mail_outbox_attachment (
        message_id bigint NOT NULL REFERENCES mail_outbox (id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position > 0),
        attachment_id uuid NOT NULL REFERENCES mail_attachment (id),
        PRIMARY KEY (message_id, position)
      )`);
    await queryRunner.query(`CREATE INDEX ix_mail_outbox_attachment_file ON mail_outbox_attachment (attachment_id)`);
    await queryRunner.query(`
      CREATE TABLE meeting_notice (
        meeting_id uuid PRIMARY KEY REFERENCES meeting (id),
        community_id uuid NOT NULL REFERENCES community (id),
        sent_at timestamptz NOT NULL,
        sent_by uuid REFERENCES app_user (id),
        document_id uuid NOT NULL REFERENCES mail_attachment (id),
        recipient_count integer NOT NULL CHECK (recipient_count >= 0)
      )`);
    await queryRunner.query(`
      CREATE TABLE meeting_notice_case (
        meeting_id uuid NOT NULL REFERENCES meeting_notice (meeting_id),
        case_id uuid NOT NULL REFERENCES case_file (id),
        position integer NOT NULL CHECK (position > 0),
        PRIMARY KEY (meeting_id, case_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE meeting_absence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id),
        meeting_id uuid NOT NULL REFERENCES meeting (id),
        member_appointment_id uuid NOT NULL REFERENCES appointment (id),
        reason text,
        reported_at timestamptz NOT NULL,
        reported_by uuid REFERENCES app_user (id),
        deputy_appointment_id uuid REFERENCES appointment (id),
        deputy_called_at timestamptz,
        deputy_called_by uuid REFERENCES app_user (id),
        CONSTRAINT uq_meeting_absence_member UNIQUE (meeting_id, member_appointment_id),
        CONSTRAINT uq_meeting_absence_deputy UNIQUE (meeting_id, deputy_appointment_id),
        CONSTRAINT ck_meeting_absence_deputy CHECK ((deputy_appointment_id IS NULL) = (deputy_called_at IS NULL)),
        CONSTRAINT ck_meeting_absence_not_self CHECK (deputy_appointment_id IS NULL OR deputy_appointment_id <> member_appointment_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE meeting_absence`);
    await queryRunner.query(`DROP TABLE meeting_notice_case`);
    await queryRunner.query(`DROP TABLE meeting_notice`);
    await queryRunner.query(`DROP TABLE mail_outbox_attachment`);
    await queryRunner.query(`DROP TABLE mail_attachment`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox: a message is a row written in the transaction of the change that sends
 * it; a worker claims due rows (FOR UPDATE SKIP LOCKED, then a lease), sends them and marks them sent.
 */
export class MailOutbox1765100200000 implements MigrationInterface {
  name = 'MailOutbox1765100200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE mail_outbox (
        id bigserial PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT now(),
        recipient text NOT NULL,
        subject text NOT NULL,
        body text,
        attempts integer NOT NULL DEFAULT 0 CONSTRAINT ck_mail_outbox_attempts CHECK (attempts >= 0),
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        claim_token uuid,
        claimed_until timestamptz,
        sent_at timestamptz,
        failed_at timestamptz,
        last_error text,
        CONSTRAINT ck_mail_outbox_claim CHECK ((claim_token IS NULL) = (claimed_until IS NULL)),
        CONSTRAINT ck_mail_outbox_done CHECK (sent_at IS NULL OR failed_at IS NULL)
      )`);
    // The worker's question: which unsent rows are due?
    await queryRunner.query(`
      CREATE INDEX ix_mail_outbox_due ON mail_outbox (next_attempt_at, id) WHERE sent_at IS NULL AND failed_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mail_outbox`);
  }
}

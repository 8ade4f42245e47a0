import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password checks counted per key ("account:<e-mail>", "address:<ip>") in one row each, updated under
 * a row lock before the check, so parallel guesses are counted like sequential ones. Replaces the log
 * of failures, which was counted before and written after the check.
 */
export class PasswordAttempts1765100000000 implements MigrationInterface {
  name = 'PasswordAttempts1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE password_attempt (
        key text PRIMARY KEY,
        attempts integer NOT NULL CONSTRAINT ck_password_attempt_attempts CHECK (attempts >= 0),
        window_started_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX ix_password_attempt_window ON password_attempt (window_started_at)`);
    await queryRunner.query(`DROP TABLE sign_in_failure`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sign_in_failure (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_sign_in_failure_email ON sign_in_failure (email, at)`);
    await queryRunner.query(`CREATE INDEX ix_sign_in_failure_ip ON sign_in_failure (ip, at)`);
    await queryRunner.query(`DROP TABLE password_attempt`);
  }
}

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
    // One call counts an attempt on every key, or on none: the keys' rows are locked (in one order,
    // so two calls never wait on each other in a circle), windows that ran out start over, and the
    // attempt is counted only when every key is below its limit. One round trip, so the locks are
    // held for microseconds however many attempts arrive at once. Returns each key's window as it
    // was before this attempt, and whether the attempt was counted.
    await queryRunner.query(`
      CREATE FUNCTION count_password_attempt(keys text[], limits integer[], window_seconds double precision)
      RETURNS TABLE (key text, prior_attempts integer, window_started_at timestamptz, counted boolean, checked_at timestamptz)
      LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE
        allowed boolean;
      BEGIN
        INSERT INTO password_attempt AS attempt (key, attempts, window_started_at)
          SELECT given.key, 0, now() FROM unnest(keys) WITH ORDINALITY AS given(key, position) ORDER BY given.position
          ON CONFLICT ON CONSTRAINT password_attempt_pkey DO NOTHING;
        PERFORM 1 FROM password_attempt AS attempt WHERE attempt.key = ANY(keys) ORDER BY attempt.key COLLATE "C" FOR UPDATE;
        UPDATE password_attempt AS attempt SET attempts = 0, window_started_at = now()
          WHERE attempt.key = ANY(keys) AND attempt.window_started_at <= now() - make_interval(secs => window_seconds);
        SELECT bool_and(attempt.attempts < given.max_attempts) INTO allowed
          FROM password_attempt AS attempt JOIN unnest(keys, limits) AS given(key, max_attempts) ON attempt.key = given.key;
        IF allowed THEN
          UPDATE password_attempt AS attempt SET attempts = attempt.attempts + 1 WHERE attempt.key = ANY(keys);
        END IF;
        RETURN QUERY
          SELECT attempt.key, attempt.attempts - CASE WHEN allowed THEN 1 ELSE 0 END, attempt.window_started_at, allowed, now()
          FROM password_attempt AS attempt WHERE attempt.key = ANY(keys);
      END
      $$`);
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
    await queryRunner.query(`DROP FUNCTION count_password_attempt(text[], integer[], double precision)`);
    await queryRunner.query(`DROP TABLE password_attempt`);
  }
}

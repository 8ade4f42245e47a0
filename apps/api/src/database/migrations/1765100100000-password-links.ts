import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time links that let a person set their own password: an invitation to a new account, or a
 * reset. Only the token's hash is kept; using it is one UPDATE … WHERE used_at IS NULL, so a link
 * works once even when clicked twice at the same moment.
 */
export class PasswordLinks1765100100000 implements MigrationInterface {
  name = 'PasswordLinks1765100100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE password_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        purpose text NOT NULL CONSTRAINT ck_password_link_purpose CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET')),
        token_hash text NOT NULL CONSTRAINT uq_password_link_token UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CONSTRAINT ck_password_link_expiry CHECK (expires_at > created_at)
      )`);
    await queryRunner.query(`CREATE INDEX ix_password_link_user ON password_link (user_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE password_link`);
  }
}

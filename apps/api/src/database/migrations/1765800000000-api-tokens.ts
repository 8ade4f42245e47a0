import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal API tokens for scripts (ADR 0026): read-only, each with an expiry within a year. Only the
 * token's SHA-256 hash is stored; its first characters stay readable so the owner recognises it.
 */
export class ApiTokens1765800000000 implements MigrationInterface {
  name = 'ApiTokens1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE api_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        token_hash text NOT NULL UNIQUE,
        token_prefix text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        last_used_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT ck_api_token_expiry CHECK (expires_at > created_at AND expires_at <= created_at + interval '366 days')
      )`);
    await queryRunner.query(`CREATE INDEX ix_api_token_user ON api_token (user_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE api_token`);
  }
}

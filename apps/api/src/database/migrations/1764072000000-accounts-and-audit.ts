import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAndAudit1764072000000 implements MigrationInterface {
  name = 'AccountsAndAudit1764072000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CONSTRAINT ck_app_user_email_lower CHECK (email = lower(email)),
        name text NOT NULL,
        password_hash text,
        oidc_issuer text,
        oidc_subject text,
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_app_user_email UNIQUE (email),
        CONSTRAINT uq_app_user_oidc UNIQUE (oidc_issuer, oidc_subject)
      )`);
    await queryRunner.query(`
      CREATE TABLE role_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        role text NOT NULL CONSTRAINT ck_role_assignment_role CHECK (role IN
          ('SECRETARIAT', 'SSU_MEMBER', 'REGIONAL_COUNCIL', 'ANALYST', 'NATIONAL_ANALYST', 'PLATFORM_ADMIN')),
        community_id uuid REFERENCES community (id) ON DELETE CASCADE,
        regional_council_id uuid REFERENCES regional_council (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_role_assignment_scope CHECK (
          (role IN ('NATIONAL_ANALYST', 'PLATFORM_ADMIN') AND community_id IS NULL AND regional_council_id IS NULL)
          OR (role = 'REGIONAL_COUNCIL' AND community_id IS NOT NULL AND regional_council_id IS NOT NULL)
          OR (role IN ('SECRETARIAT', 'SSU_MEMBER', 'ANALYST') AND community_id IS NOT NULL AND regional_council_id IS NULL))
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX uq_role_assignment ON role_assignment
        (user_id, role, coalesce(community_id, '00000000-0000-0000-0000-000000000000'), coalesce(regional_council_id, '00000000-0000-0000-0000-000000000000'))`);
    await queryRunner.query(`CREATE INDEX ix_role_assignment_community ON role_assignment (community_id)`);
    await queryRunner.query(`
      CREATE TABLE user_session (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ip text,
        user_agent text
      )`);
    await queryRunner.query(`CREATE INDEX ix_user_session_user ON user_session (user_id)`);
    await queryRunner.query(`
      CREATE TABLE sign_in_failure (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_sign_in_failure_email ON sign_in_failure (email, at)`);
    await queryRunner.query(`CREATE INDEX ix_sign_in_failure_ip ON sign_in_failure (ip, at)`);
    await queryRunner.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        actor_email text,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        community_id uuid,
        before jsonb,
        after jsonb
      )`);
    await queryRunner.query(`CREATE INDEX ix_audit_event_community ON audit_event (community_id, id DESC)`);
    await queryRunner.query(`CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id)`);
    // Append-only, enforced by PostgreSQL for every role, the application's included.
    await queryRunner.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER tr_audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER tr_audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_event`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    for (const table of ['sign_in_failure', 'user_session', 'role_assignment', 'app_user']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}

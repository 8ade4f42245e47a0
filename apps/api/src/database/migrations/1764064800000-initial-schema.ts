import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764064800000 implements MigrationInterface {
  name = 'InitialSchema1764064800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE community (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        short_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_community_name UNIQUE (name)
      )`);
    await queryRunner.query(`
      CREATE TABLE partner (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        name text NOT NULL,
        kind text NOT NULL CONSTRAINT ck_partner_kind CHECK (kind IN ('MUNICIPALITY', 'HOSPITAL_TRUST')),
        municipality_number char(4),
        joined_on date,
        left_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_partner_municipality_number CHECK (
          (kind = 'MUNICIPALITY' AND municipality_number ~ '^[0-9]{4}$')
          OR (kind = 'HOSPITAL_TRUST' AND municipality_number IS NULL)),
        CONSTRAINT ck_partner_period CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on),
        CONSTRAINT uq_partner_municipality_number UNIQUE (community_id, municipality_number)
      )`);
    await queryRunner.query(`CREATE INDEX ix_partner_community ON partner (community_id)`);
    await queryRunner.query(`
      CREATE TABLE partner_population (
        partner_id uuid NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
        year integer NOT NULL,
        population integer NOT NULL CONSTRAINT ck_partner_population_non_negative CHECK (population >= 0),
        PRIMARY KEY (partner_id, year)
      )`);
    await queryRunner.query(`
      CREATE TABLE regional_council (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_regional_council_name UNIQUE (community_id, name)
      )`);
    await queryRunner.query(`
      CREATE TABLE regional_council_member (
        partner_id uuid PRIMARY KEY REFERENCES partner (id) ON DELETE CASCADE,
        regional_council_id uuid NOT NULL REFERENCES regional_council (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX ix_regional_council_member_council ON regional_council_member (regional_council_id)`);
    await queryRunner.query(`
      CREATE TABLE organ (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        name text NOT NULL,
        kind text NOT NULL CONSTRAINT ck_organ_kind CHECK (kind IN
          ('DIALOGUE_MEETING', 'PARTNERSHIP_MEETING', 'STRATEGIC_COMMITTEE', 'PROFESSIONAL_COMMITTEE', 'SECRETARIAT', 'OTHER')),
        established_on date,
        dissolved_on date,
        meetings_per_year integer CHECK (meetings_per_year >= 0),
        case_submission_deadline_days integer CHECK (case_submission_deadline_days >= 0),
        notice_period_days integer CHECK (notice_period_days >= 0),
        notice_period_max_days integer CHECK (notice_period_max_days >= notice_period_days),
        extraordinary_notice_days integer CHECK (extraordinary_notice_days >= 0),
        protocol_deadline_days integer CHECK (protocol_deadline_days >= 0),
        minutes_objection_period_days integer CHECK (minutes_objection_period_days >= 0),
        decision_rule text NOT NULL CONSTRAINT ck_organ_decision_rule CHECK (decision_rule IN ('CONSENSUS', 'VOTE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_organ_period CHECK (dissolved_on IS NULL OR established_on IS NULL OR dissolved_on >= established_on),
        CONSTRAINT uq_organ_name UNIQUE (community_id, name)
      )`);
    await queryRunner.query(`
      CREATE TABLE coordinator_budget (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        budget_year integer NOT NULL,
        state_grant integer NOT NULL CHECK (state_grant >= 0),
        fixed_share_ppm integer NOT NULL CHECK (fixed_share_ppm BETWEEN 0 AND 1000000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_coordinator_budget_year UNIQUE (community_id, budget_year)
      )`);
    await queryRunner.query(`
      CREATE TABLE coordinator_budget_cost_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        budget_id uuid NOT NULL REFERENCES coordinator_budget (id) ON DELETE CASCADE,
        position integer NOT NULL,
        label text NOT NULL,
        amount integer NOT NULL CHECK (amount >= 0),
        CONSTRAINT uq_coordinator_budget_cost_line_position UNIQUE (budget_id, position)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'coordinator_budget_cost_line',
      'coordinator_budget',
      'organ',
      'regional_council_member',
      'regional_council',
      'partner_population',
      'partner',
      'community',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}

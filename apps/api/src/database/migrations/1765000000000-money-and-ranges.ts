import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Money in bigint: an integer column holds at most 2 147 483 647 kr, and a budget line of 2 000 000 000 kr
 * made the total overflow every read of the community's budgets. Every amount, population, indicator value
 * and status date is also bounded here as the API bounds it, so nothing written past the API breaks a read.
 * The bounds on status updates are NOT VALID: the append-only history is kept as it is, new rows are checked.
 */
export class MoneyAndRanges1765000000000 implements MigrationInterface {
  name = 'MoneyAndRanges1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE coordinator_budget
        ALTER COLUMN state_grant TYPE bigint,
        ADD CONSTRAINT ck_coordinator_budget_state_grant_max CHECK (state_grant <= 1000000000000)`);
    await queryRunner.query(`
      ALTER TABLE coordinator_budget_cost_line
        ALTER COLUMN amount TYPE bigint,
        ADD CONSTRAINT ck_coordinator_budget_cost_line_amount_max CHECK (amount <= 1000000000000)`);
    await queryRunner.query(`
      ALTER TABLE partner_population
        ADD CONSTRAINT ck_partner_population_max CHECK (population <= 2000000)`);
    await queryRunner.query(`
      ALTER TABLE status_update
        ADD CONSTRAINT ck_status_update_indicator_value_range
          CHECK (indicator_value BETWEEN -1000000000000 AND 1000000000000) NOT VALID,
        ADD CONSTRAINT ck_status_update_reported_on_range
          CHECK (reported_on BETWEEN DATE '1900-01-01' AND DATE '2199-12-31') NOT VALID`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE status_update
        DROP CONSTRAINT ck_status_update_reported_on_range,
        DROP CONSTRAINT ck_status_update_indicator_value_range`);
    await queryRunner.query(`ALTER TABLE partner_population DROP CONSTRAINT ck_partner_population_max`);
    await queryRunner.query(`
      ALTER TABLE coordinator_budget_cost_line
        DROP CONSTRAINT ck_coordinator_budget_cost_line_amount_max,
        ALTER COLUMN amount TYPE integer`);
    await queryRunner.query(`
      ALTER TABLE coordinator_budget
        DROP CONSTRAINT ck_coordinator_budget_state_grant_max,
        ALTER COLUMN state_grant TYPE integer`);
  }
}

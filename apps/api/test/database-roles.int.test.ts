import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** Runs `statement` as the role of `url` in a transaction that is always rolled back, whatever it did. */
async function rolledBack(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(statement);
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}

describe('the database protects itself', () => {
  it('connects the application as a role that is no superuser, creates no roles or databases and owns nothing', async () => {
    const [role] = await app.sql<{ rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean; rolbypassrls: boolean }>(
      'SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user',
    );
    expect(role).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false });
    const owned = await app.sql(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`,
    );
    expect(owned).toEqual([]);
    const [{ migrationRole } = { migrationRole: '' }] = await app.sql<{ migrationRole: string }>(
      `SELECT pg_get_userbyid(relowner) AS "migrationRole" FROM pg_class WHERE relname = 'community'`,
    );
    expect(migrationRole).not.toBe((await app.sql<{ user: string }>('SELECT current_user AS user'))[0]?.user);
  });

  it('refuses the application role TRUNCATE, DROP, ALTER and CREATE TABLE', async () => {
    for (const statement of [
      'TRUNCATE community CASCADE',
      'TRUNCATE audit_event',
      'DROP TABLE status_update',
      'ALTER TABLE app_user ADD COLUMN intruder integer',
      'ALTER TABLE status_update DISABLE TRIGGER ALL',
      'CREATE TABLE intruder (id integer)',
      'CREATE SCHEMA intruder',
      'CREATE FUNCTION intruder() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$',
    ]) {
      await expect(rolledBack(inject('databaseUrl'), statement), statement).rejects.toThrow(/permission denied|must be owner/);
    }
  });

  it('keeps status updates, status reports and audit events from TRUNCATE, even by the owner of the tables', async () => {
    for (const table of ['status_update', 'status_report', 'audit_event']) {
      await expect(rolledBack(inject('migrationDatabaseUrl'), `TRUNCATE ${table}`), table).rejects.toThrow(
        /append-only|frozen|TRUNCATE is not allowed/,
      );
    }
  });
});

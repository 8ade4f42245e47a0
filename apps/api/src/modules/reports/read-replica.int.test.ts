import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createReadDataSource } from '../../database/data-source.js';
import { must, signInAs, type Session } from '../../../test/factories.js';
import { createScratchDatabase, type ScratchDatabase } from '../../../test/scratch-database.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

/**
 * DATABASE_READ_URL: the reports and exports read from it, everything else from the primary. The
 * "replica" here is another database of the suite's server, reached as a role that may only SELECT, and
 * holding a community the primary does not: a report that names it was read there.
 */
let replica: ScratchDatabase;
let readerUrl: string;
let app: TestApp;
let analyst: Session;
const reader = `hf_reader_${randomUUID().slice(0, 8)}`;
const replicaCommunity = `Replikafellesskap ${randomUUID()}`;

async function asAdmin(database: string | null, statements: string[]): Promise<void> {
  const url = new URL(inject('serverAdminDatabaseUrl'));
  if (database) url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  replica = await createScratchDatabase('read_replica');
  const name = new URL(replica.url).pathname.slice(1);
  await asAdmin(null, [`CREATE ROLE ${reader} LOGIN PASSWORD 'reader'`, `GRANT CONNECT ON DATABASE ${name} TO ${reader}`]);
  await asAdmin(name, [`GRANT USAGE ON SCHEMA public TO ${reader}`, `GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${reader}`]);
  const writer = new pg.Client({ connectionString: replica.url });
  await writer.connect();
  await writer.query('INSERT INTO community (name, short_name) VALUES ($1, $2)', [replicaCommunity, 'Replika']);
  await writer.end();
  const url = new URL(replica.url);
  url.username = reader;
  url.password = 'reader';
  readerUrl = url.toString();
  app = await startTestApp({ readDatabaseUrl: readerUrl });
  analyst = await signInAs(app, { role: 'NATIONAL_ANALYST' });
});

afterAll(async () => {
  await app.close();
  await replica.drop();
  await asAdmin(null, [`DROP ROLE IF EXISTS ${reader}`]);
});

describe('reports on a read replica (DATABASE_READ_URL)', () => {
  it('answers the reports from the read connection, signed in on the primary', async () => {
    const data = await must<{ reports: { actionPlanProgress: { communities: { communityName: string }[] } } }>(
      app,
      'query { reports { actionPlanProgress(filter: {}) { communities { communityName } } } }',
      {},
      analyst,
    );
    expect(data.reports.actionPlanProgress.communities.map((row) => row.communityName)).toEqual([replicaCommunity]);
  });

  it('streams the exports from the read connection', async () => {
    const response = await fetch(`${app.url}/exports/actionPlanProgress.csv?table=communities`, { headers: { cookie: analyst.cookie } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(replicaCommunity);
  });

  it('refuses a write through the read connection, whatever the role may do', async () => {
    const readOnlyRole = new pg.Client({ connectionString: readerUrl });
    await readOnlyRole.connect();
    try {
      await expect(readOnlyRole.query(`UPDATE community SET short_name = 'x'`)).rejects.toThrow(/permission denied/);
    } finally {
      await readOnlyRole.end();
    }
    // The application's own role may write, but not through a connection made as the reports' one.
    const readConnection = createReadDataSource(replica.url);
    await readConnection.initialize();
    try {
      await expect(readConnection.query(`UPDATE community SET short_name = 'x'`)).rejects.toThrow(/read-only transaction/);
    } finally {
      await readConnection.destroy();
    }
  });
});

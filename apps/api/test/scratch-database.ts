import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createDataSource } from '../src/database/data-source.js';
import { createLogger } from '../src/logging/logger.js';
import { migrate } from '../src/runtime.js';

export interface ScratchDatabase {
  /** As the application's role, like the suite's own database. */
  url: string;
  drop(): Promise<void>;
}

/**
 * A new, migrated database on the suite's PostgreSQL server, for a test that needs data of its own that
 * the shared database cannot hold twice (the demo data as loaded on another date). Made like the
 * suite's: owned by the owner role, which migrates it and grants the application's role its rights.
 * Dropped by `drop()`.
 */
export async function createScratchDatabase(purpose: string): Promise<ScratchDatabase> {
  const name = `hf_${purpose.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}_${randomUUID().slice(0, 8)}`;
  const adminUrl = inject('serverAdminDatabaseUrl');
  const migrationUrl = inDatabase(inject('migrationDatabaseUrl'), name);
  const url = inDatabase(inject('databaseUrl'), name);
  const owner = decodeURIComponent(new URL(migrationUrl).username);
  await onServer(adminUrl, `CREATE DATABASE ${name} OWNER "${owner.replace(/"/g, '""')}"`);
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    await migrate({ dataSource, migrationUrl }, createLogger('silent'));
  } finally {
    await dataSource.destroy();
  }
  return { url, drop: () => onServer(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

function inDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

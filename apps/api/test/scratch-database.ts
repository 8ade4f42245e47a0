import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { createDataSource } from '../src/database/data-source.js';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A new, migrated database on the suite's PostgreSQL server, for a test that needs data of its own that
 * the shared database cannot hold twice (the demo data as loaded on another date). Dropped by `drop()`.
 */
export async function createScratchDatabase(purpose: string): Promise<ScratchDatabase> {
  const suiteUrl = inject('databaseUrl');
  const name = `hf_${purpose.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}_${randomUUID().slice(0, 8)}`;
  const url = new URL(suiteUrl);
  url.pathname = `/${name}`;
  await onServer(suiteUrl, `CREATE DATABASE ${name}`);
  const dataSource = createDataSource(url.toString());
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
  return { url: url.toString(), drop: () => onServer(suiteUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function onServer(suiteUrl: string, statement: string): Promise<void> {
  const dataSource = createDataSource(suiteUrl);
  await dataSource.initialize();
  try {
    await dataSource.query(statement);
  } finally {
    await dataSource.destroy();
  }
}

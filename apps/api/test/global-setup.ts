import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDataSource } from '../src/database/data-source.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/database/embedded-postgres.js';
import { createLogger } from '../src/logging/logger.js';
import { migrate } from '../src/runtime.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The application's role: reads and writes rows, owns nothing. */
    databaseUrl: string;
    /** The owner of the schema, as migrations connect. */
    migrationDatabaseUrl: string;
  }
}

let embedded: EmbeddedDatabase | undefined;
let dataDir: string | undefined;

/**
 * A real PostgreSQL for the whole run, migrated once as the owner: DATABASE_URL (and
 * MIGRATION_DATABASE_URL for the owner) when set, else a throwaway embedded one with both roles.
 */
export async function setup(project: TestProject): Promise<void> {
  let url = process.env.DATABASE_URL;
  let migrationUrl = process.env.MIGRATION_DATABASE_URL ?? url;
  if (!url || !migrationUrl) {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'helsefellesskap-test-'));
    await fs.chmod(dataDir, 0o755);
    embedded = await startEmbeddedDatabase(path.join(dataDir, 'postgres'), createLogger('warn'));
    url = embedded.url;
    migrationUrl = embedded.migrationUrl;
  }
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    await migrate({ dataSource, migrationUrl }, createLogger('warn'));
  } finally {
    await dataSource.destroy();
  }
  project.provide('databaseUrl', url);
  project.provide('migrationDatabaseUrl', migrationUrl);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
}

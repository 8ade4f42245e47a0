import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDataSource } from '../src/database/data-source.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/database/embedded-postgres.js';
import { createLogger } from '../src/logging/logger.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

let embedded: EmbeddedDatabase | undefined;
let dataDir: string | undefined;

/** A real PostgreSQL for the whole run: DATABASE_URL when set, else a throwaway embedded one. Migrated once. */
export async function setup(project: TestProject): Promise<void> {
  let url = process.env.DATABASE_URL;
  if (!url) {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'helsefellesskap-test-'));
    await fs.chmod(dataDir, 0o755);
    embedded = await startEmbeddedDatabase(path.join(dataDir, 'postgres'), createLogger('warn'));
    url = embedded.url;
  }
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  project.provide('databaseUrl', url);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
}

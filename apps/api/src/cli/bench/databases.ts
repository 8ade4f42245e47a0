import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createClock, systemClock } from '../../common/clock.js';
import { loadConfig } from '../../config/env.js';
import { createDataSource } from '../../database/data-source.js';
import { startEmbeddedDatabase } from '../../database/embedded-postgres.js';
import type { Logger } from '../../logging/logger.js';
import { migrate, seedDemoData } from '../../runtime.js';

/** A database the bench reads: its URL for the servers, a connection for finding records, and its day. */
export interface BenchDatabase {
  url: string;
  dataSource: DataSource;
  today: string;
  close(): Promise<void>;
}

/** Demo scale: a fresh embedded PostgreSQL in a temporary folder with the demo data, removed afterwards. */
export async function openDemoDatabase(logger: Logger): Promise<BenchDatabase> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'helsefellesskap-bench-'));
  await fs.chmod(dataDir, 0o755);
  const database = await startEmbeddedDatabase(path.join(dataDir, 'postgres'), logger);
  const dataSource = createDataSource(database.url);
  const today = systemClock.today();
  try {
    await dataSource.initialize();
    await migrate({ dataSource, migrationUrl: database.migrationUrl }, logger);
    await seedDemoData(dataSource, logger, { accounts: false, today });
  } catch (error) {
    await close();
    throw error;
  }
  async function close() {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
  return { url: database.url, dataSource, today, close };
}

/**
 * National scale: the configured database (DATABASE_URL, else the embedded one in `.data/`), where
 * `npm run seed:national` loads the national data set; read as it is, on the configuration's day.
 */
export async function openConfiguredDatabase(logger: Logger): Promise<BenchDatabase> {
  const config = loadConfig();
  const embedded = config.database.kind === 'embedded' ? await startEmbeddedDatabase(config.database.dataDir, logger) : undefined;
  const url = config.database.kind === 'external' ? config.database.url : (embedded?.url ?? '');
  const dataSource = createDataSource(url);
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    url,
    dataSource,
    today: createClock(config.clockDate).today(),
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

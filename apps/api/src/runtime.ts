import type { DataSource } from 'typeorm';
import type { Config } from './config/env.js';
import { redactUrl } from './config/env.js';
import { createDataSource } from './database/data-source.js';
import { startEmbeddedDatabase } from './database/embedded-postgres.js';
import { createRepositories } from './database/repositories.js';
import { loadDemoAccounts } from './demo/load-demo-accounts.js';
import { loadDemoComposition } from './demo/load-demo-composition.js';
import { loadDemoData } from './demo/load-demo-data.js';
import { loadDemoPlan } from './demo/load-demo-plan.js';
import type { Logger } from './logging/logger.js';

export interface Database {
  dataSource: DataSource;
  /** Closes the pool, then stops the embedded server if there is one. */
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** Connects to the configured PostgreSQL (starting the embedded one when no URL is set). */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  const embedded = config.database.kind === 'embedded' ? await startEmbeddedDatabase(config.database.dataDir, logger) : undefined;
  const url = config.database.kind === 'external' ? config.database.url : (embedded?.url ?? '');
  const dataSource = createDataSource(url);
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw new DatabaseUnavailableError(`Cannot connect to the database at ${redactUrl(url)}: ${describe(error)}`);
  }
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

export async function migrate(dataSource: DataSource, logger: Logger): Promise<void> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length > 0) logger.info({ migrations: applied.map((migration) => migration.name) }, 'migrations applied');
}

/**
 * The demo data of the seeds; with `accounts`, also the demo accounts (only ever on the embedded database).
 * The demo's current terms are dated relative to `today`, the day it is loaded; the seeds' real dates stay.
 */
export async function seedDemoData(dataSource: DataSource, logger: Logger, options: { accounts: boolean; today: string }): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const repositories = createRepositories(manager);
    await loadDemoData(repositories);
    await loadDemoComposition(repositories, options.today);
    if (options.accounts) await loadDemoAccounts(repositories);
    await loadDemoPlan(repositories);
  });
  logger.info({ accounts: options.accounts, today: options.today }, 'demo data loaded');
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  if (error instanceof Error) return error.message || ('code' in error ? String(error.code) : error.name);
  return String(error);
}

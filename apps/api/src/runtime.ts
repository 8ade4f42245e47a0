import type { DataSource } from 'typeorm';
import type { Config } from './config/env.js';
import { redactUrl } from './config/env.js';
import { createDataSource, createReadDataSource } from './database/data-source.js';
import { startEmbeddedDatabase } from './database/embedded-postgres.js';
import { excessPrivilegeOf, grantApplicationAccess } from './database/privileges.js';
import { createRepositories } from './database/repositories.js';
import { loadDemoAccounts } from './demo/load-demo-accounts.js';
import { loadDemoComposition } from './demo/load-demo-composition.js';
import { loadDemoLovesaComposition } from './demo/load-demo-lovesa-composition.js';
import { loadDemoData } from './demo/load-demo-data.js';
import { loadDemoPlan } from './demo/load-demo-plan.js';
import { loadDemoCases } from './demo/load-demo-cases.js';
import { loadDemoMeetings } from './demo/load-demo-meetings.js';
import { loadDemoDecisions } from './demo/load-demo-decisions.js';
import { loadDemoMinutes } from './demo/load-demo-minutes.js';
import { clockFrom } from './common/clock.js';
import { loadDemoFollowUp } from './demo/load-demo-follow-up.js';
import type { Logger } from './logging/logger.js';

export interface Database {
  /** The application's connection: a role that reads and writes rows and owns nothing. */
  dataSource: DataSource;
  /** Where the reports and exports read: DATABASE_READ_URL's read-only connection, else `dataSource`. */
  readDataSource: DataSource;
  /** Where migrations connect: the owner of the schema. */
  migrationUrl: string;
  /** Closes the pool, then stops the embedded server if there is one. */
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

export class DatabasePrivilegeError extends Error {
  override name = 'DatabasePrivilegeError';
}

/** Connects to the configured PostgreSQL (starting the embedded one when no URL is set). */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  const embedded = config.database.kind === 'embedded' ? await startEmbeddedDatabase(config.database.dataDir, logger) : undefined;
  const url = config.database.kind === 'external' ? config.database.url : (embedded?.url ?? '');
  const migrationUrl = config.database.kind === 'external' ? config.database.migrationUrl : (embedded?.migrationUrl ?? '');
  const dataSource = createDataSource(url, undefined, config.limits.statementTimeoutMs);
  await initialize(dataSource, url).catch(async (error: unknown) => {
    await embedded?.stop();
    throw error;
  });
  const readDataSource = config.readDatabaseUrl
    ? createReadDataSource(config.readDatabaseUrl, undefined, config.limits.statementTimeoutMs)
    : dataSource;
  if (readDataSource !== dataSource && config.readDatabaseUrl) {
    await initialize(readDataSource, config.readDatabaseUrl).catch(async (error: unknown) => {
      await dataSource.destroy();
      await embedded?.stop();
      throw error;
    });
  }
  return {
    dataSource,
    readDataSource,
    migrationUrl,
    close: async () => {
      if (readDataSource !== dataSource) await readDataSource.destroy();
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

/**
 * Applies the migrations as the owner of the schema, then grants the application's role what it may
 * do with the tables (when the two are different roles, as they should be).
 */
export async function migrate(database: Pick<Database, 'dataSource' | 'migrationUrl'>, logger: Logger): Promise<void> {
  const applicationRole = await currentRole(database.dataSource);
  const owner = createDataSource(database.migrationUrl);
  await initialize(owner, database.migrationUrl);
  try {
    const applied = await owner.runMigrations({ transaction: 'each' });
    if (applied.length > 0) logger.info({ migrations: applied.map((migration) => migration.name) }, 'migrations applied');
    if ((await currentRole(owner)) !== applicationRole) await grantApplicationAccess(owner, applicationRole);
  } finally {
    await owner.destroy();
  }
}

/**
 * The application must not be able to change the schema or bypass its triggers: refused in
 * production, a warning elsewhere (an external database with one URL for both).
 */
export async function checkApplicationPrivileges(dataSource: DataSource, logger: Logger, production: boolean): Promise<void> {
  const problem = await excessPrivilegeOf(dataSource);
  if (!problem) return;
  const advice = 'connect DATABASE_URL as a role that owns nothing and set MIGRATION_DATABASE_URL to the owner of the tables';
  if (production) throw new DatabasePrivilegeError(`Refusing to run: ${problem}; ${advice}.`);
  logger.warn({ problem }, `the database role has more privileges than it needs: ${advice}`);
}

/**
 * The demo data of the seeds; with `accounts`, also the demo accounts (only ever on the embedded database).
 * The demo's current terms are dated relative to `today`, the day it is loaded; the seeds' real dates stay.
 */
export async function seedDemoData(dataSource: DataSource, logger: Logger, options: { accounts: boolean; today: string }): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const repositories = createRepositories(manager);
    await loadDemoData(repositories, options.today);
    await loadDemoComposition(repositories, options.today);
    await loadDemoLovesaComposition(repositories, options.today);
    if (options.accounts) await loadDemoAccounts(repositories);
    await loadDemoPlan(repositories);
    await loadDemoCases(repositories, options.today);
    await loadDemoMeetings(repositories, options.today);
    await loadDemoDecisions(repositories, options.today);
    await loadDemoMinutes(repositories, clockFrom(options.today).now());
    await loadDemoFollowUp(repositories);
  });
  logger.info({ accounts: options.accounts, today: options.today }, 'demo data loaded');
}

async function currentRole(dataSource: DataSource): Promise<string> {
  const [row] = await dataSource.query<{ role: string }[]>('SELECT current_user AS role');
  return row?.role ?? '';
}

async function initialize(dataSource: DataSource, url: string): Promise<void> {
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new DatabaseUnavailableError(`Cannot connect to the database at ${redactUrl(url)}: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  if (error instanceof Error) return error.message || ('code' in error ? String(error.code) : error.name);
  return String(error);
}

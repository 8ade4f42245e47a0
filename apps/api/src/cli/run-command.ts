import { AppError } from '../common/errors.js';
import { ConfigError, loadConfig, type Config } from '../config/env.js';
import { EmbeddedDatabaseError } from '../database/embedded-postgres.js';
import { NationalDataIncompleteError } from '../demo/national/incomplete-error.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { DatabasePrivilegeError, DatabaseUnavailableError, migrate, openDatabase, type Database } from '../runtime.js';

/** Runs a command line task: expected failures print one line, and the exit code tells the shell. */
export async function runCommand(task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    process.stderr.write(`${describeStartupError(error)}\n`);
    process.exitCode = 1;
  }
}

/** Runs a task on the configured database (DATABASE_URL, else the embedded one), migrated first, and closes it however the task ends. */
export function runOnMigratedDatabase(task: (database: Database, config: Config, logger: Logger) => Promise<void>): Promise<void> {
  return runCommand(async () => {
    const config = loadConfig();
    const logger = createLogger(config.logLevel);
    const database = await openDatabase(config, logger);
    try {
      await migrate(database, logger);
      await task(database, config, logger);
    } finally {
      await database.close();
    }
  });
}

export function describeStartupError(error: unknown): string {
  const expected = [
    ConfigError,
    DatabaseUnavailableError,
    DatabasePrivilegeError,
    EmbeddedDatabaseError,
    NationalDataIncompleteError,
    AppError,
  ];
  if (expected.some((kind) => error instanceof kind) && error instanceof Error) return error.message;
  return `Failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

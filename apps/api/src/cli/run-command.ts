import { AppError } from '../common/errors.js';
import { ConfigError } from '../config/env.js';
import { EmbeddedDatabaseError } from '../database/embedded-postgres.js';
import { NationalDataIncompleteError } from '../demo/national/incomplete-error.js';
import { DatabasePrivilegeError, DatabaseUnavailableError } from '../runtime.js';

/** Runs a command line task: expected failures print one line, and the exit code tells the shell. */
export async function runCommand(task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    process.stderr.write(`${describeStartupError(error)}\n`);
    process.exitCode = 1;
  }
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

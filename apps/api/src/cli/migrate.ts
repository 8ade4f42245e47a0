import 'reflect-metadata';
import { loadConfig } from '../config/env.js';
import { createLogger } from '../logging/logger.js';
import { migrate, openDatabase } from '../runtime.js';
import { runCommand } from './run-command.js';

await runCommand(async () => {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
  try {
    await migrate(database, logger);
  } finally {
    await database.close();
  }
});

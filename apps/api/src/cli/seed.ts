import 'reflect-metadata';
import { createClock } from '../common/clock.js';
import { loadConfig } from '../config/env.js';
import { createLogger } from '../logging/logger.js';
import { migrate, openDatabase, seedDemoData } from '../runtime.js';
import { runCommand } from './run-command.js';

await runCommand(async () => {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
  try {
    await migrate(database, logger);
    await seedDemoData(database.dataSource, logger, {
      accounts: config.database.kind === 'embedded',
      today: createClock(config.clockDate).today(),
    });
  } finally {
    await database.close();
  }
});

import 'reflect-metadata';
import { createClock } from '../common/clock.js';
import { seedDemoData } from '../runtime.js';
import { runOnMigratedDatabase } from './run-command.js';

await runOnMigratedDatabase(async (database, config, logger) => {
  await seedDemoData(database.dataSource, logger, {
    accounts: config.database.kind === 'embedded',
    today: createClock(config.clockDate).today(),
  });
});

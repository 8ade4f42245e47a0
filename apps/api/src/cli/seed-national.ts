import 'reflect-metadata';
import { createClock } from '../common/clock.js';
import { loadConfig } from '../config/env.js';
import { seedNationalData } from '../demo/national/seed-national.js';
import { createLogger } from '../logging/logger.js';
import { migrate, openDatabase } from '../runtime.js';
import { runCommand } from './run-command.js';

/** Loads the national data set into the configured database (DATABASE_URL, else the embedded one), dated by the run's clock. */
await runCommand(async () => {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
  try {
    await migrate(database, logger);
    const started = performance.now();
    const summary = await seedNationalData(database.dataSource, logger, { today: createClock(config.clockDate).today() });
    const { sample, created, skipped, ...counts } = summary;
    process.stdout.write(
      `${created === 0 ? 'National data set already complete: nothing added' : `National data set: ${created} communities added`}` +
        `${skipped > 0 && created > 0 ? `, ${skipped} already there` : ''} (${((performance.now() - started) / 1000).toFixed(1)} s).\n` +
        `${Object.entries(counts)
          .map(([name, count]) => `${name}=${count}`)
          .join(' ')}\nsample community ${sample.communityId}, its SSU ${sample.ssuOrganId}, its plan ${sample.planId}\n`,
    );
  } finally {
    await database.close();
  }
});

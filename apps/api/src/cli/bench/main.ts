import 'reflect-metadata';
import { createRepositories } from '../../database/repositories.js';
import { demoCommunities } from '../../demo/demo-data.js';
import { createLogger } from '../../logging/logger.js';
import { runCommand } from '../run-command.js';
import { adminQueryOperations } from './admin-operations.js';
import { benchAllocation } from './allocation.js';
import { createBenchCallers } from './bench-callers.js';
import { openConfiguredDatabase, openDemoDatabase, type BenchDatabase } from './databases.js';
import { checkedListing, printListingLoad } from './listing-figures.js';
import type { LoadShape } from './measure.js';
import { benchRequests, NATIONAL_LISTING } from './page-operations.js';
import { printPageFigures } from './page-figures.js';
import { heading, line } from './report.js';
import { startServerProcess, type ServerProcess } from './server-process.js';
import { DEMO_COMMUNITY_NAME, findCommunityByName, findNationalCommunity, findSubjects, type Sql } from './subjects.js';

/**
 * `npm run bench`: figures, never verdicts (timings flake on shared machines). Per admin page operation
 * and for the nested listing: SQL statements per request and p50/p95 latency; the listing's throughput
 * beside a raw baseline, interleaved in one run, and the API's RSS under that load. At demo scale
 * (a fresh database with the demo data) and at national scale (the configured database, when it holds
 * the national data set). Sizes of the runs can be set with BENCH_REQUESTS and BENCH_ROUNDS.
 */
const logger = createLogger('warn');
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);
const WARM_UP = 10;
const LOAD: LoadShape = { rounds: Number(process.env.BENCH_ROUNDS ?? 10), concurrency: 8, requestsPerClient: 5 };
const DEMO_COMMUNITY_NAMES = demoCommunities.map((community) => community.name);

async function benchScale(label: string, database: BenchDatabase, communityId: string): Promise<void> {
  const sql: Sql = (text, parameters) => database.dataSource.query(text, parameters);
  const subjects = await findSubjects(sql, communityId, database.today);
  const callers = await createBenchCallers(createRepositories(database.dataSource.manager), [communityId, subjects.planCommunityId]);
  const requests = benchRequests(adminQueryOperations(), { ...subjects, passwordLinkToken: callers.passwordLinkToken });
  const [communities] = await sql<{ count: number }>('SELECT count(*)::int AS count FROM community');
  heading(
    `${label}: ${communities?.count ?? 0} communities; pages for community ${communityId}, plan ${subjects.planId}, day ${subjects.today}`,
  );
  const env = { BENCH_DATABASE_URL: database.url, BENCH_TODAY: database.today, NODE_ENV: 'production' };
  const servers: ServerProcess[] = [];
  try {
    const api = await startServerProcess('./api-server.js', env);
    servers.push(api);
    const raw = await startServerProcess('./raw-listing-server.js', env);
    servers.push(raw);
    const listing = requests.find((request) => request.name === NATIONAL_LISTING.name);
    const listingTargets = listing ? await checkedListing(api, raw, listing) : null;
    await printPageFigures(api, requests, callers.secretariatCookie, { requests: REQUESTS, warmUp: WARM_UP });
    if (listingTargets) await printListingLoad(api, raw, listingTargets, LOAD);
  } finally {
    for (const server of servers) await server.stop();
    await callers.end();
  }
}

await runCommand(async () => {
  const allocation = benchAllocation();
  heading('cost allocation, 357 municipalities');
  line(`${allocation.iterations} allocations, mean ${allocation.meanMicroseconds} µs each`);

  const demo = await openDemoDatabase(logger);
  try {
    await benchScale(
      'demo scale',
      demo,
      await findCommunityByName((text, parameters) => demo.dataSource.query(text, parameters), DEMO_COMMUNITY_NAME),
    );
  } finally {
    await demo.close();
  }

  const configured = await openConfiguredDatabase(logger);
  try {
    const communityId = await findNationalCommunity(
      (text, parameters) => configured.dataSource.query(text, parameters),
      DEMO_COMMUNITY_NAMES,
    );
    if (communityId) await benchScale('national scale (configured database)', configured, communityId);
    else {
      heading('national scale');
      line('The configured database holds no national data set: load one with `npm run seed:national`, then run `npm run bench` again.');
    }
  } finally {
    await configured.close();
  }
});

import 'reflect-metadata';
import { createRepositories } from '../../database/repositories.js';
import { demoCommunities } from '../../demo/demo-data.js';
import { createLogger } from '../../logging/logger.js';
import { runCommand } from '../run-command.js';
import { adminQueryOperations } from './admin-operations.js';
import { benchAllocation } from './allocation.js';
import { createBenchCallers } from './bench-callers.js';
import { openConfiguredDatabase, openDemoDatabase, type BenchDatabase } from './databases.js';
import { firstDifference } from './listing-check.js';
import { interleavedThroughput, sender, sequentialLatency, type LoadShape, type LoadTarget } from './measure.js';
import { benchRequests, NATIONAL_LISTING } from './page-operations.js';
import { heading, line, machineLoad, megabytes, milliseconds, table } from './report.js';
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
const STATEMENT_SAMPLES = 3;
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

    const rows: (string | number)[][] = [];
    const refusals: string[] = [];
    for (const request of requests) {
      const send = sender(api.url, request, request.caller === 'secretariat' ? callers.secretariatCookie : undefined);
      const answer = await send();
      if (answer.status !== 200 || answer.errors) {
        rows.push([request.name, request.caller, 'refused', '', '']);
        refusals.push(`${request.name} refused (HTTP ${answer.status}): ${answer.errors?.[0]?.message ?? ''}`);
        continue;
      }
      const before = await api.ask('statements');
      for (let index = 0; index < STATEMENT_SAMPLES; index += 1) await send();
      const statements = ((await api.ask('statements')) - before) / STATEMENT_SAMPLES;
      const latency = await sequentialLatency(send, REQUESTS, WARM_UP);
      rows.push([request.name, request.caller, statements, milliseconds(latency.p50), milliseconds(latency.p95)]);
    }
    line(
      `Per admin page operation and the nested listing (${REQUESTS} requests one at a time after ${WARM_UP} to warm up; ${machineLoad()}):`,
    );
    table(['operation', 'caller', 'SQL/request', 'p50 ms', 'p95 ms'], rows);
    for (const refusal of refusals) line(refusal);

    const listing = { query: NATIONAL_LISTING.query, variables: NATIONAL_LISTING.variables(subjects) };
    const apiListing = sender(api.url, listing);
    const rawListing = sender(raw.url, listing);
    const [apiAnswer, rawAnswer] = [await apiListing(), await rawListing()];
    if (apiAnswer.errors) {
      line('The API refuses the nested listing: no throughput measured.');
      return;
    }
    const difference = firstDifference(rawAnswer.data, apiAnswer.data);
    if (difference) throw new Error(`The raw baseline does not return what the API returns (baseline against API at ${difference}).`);
    const peaks = new Map<string, number>();
    const sampled = (name: string, server: ServerProcess, send: LoadTarget['send']): LoadTarget => ({
      name,
      send,
      around: {
        before: async () => void (await server.ask('rss-start')),
        after: async () => void peaks.set(name, Math.max(peaks.get(name) ?? 0, await server.ask('rss-peak'))),
      },
    });
    const throughput = await interleavedThroughput([sampled('api', api, apiListing), sampled('raw', raw, rawListing)], LOAD);
    const [apiRate, rawRate] = [throughput.get('api') ?? 0, throughput.get('raw') ?? 0];
    const size = JSON.stringify(apiAnswer.data).length;
    line(
      `\nNested listing under load (${LOAD.rounds} interleaved rounds of ${LOAD.concurrency} concurrent clients × ${LOAD.requestsPerClient} requests each; responses equal, ${Math.round(size / 1024)} KB of JSON; ${machineLoad()} before):`,
    );
    table(
      ['server', 'requests/s', 'ratio to raw', 'peak RSS MB'],
      [
        ['API (GraphQL)', Math.round(apiRate), Number((apiRate / rawRate).toFixed(3)), megabytes(peaks.get('api') ?? 0)],
        ['raw baseline (pg + node:http, one json_agg statement)', Math.round(rawRate), 1, megabytes(peaks.get('raw') ?? 0)],
      ],
    );
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

import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQueryOperations } from '../src/cli/bench/admin-operations.js';
import { createBenchCallers } from '../src/cli/bench/bench-callers.js';
import { benchRequests, NATIONAL_LISTING, PAGE_OPERATIONS, type BenchRequest } from '../src/cli/bench/page-operations.js';
import { findNationalCommunity, findSubjects, type Sql } from '../src/cli/bench/subjects.js';
import { repositoryRoot } from '../src/config/env.js';
import { createDataSource } from '../src/database/data-source.js';
import { seedNationalData, type NationalScale } from '../src/demo/national/seed-national.js';
import { createLogger } from '../src/logging/logger.js';
import { testClock } from './clock.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * What a page costs in SQL statements must not depend on how much data there is: every page the admin
 * opens, and the nested listing, run the same number of statements on a small and on a larger national
 * data set (more communities, municipalities, population years, terms of history, measures and years
 * of status updates), opened by the same kind of caller for a community of each.
 */
const SMALL: NationalScale = {
  communities: 1,
  municipalitiesPerCommunity: 3,
  populationYears: 2,
  terms: 2,
  measuresPerPlan: 5,
  statusYears: 1,
};
const LARGE: NationalScale = {
  communities: 3,
  municipalitiesPerCommunity: 6,
  populationYears: 4,
  terms: 4,
  measuresPerPlan: 15,
  statusYears: 2,
};

interface DataSet {
  database: ScratchDatabase;
  app: TestApp;
  requests: Map<string, BenchRequest>;
  cookie: string;
  /** What grows with the data, for the pages' community and in all. */
  size: Record<string, number>;
}

/** Rows the pages and the listing read more of as the data grows. */
async function sizeOf(sql: Sql, communityId: string, planId: string): Promise<Record<string, number>> {
  const [row] = await sql<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM community) AS communities,
            (SELECT count(*)::int FROM partner WHERE community_id = $1) AS partners,
            (SELECT count(*)::int FROM partner_population pp JOIN partner p ON p.id = pp.partner_id WHERE p.community_id = $1) AS populations,
            (SELECT count(*)::int FROM appointment WHERE community_id = $1) AS appointments,
            (SELECT count(*)::int FROM measure m JOIN focus_area f ON f.id = m.focus_area_id WHERE f.plan_id = $2) AS measures,
            (SELECT count(*)::int FROM status_update WHERE community_id = $1) AS "statusUpdates",
            (SELECT count(*)::int FROM status_report WHERE plan_id = $2) AS "statusReports"`,
    [communityId, planId],
  );
  return row ?? {};
}

async function loadDataSet(purpose: string, scale: NationalScale): Promise<DataSet> {
  const database = await createScratchDatabase(purpose);
  const dataSource = createDataSource(database.url);
  await dataSource.initialize();
  try {
    await seedNationalData(dataSource, createLogger('silent'), { today: testClock.today(), scale });
  } finally {
    await dataSource.destroy();
  }
  const app = await startTestApp({ databaseUrl: database.url });
  const sql: Sql = (text, parameters) => app.sql(text, parameters);
  const communityId = await findNationalCommunity(sql, []);
  if (!communityId) throw new Error(`The ${purpose} data set has no community with measures.`);
  const subjects = await findSubjects(sql, communityId, testClock.today());
  const callers = await createBenchCallers(app.repositories, [communityId, subjects.planCommunityId]);
  const requests = benchRequests(adminQueryOperations(), { ...subjects, passwordLinkToken: callers.passwordLinkToken });
  return {
    database,
    app,
    requests: new Map(requests.map((request) => [request.name, request])),
    cookie: callers.secretariatCookie,
    size: await sizeOf(sql, communityId, subjects.planId),
  };
}

/** Statements of one request, after one like it (so nothing a first request does once is counted). */
async function statementsOf(dataSet: DataSet, name: string): Promise<number> {
  const request = dataSet.requests.get(name);
  if (!request) throw new Error(`No request ${name}`);
  const send = () => dataSet.app.gql(request.query, request.variables, request.caller === 'secretariat' ? dataSet.cookie : undefined);
  const warm = await send();
  expect(warm.errors, `${name} answers without errors`).toBeUndefined();
  return (await dataSet.app.countStatements(send)).statements;
}

/** The query operations in the admin's source (not its generated files, which could be stale). */
function queriesInAdminSource(): string[] {
  const source = path.join(repositoryRoot, 'apps', 'admin', 'src');
  const files = readdirSync(source, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.tsx?$/.test(file) && !file.startsWith(`gql${path.sep}`),
  );
  return files.flatMap((file) =>
    [...readFileSync(path.join(source, file), 'utf8').matchAll(/graphql\(`\s*query (\w+)/g)].map((match) => match[1] ?? ''),
  );
}

describe('statement counts per admin page', () => {
  it('lists every query operation the admin defines, and nothing else', () => {
    const listed = Object.keys(PAGE_OPERATIONS).sort();
    expect(listed).toEqual([...adminQueryOperations().keys()].sort());
    expect(listed).toEqual(queriesInAdminSource().sort());
  });

  describe('on a small and a larger national data set', () => {
    let small: DataSet;
    let large: DataSet;
    beforeAll(async () => {
      [small, large] = await Promise.all([loadDataSet('statements small', SMALL), loadDataSet('statements large', LARGE)]);
    }, 300_000);
    afterAll(async () => {
      for (const dataSet of [small, large]) {
        await dataSet?.app.close();
        await dataSet?.database.drop();
      }
    });

    it('compares data sets that differ in everything that grows', () => {
      for (const [what, count] of Object.entries(small.size)) {
        expect(large.size[what], `${what}: ${count} in the small data set, ${large.size[what]} in the larger one`).toBeGreaterThan(count);
      }
    });

    it.each([...Object.keys(PAGE_OPERATIONS), NATIONAL_LISTING.name])('%s runs as many statements on both', async (name) => {
      const [onSmall, onLarge] = [await statementsOf(small, name), await statementsOf(large, name)];
      expect(onLarge, `${name}: ${onSmall} statements on the small data set, ${onLarge} on the larger one`).toBe(onSmall);
    });
  });
});

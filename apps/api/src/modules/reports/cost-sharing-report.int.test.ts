import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, signInAs, type CommunityFixture, type Session } from '../../../test/factories.js';
import { createScratchDatabase, type ScratchDatabase } from '../../../test/scratch-database.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { fixedClock } from '../../common/clock.js';
import { AppError } from '../../common/errors.js';
import { createDataSource } from '../../database/data-source.js';
import { selectRows } from '../../database/rows.js';
import { seedNationalData } from '../../demo/national/seed-national.js';
import { createLogger } from '../../logging/logger.js';
import { seedDemoData } from '../../runtime.js';
import { createServices } from '../../services.js';
import { allocateCosts } from '../cost-sharing/allocation.js';
import { COST_SHARING_SQL, type CostSharingRow } from './cost-sharing.report.js';

const TODAY = '2027-01-05';
/** Every budget year there is: the SQL itself, without the report's ten-year limit. */
const EVERY_YEAR = [null, '1900-01-01', '2199-12-31'];

describe('the cost sharing report computes the allocation rule in SQL', () => {
  let database: ScratchDatabase;
  let dataSource: ReturnType<typeof createDataSource>;

  beforeAll(async () => {
    database = await createScratchDatabase('cost_sharing_report');
    dataSource = createDataSource(database.url);
    await dataSource.initialize();
    await seedDemoData(dataSource, createLogger('silent'), { accounts: false, today: TODAY });
    await seedNationalData(dataSource, createLogger('silent'), {
      today: TODAY,
      scale: { communities: 3, municipalitiesPerCommunity: 6, populationYears: 4, terms: 1, measuresPerPlan: 2, statusYears: 0 },
    });
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('gives what the cost sharing page allocates, for every community and budget year of the demo and national data', async () => {
    const services = createServices(dataSource, { sessionTtlMs: 1000, throttleBaseDelayMs: 0 }, fixedClock(TODAY));
    const rows = await selectRows<CostSharingRow>(dataSource.manager, COST_SHARING_SQL, EVERY_YEAR);
    const budgets = await dataSource.query<{ communityId: string; budgetYear: number }[]>(
      'SELECT community_id AS "communityId", budget_year AS "budgetYear" FROM coordinator_budget ORDER BY 1, 2',
    );
    expect(budgets.length).toBeGreaterThanOrEqual(6);
    let allocated = 0;
    for (const { communityId, budgetYear } of budgets) {
      const lines = rows.filter((row) => row.communityId === communityId && row.budgetYear === budgetYear);
      const stored = await services.costSharing.allocationForBudget(communityId, budgetYear).catch((error: unknown) => {
        if (error instanceof AppError && error.reason === 'POPULATION_MISSING') return null;
        throw error;
      });
      if (stored === null) {
        expect(lines.every((line) => line.populationMissing && line.amount === null)).toBe(true);
        continue;
      }
      allocated += 1;
      expect(
        lines.map((line) => [line.municipalityNumber, line.population, line.amount]),
        `${communityId} ${budgetYear}`,
      ).toEqual(stored.allocation.lines.map((line) => [line.municipalityNumber, line.population, line.amount]));
      expect(lines.every((line) => line.municipalShare === stored.allocation.municipalShare)).toBe(true);
    }
    expect(allocated).toBeGreaterThanOrEqual(6);
  });

  it('splits generated budgets as allocateCosts does: ties, zero populations, remainders and shares of every size', async () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    const [community] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO community (name, short_name) VALUES ('Generert fellesskap', 'Generert') RETURNING id`,
    );
    const communityId = community?.id ?? '';
    const municipalities: { id: string; number: string }[] = [];
    for (let index = 0; index < 9; index += 1) {
      const number = String(9000 + index);
      const [partner] = await dataSource.query<{ id: string }[]>(
        `INSERT INTO partner (community_id, name, kind, municipality_number) VALUES ($1, $2, 'MUNICIPALITY', $3) RETURNING id`,
        [communityId, `Kommune ${number}`, number],
      );
      municipalities.push({ id: partner?.id ?? '', number });
    }
    for (let year = 2001; year <= 2040; year += 1) {
      // Equal populations in some years (ties broken by municipality number), zeros (not participating) in others.
      const populations = municipalities.map(() => (year % 5 === 0 ? 1000 : random(4) === 0 ? 0 : 1 + random(year % 2 ? 90_000 : 7)));
      if (!populations.some((population) => population > 0)) populations[0] = 1;
      for (const [index, municipality] of municipalities.entries()) {
        await dataSource.query('INSERT INTO partner_population (partner_id, year, population) VALUES ($1, $2, $3)', [
          municipality.id,
          year - 1,
          populations[index],
        ]);
      }
      const share = random(3) === 0 ? random(100) : random(50_000_000);
      const ppm = [0, 200_000, 333_333, 1_000_000, random(1_000_001)][random(5)] ?? 0;
      const [budget] = await dataSource.query<{ id: string }[]>(
        'INSERT INTO coordinator_budget (community_id, budget_year, state_grant, fixed_share_ppm) VALUES ($1, $2, 0, $3) RETURNING id',
        [communityId, year, ppm],
      );
      await dataSource.query(
        `INSERT INTO coordinator_budget_cost_line (budget_id, position, label, amount) VALUES ($1, 1, 'Stilling', $2)`,
        [budget?.id, share],
      );
      const expected = allocateCosts({
        municipalShare: share,
        fixedSharePpm: ppm,
        municipalities: municipalities.map((municipality, index) => ({
          municipalityNumber: municipality.number,
          name: null,
          population: populations[index] ?? 0,
        })),
      });
      const rows = await selectRows<CostSharingRow>(dataSource.manager, COST_SHARING_SQL, [
        [communityId],
        `${year}-01-01`,
        `${year}-12-31`,
      ]);
      expect(
        rows.map((row) => row.amount),
        `year ${year}`,
      ).toEqual(expected.lines.map((line) => line.amount));
      expect(rows.reduce((sum, row) => sum + (row.amount ?? 0), 0)).toBe(share);
    }
  });
});

describe('the cost sharing report through the API', () => {
  let app: TestApp;
  let community: CommunityFixture;
  let other: CommunityFixture;
  let analyst: Session;
  const REPORT = `query($filter: ReportFilter!) { reports { costSharing(filter: $filter) { from to
    lines { budgetYear populationYear municipalityNumber municipalityName population populationShare municipalShare amount kronerPerInhabitant populationMissing } } } }`;

  beforeAll(async () => {
    app = await startTestApp();
    community = await buildCommunity(app, { municipalities: 3, populationYear: 2022 });
    other = await buildCommunity(app);
    await must(
      app,
      `mutation($input: SaveCoordinatorBudgetInput!) { saveCoordinatorBudget(input: $input) { budgetYear } }`,
      {
        input: {
          communityId: community.id,
          budgetYear: 2023,
          stateGrant: 0,
          fixedShareRatio: 0.2,
          costLines: [{ label: 'Koordinator', amount: 100_000 }],
        },
      },
      community.secretariat,
    );
    analyst = await signInAs(app, { role: 'ANALYST', communityId: community.id });
  });
  afterAll(() => app.close());

  it('shows each municipality’s amount and the population behind it', async () => {
    const data = await must<{ reports: { costSharing: { lines: unknown[] } } }>(
      app,
      REPORT,
      { filter: { from: '2023-01-01', to: '2023-12-31' } },
      analyst,
    );
    // 20 000 in equal parts (6 667, 6 667, 6 666 by the largest remainder) and 80 000 by population 1:2:3.
    expect(data.reports.costSharing.lines).toEqual([
      expect.objectContaining({ budgetYear: 2023, populationYear: 2022, municipalityNumber: '1000', population: 1000, amount: 20_000 }),
      expect.objectContaining({ municipalityNumber: '1001', population: 2000, amount: 33_333, populationShare: 0.333333 }),
      expect.objectContaining({ municipalityNumber: '1002', population: 3000, amount: 46_667, kronerPerInhabitant: 15.56 }),
    ]);
  });

  it('gives another community’s analyst nothing, and refuses the public', async () => {
    const theirs = await app.gql(
      REPORT,
      { filter: { communityIds: [community.id] } },
      (await signInAs(app, { role: 'ANALYST', communityId: other.id })).cookie,
    );
    expect(theirs.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    const anonymous = await fetch(`${app.url}/exports/costSharing.csv?communityIds=${community.id}`);
    expect(anonymous.status).toBe(401);
  });

  it('exports the same lines as CSV and XLSX with Norwegian headings', async () => {
    const { parse } = await import('csv-parse/sync');
    const ExcelJS = (await import('exceljs')).default;
    const url = (extension: string) => `${app.url}/exports/costSharing.${extension}?from=2023-01-01&to=2023-12-31`;
    const csv = await fetch(url('csv'), { headers: { cookie: analyst.cookie } });
    expect(csv.status).toBe(200);
    const records: string[][] = parse(Buffer.from(await csv.arrayBuffer()), { bom: true, delimiter: ';' });
    expect(records[0]?.slice(1, 5)).toEqual(['Budsjettår', 'Kommunenr.', 'Kommune', 'Folketall per 1. januar']);
    expect(records.slice(1).map((row) => [row[2], row[4], row[6], row[8]])).toEqual([
      ['="1000"', '1000', '16,67', '20000'],
      ['="1001"', '2000', '33,33', '33333'],
      ['="1002"', '3000', '50,00', '46667'],
    ]);
    const xlsx = await fetch(url('xlsx'), { headers: { cookie: analyst.cookie } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.getWorksheet('Kostnadsfordeling');
    expect([3, 4, 5, 9].map((column) => sheet?.getRow(4).getCell(column).value)).toEqual(['1002', 'Kommune 3', 3000, 46_667]);
  });
});

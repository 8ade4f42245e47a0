import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, signInAs, type CommunityFixture, type Session } from '../../../test/factories.js';
import { buildReportPlan } from '../../../test/report-factory.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
let community: CommunityFixture;
let other: CommunityFixture;
let analyst: Session;
let national: Session;

interface CommunityRow {
  communityName: string;
  plans: number;
  focusAreas: number;
  measures: { total: number; completed: number; delayed: number; cancelled: number };
  averageProgress: number | null;
  overdueMeasures: number;
  staleMeasures: number;
  focusAreasWithoutCommittee: number;
}
let expected: CommunityRow[];

beforeAll(async () => {
  app = await startTestApp();
  community = await buildCommunity(app);
  other = await buildCommunity(app);
  await buildReportPlan(app, community);
  await buildReportPlan(app, other);
  analyst = await signInAs(app, { role: 'ANALYST', communityId: community.id });
  national = await signInAs(app, { role: 'NATIONAL_ANALYST' });
  const data = await must<{ reports: { actionPlanProgress: { communities: CommunityRow[] } } }>(
    app,
    `query($filter: ReportFilter!) { reports { actionPlanProgress(filter: $filter) { communities {
       communityName plans focusAreas measures { total completed delayed cancelled } averageProgress overdueMeasures staleMeasures
       focusAreasWithoutCommittee } } } }`,
    { filter: { communityIds: [community.id, other.id], from: '2023-01-01', to: '2024-12-31' } },
    national,
  );
  expected = data.reports.actionPlanProgress.communities;
});
afterAll(() => app.close());

const query = () => `communityIds=${community.id},${other.id}&from=2023-01-01&to=2024-12-31`;
const urlOf = (file: string, search = query()) => `${app.url}/exports/${file}?${search}`;

describe('the report exports', () => {
  it('is a CSV for Excel in a Norwegian locale with the same numbers as GraphQL: BOM, semicolons, decimal commas', async () => {
    expect(expected).toHaveLength(2);
    const response = await fetch(urlOf('actionPlanProgress.csv', `${query()}&table=communities`), { headers: { cookie: national.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename=handlingsplan-fremdrift-communities-2023-01-01-2024-12-31.csv',
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: string[][] = parse(bytes, { bom: true, delimiter: ';' });
    const [headings, ...rows] = records;
    const column = (heading: string) => {
      const index = headings?.indexOf(heading) ?? -1;
      if (index < 0) throw new Error(`no column "${heading}" in ${JSON.stringify(headings)}`);
      return index;
    };
    expect(rows.map((row) => row[column('Helsefellesskap')])).toEqual(expected.map((row) => row.communityName));
    expect(rows.map((row) => Number(row[column('Tiltak i alt')]))).toEqual(expected.map((row) => row.measures.total));
    expect(rows.map((row) => Number(row[column('Tiltak: forsinket')]))).toEqual(expected.map((row) => row.measures.delayed));
    expect(rows.map((row) => Number(row[column('Tiltak over sluttdato')]))).toEqual(expected.map((row) => row.overdueMeasures));
    expect(rows.map((row) => Number(row[column('Innsatsområder uten FSU')]))).toEqual(
      expected.map((row) => row.focusAreasWithoutCommittee),
    );
    // 62.5 % is written "62,5": Excel in Norwegian reads it as a number.
    expect(rows.map((row) => row[column('Gjennomsnittlig fremdrift (%)')])).toEqual(expected.map(() => '62,5'));
    expect(expected.every((row) => row.averageProgress === 62.5)).toBe(true);
  });

  it('is an XLSX with a sheet per table, frozen bold headings, number formats and the same numbers', async () => {
    const response = await fetch(urlOf('actionPlanProgress.xlsx'), { headers: { cookie: national.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Innsatsområder', 'Helsefellesskap', 'Over tid']);
    const sheet = workbook.getWorksheet('Helsefellesskap');
    if (!sheet) throw new Error('no sheet "Helsefellesskap"');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const headings = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    const cell = (row: number, heading: string) => sheet.getRow(row).getCell(headings.indexOf(heading) + 1);
    expect(expected.map((_, index) => cell(index + 2, 'Helsefellesskap').value)).toEqual(expected.map((row) => row.communityName));
    expect(expected.map((_, index) => cell(index + 2, 'Tiltak: fullført').value)).toEqual(expected.map((row) => row.measures.completed));
    expect(expected.map((_, index) => cell(index + 2, 'Gjennomsnittlig fremdrift (%)').value)).toEqual(
      expected.map((row) => row.averageProgress),
    );
    expect(cell(2, 'Gjennomsnittlig fremdrift (%)').numFmt).toBe('#,##0.0');
    expect(cell(2, 'Tiltak i alt').numFmt).toBe('#,##0');
  });

  it('reads as the caller: a bearer token works, another community and the public are refused as JSON with a reason', async () => {
    const created = await must<{ createApiToken: { token: string } }>(
      app,
      'mutation { createApiToken(input: { name: "Rapportskript" }) { token } }',
      {},
      analyst,
    );
    const own = await fetch(urlOf('actionPlanProgress.csv', `communityIds=${community.id}&from=2023-01-01&to=2024-12-31`), {
      headers: { authorization: `Bearer ${created.createApiToken.token}` },
    });
    expect(own.status).toBe(200);
    const records: string[][] = parse(Buffer.from(await own.arrayBuffer()), { bom: true, delimiter: ';' });
    expect(records.slice(1).map((row) => row[3])).toEqual(['Område 1', 'Område 2']);

    const theirs = await fetch(urlOf('actionPlanProgress.csv'), { headers: { authorization: `Bearer ${created.createApiToken.token}` } });
    expect(theirs.status).toBe(403);
    expect(await theirs.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN', reason: 'NOT_PERMITTED' } }] });
    const anonymous = await fetch(urlOf('actionPlanProgress.xlsx'));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    const deadToken = await fetch(urlOf('actionPlanProgress.csv'), { headers: { authorization: 'Bearer hfk_nonsense' } });
    expect(deadToken.status).toBe(401);
    expect(await deadToken.json()).toMatchObject({ errors: [{ extensions: { reason: 'API_TOKEN_INVALID' } }] });
  });

  it('refuses an unknown report, a bad date and a range too long, as JSON with a reason', async () => {
    const headers = { cookie: national.cookie };
    const unknown = await fetch(urlOf('attendance.csv'), { headers });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ errors: [{ extensions: { reason: 'REPORT_UNKNOWN' } }] });
    const badDate = await fetch(urlOf('actionPlanProgress.csv', 'from=2024-13-01'), { headers });
    expect(badDate.status).toBe(400);
    expect(await badDate.json()).toMatchObject({ errors: [{ extensions: { reason: 'NOT_A_DATE' } }] });
    const tooLong = await fetch(urlOf('actionPlanProgress.xlsx', `communityIds=${community.id}&from=2000-01-01&to=2024-12-31`), {
      headers,
    });
    expect(tooLong.status).toBe(400);
    expect(await tooLong.json()).toMatchObject({ errors: [{ extensions: { reason: 'REPORT_RANGE_TOO_LONG', params: { maxYears: 10 } } }] });
  });
});

import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, type CommunityFixture } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
let community: CommunityFixture;
let other: CommunityFixture;

type Line = { municipalityNumber: string; name: string; population: number; fixedPart: number; perCapitaPart: number; amount: number };
let expected: { municipalShare: number; lines: Line[] };

beforeAll(async () => {
  app = await startTestApp();
  community = await buildCommunity(app, { municipalities: 3, populationYear: 2025 });
  other = await buildCommunity(app, { municipalities: 1 });
  // A share that does not split evenly, so the rounding to whole kroner shows.
  await must(
    app,
    `mutation($input: SaveCoordinatorBudgetInput!) { saveCoordinatorBudget(input: $input) { id } }`,
    {
      input: {
        communityId: community.id,
        budgetYear: 2026,
        stateGrant: 504_000,
        costLines: [
          { label: 'Lønn', amount: 1_234_567 },
          { label: 'Reise', amount: 10_001 },
        ],
      },
    },
    community.secretariat,
  );
  const data = await must<{ costAllocation: typeof expected }>(
    app,
    `query($id: ID!) { costAllocation(communityId: $id, budgetYear: 2026) {
       municipalShare lines { municipalityNumber name population fixedPart perCapitaPart amount } } }`,
    { id: community.id },
  );
  expected = data.costAllocation;
});
afterAll(() => app.close());

const urlOf = (format: 'csv' | 'xlsx', year = '2026', communityId = community.id) =>
  `${app.url}/api/communities/${communityId}/cost-allocations/${year}.${format}`;

describe('the allocation for invoicing', () => {
  it('is a CSV that Excel in a Norwegian locale reads: BOM, semicolons, Norwegian headings, the same kroner as the API', async () => {
    const response = await fetch(urlOf('csv'), { headers: { cookie: community.secretariat.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const slug = community.name.toLowerCase().replace(/ /g, '-').slice(0, 40).replace(/-+$/, '');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename=kostnadsfordeling-${slug}-2026.csv`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const records: string[][] = parse(bytes, { bom: true, delimiter: ';' });
    expect(records[0]).toEqual([
      'Kommunenummer',
      'Kommune',
      'Innbyggere 1.1.2025',
      'Fast andel (kr)',
      'Andel etter innbyggertall (kr)',
      'Å betale (kr)',
      'Andel av kommunenes del (%)',
    ]);
    const body = records.slice(1, -1);
    expect(
      body.map(([number, name, population, fixed, perCapita, amount]) => [number, name, population, fixed, perCapita, amount]),
    ).toEqual(
      expected.lines.map((line) => [
        // A formula whose value is the text, so Excel keeps a leading zero.
        `="${line.municipalityNumber}"`,
        line.name,
        String(line.population),
        String(line.fixedPart),
        String(line.perCapitaPart),
        String(line.amount),
      ]),
    );
    // Shares with a decimal comma, as a Norwegian spreadsheet reads them.
    expect(body.every((record) => /^\d+,\d{2}$/.test(record[6] ?? ''))).toBe(true);
    expect(records.at(-1)?.slice(0, 2)).toEqual(['', 'Sum']);
    expect(records.at(-1)?.[5]).toBe(String(expected.municipalShare));
    expect(records.at(-1)?.[6]).toBe('100,00');
  });

  it('is an XLSX with a frozen bold header row, kroner formats and the same kroner as the API', async () => {
    const response = await fetch(urlOf('xlsx'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=kostnadsfordeling-testfellesskap-.+-2026\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Kostnadsfordeling 2026');
    if (!sheet) throw new Error('no sheet "Kostnadsfordeling 2026"');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(6).value).toBe('Å betale (kr)');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(1).font?.bold).toBeFalsy();

    const rows = expected.lines.map((_, index) => sheet.getRow(index + 2));
    expect(rows.map((row) => [1, 2, 3, 4, 5, 6].map((column) => row.getCell(column).value))).toEqual(
      expected.lines.map((line) => [line.municipalityNumber, line.name, line.population, line.fixedPart, line.perCapitaPart, line.amount]),
    );
    expect(rows.every((row) => row.getCell(6).numFmt === '#,##0 "kr"')).toBe(true);
    expect(rows.every((row) => row.getCell(7).numFmt === '0.00 %')).toBe(true);
    const sum = sheet.getRow(expected.lines.length + 2);
    expect(sum.getCell(2).value).toBe('Sum');
    expect(sum.getCell(6).value).toBe(expected.municipalShare);
    expect(sum.getCell(2).font?.bold).toBe(true);
  });

  it('is public like the allocation itself: anonymous callers and other communities get the same figures', async () => {
    const anonymous = await (await fetch(urlOf('csv'))).text();
    const otherSecretariat = await (await fetch(urlOf('csv'), { headers: { cookie: other.secretariat.cookie } })).text();
    const own = await (await fetch(urlOf('csv'), { headers: { cookie: community.secretariat.cookie } })).text();
    expect(anonymous).toBe(own);
    expect(otherSecretariat).toBe(own);
  });

  it('refuses with a JSON reason, never a stack trace: no budget, no community, a malformed year or id', async () => {
    const noBudget = await fetch(urlOf('xlsx', '2031'));
    expect(noBudget.status).toBe(404);
    expect(noBudget.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await noBudget.json()).toMatchObject({
      errors: [{ extensions: { code: 'NOT_FOUND', reason: 'NO_BUDGET_FOR_YEAR', params: { budgetYear: 2031 } } }],
    });
    const noFigures = await fetch(urlOf('csv', '2026', other.id));
    expect(await noFigures.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND', reason: 'NO_BUDGET_FOR_YEAR' } }] });
    const unknown = await fetch(urlOf('csv', '2026', '00000000-0000-4000-8000-000000000000'));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({
      errors: [{ extensions: { code: 'NOT_FOUND', reason: 'NOT_FOUND', params: { entity: 'community' } } }],
    });
    const badYear = await fetch(urlOf('csv', '20x6'));
    expect(badYear.status).toBe(400);
    expect(await badYear.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_WHOLE_NUMBER' } }] });
    const badId = await fetch(urlOf('csv', '2026', 'not-an-id'));
    expect(badId.status).toBe(400);
    expect(JSON.stringify(await badId.json())).not.toMatch(/at .*\.ts|node_modules/);
  });
});

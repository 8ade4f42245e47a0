import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from './support/accessibility';
import { type ApiServer, startApiServer } from './support/api-server';
import { launchChromium } from './support/browser';
import { signInThroughForm, tabTo, withPage } from './support/page-helpers';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');
const national = 'nasjonal@analyse.demo';
const lofoten = 'Helsefellesskapet Lofoten, Vesterålen, Salten';
const helgeland = 'Helsefellesskap Helgeland';
const desktop = { width: 1366, height: 900 };
const phone = { width: 375, height: 800 };

let api: ApiServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  api = await startApiServer(repositoryRoot);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close().catch((error: unknown) => console.error('Closing Chromium failed:', error));
  await api?.stop();
});

function session(run: (page: Page) => Promise<void>, viewport: { width: number; height: number }) {
  if (!browser || !api) throw new Error('The API or the browser did not start.');
  return withPage(browser, api.baseUrl, run, viewport);
}

/**
 * The comparison table's rows: community name and its measures in all ("Tiltak", the last status column).
 * Read once the report has its answer (not busy), and in one go, so a re-render cannot mix two answers.
 */
async function comparison(page: Page): Promise<Map<string, number>> {
  await page.locator('.report-results[aria-busy="false"]').waitFor();
  const table = page.getByRole('table', { name: 'Helsefellesskapene side om side' });
  const [headings = [], ...body] = await table.evaluate((element: HTMLTableElement) =>
    Array.from(element.rows, (row) => Array.from(row.cells, (cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())),
  );
  const measures = headings.indexOf('Tiltak');
  return new Map(body.map((cells) => [cells[0] ?? '', Number(cells[measures])]));
}

/** Presses the filter's button by keyboard and waits for the report's answer to the new filter. */
async function showReport(page: Page, press: () => Promise<void>): Promise<void> {
  const answered = page.waitForResponse(
    (response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('"communityIds":["'),
  );
  await press();
  await answered;
}

describe('the reports for analysts', () => {
  it('lets the national analyst compare the communities by keyboard and download the same table as CSV and XLSX', async () => {
    await session(async (page) => {
      await signInThroughForm(page, national, '/');
      await page.getByRole('banner').getByRole('link', { name: 'Rapporter' }).click();
      await page.getByRole('heading', { level: 1, name: 'Rapporter' }).waitFor();
      await expectNoAxeViolations(page, 'the reports section');
      await tabTo(page, 'Fremdrift i handlingsplanene');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Fremdrift i handlingsplanene' }).waitFor();

      // Both communities, chosen by keyboard; the choice goes into the address.
      for (const shortName of ['Helgeland', 'Lofoten, Vesterålen, Salten']) {
        const checkbox = page.getByRole('checkbox', { name: shortName });
        await checkbox.focus();
        await page.keyboard.press('Space');
        expect(await checkbox.isChecked()).toBe(true);
      }
      await tabTo(page, 'Vis rapport');
      await showReport(page, () => page.keyboard.press('Enter'));
      await page.waitForURL((url) => (url.searchParams.get('communityIds') ?? '').split(',').length === 2);
      const shown = await comparison(page);
      expect([...shown.keys()].sort()).toEqual([helgeland, lofoten].sort());
      expect(shown.get(lofoten)).toBeGreaterThan(0);
      await page.getByRole('img', { name: /Tiltak etter status per helsefellesskap/ }).waitFor();
      await expectNoAxeViolations(page, 'the communities side by side');

      const [csvDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Helsefellesskapene som CSV' }).click(),
      ]);
      expect(csvDownload.suggestedFilename()).toMatch(/^handlingsplan-fremdrift-communities-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = await readFile(await csvDownload.path());
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [headings, ...records]: string[][] = parse(csv, { bom: true, delimiter: ';' });
      const total = headings?.indexOf('Tiltak i alt') ?? -1;
      expect(new Map(records.map((record) => [record[0] ?? '', Number(record[total])]))).toEqual(shown);

      const [xlsxDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Alle tabellene som Excel (XLSX)' }).click(),
      ]);
      expect(xlsxDownload.suggestedFilename()).toMatch(/^handlingsplan-fremdrift-.+\.xlsx$/);
      const xlsx = await readFile(await xlsxDownload.path());
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength));
      const sheet = workbook.getWorksheet('Helsefellesskap');
      if (!sheet) throw new Error('no sheet "Helsefellesskap"');
      let column = 0;
      sheet.getRow(1).eachCell((cell, index) => {
        if (cell.text === 'Tiltak i alt') column = index;
      });
      const fromSheet = new Map<string, number>();
      sheet.eachRow((row, number) => {
        if (number > 1) fromSheet.set(row.getCell(1).text, Number(row.getCell(column).value));
      });
      expect(fromSheet).toEqual(shown);
    }, desktop);
  });

  it('keeps the view in the address, so it opens the same on a phone at 375 px without the page scrolling sideways', async () => {
    await session(async (page) => {
      await signInThroughForm(page, national, '/reports');
      await page.getByRole('link', { name: 'Fremdrift i handlingsplanene' }).click();
      await page.getByRole('checkbox', { name: 'Helgeland' }).check();
      await page.getByRole('checkbox', { name: 'Lofoten, Vesterålen, Salten' }).check();
      await showReport(page, () => page.getByRole('button', { name: 'Vis rapport' }).click());
      await page.waitForURL((url) => url.searchParams.has('communityIds'));
      const shared = new URL(page.url());
      const desktopRows = await comparison(page);

      await page.goto(`${shared.pathname}${shared.search}`);
      const rows = await comparison(page);
      expect(rows).toEqual(desktopRows);
      const pageOverflows = () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      expect(await pageOverflows()).toBe(false);
      await expectNoAxeViolations(page, 'the action plan progress report on a phone');
    }, phone);
  });

  it('offers the public no reports: the section asks them to sign in', async () => {
    await session(async (page) => {
      await page.goto('/reports/action-plan-progress');
      await page.getByRole('heading', { level: 2, name: 'Du må logge inn' }).waitFor();
      expect(await page.getByRole('banner').getByRole('link', { name: 'Rapporter' }).count()).toBe(0);
      await expectNoAxeViolations(page, 'the reports for the public');
    }, desktop);
  });
});

describe('the representation report', () => {
  it('shows the organs’ seats side by side for the national analyst, with the organs as CSV holding the same rows', async () => {
    await session(async (page) => {
      await signInThroughForm(page, national, '/reports');
      await tabTo(page, 'Representasjon i organene');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Representasjon i organene' }).waitFor();
      const table = page.getByRole('table', { name: 'Besatte plasser per side i hvert organ' });
      await table.waitFor();
      const rows = await table.locator('tbody tr').count();
      expect(rows).toBeGreaterThan(0);
      await expectNoAxeViolations(page, 'the representation report');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Organene som CSV' }).click()]);
      const records: string[][] = parse(await readFile(await download.path()), { bom: true, delimiter: ';' });
      expect(records[0]?.slice(0, 2)).toEqual(['Helsefellesskap', 'Organ']);
      expect(records).toHaveLength(rows + 1);
    }, desktop);
  });
});

describe('the cost sharing, cases and meetings, and follow-up reports', () => {
  it('shows each municipality’s share of the budget with the population behind it, and the same rows as CSV', async () => {
    await session(async (page) => {
      await signInThroughForm(page, national, '/reports');
      await tabTo(page, 'Kostnadsfordeling');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Kostnadsfordeling' }).waitFor();
      await page.locator('.report-results[aria-busy="false"]').waitFor();
      const table = page.getByRole('table', { name: 'Kostnadsfordeling per kommune og budsjettår' });
      const rows = await table.locator('tbody tr').count();
      expect(rows).toBeGreaterThan(0);
      await expectNoAxeViolations(page, 'the cost sharing report');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Fordelingen som CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^kostnadsfordeling-.+\.csv$/);
      const records: string[][] = parse(await readFile(await download.path()), { bom: true, delimiter: ';' });
      expect(records[0]?.slice(0, 5)).toEqual(['Helsefellesskap', 'Budsjettår', 'Kommunenr.', 'Kommune', 'Folketall per 1. januar']);
      expect(records).toHaveLength(rows + 1);
    }, desktop);
  });

  it('opens the cases and meetings and the follow-up reports by keyboard, and the seat chart with its table', async () => {
    await session(async (page) => {
      await signInThroughForm(page, national, '/reports');
      for (const title of ['Saker og møter', 'Oppfølging i kommunene']) {
        await page.goto('/reports');
        await tabTo(page, title);
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await page.locator('.report-results[aria-busy="false"]').waitFor();
        await page.getByRole('link', { name: 'Alle tabellene som Excel (XLSX)' }).waitFor();
        await expectNoAxeViolations(page, title);
      }
      await page.goto('/reports/representation');
      await page.getByRole('img', { name: /Besatte og ledige plasser per organ/ }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Oppmøte per plass' }).waitFor();
      await expectNoAxeViolations(page, 'the representation report with its chart and attendance');
    }, desktop);
  });

  it('fits the cost sharing report on a phone at 375 px', async () => {
    await session(async (page) => {
      await signInThroughForm(page, national, '/reports/cost-sharing');
      await page.locator('.report-results[aria-busy="false"]').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
      await expectNoAxeViolations(page, 'the cost sharing report on a phone');
    }, phone);
  });
});

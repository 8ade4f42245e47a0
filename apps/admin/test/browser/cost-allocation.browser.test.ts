import path from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from './support/accessibility';
import { type ApiServer, startApiServer } from './support/api-server';
import { launchChromium } from './support/browser';
import { cellTexts, normalise, tabTo, withPage } from './support/page-helpers';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');

const helgeland = 'Helsefellesskap Helgeland';
const lofoten = 'Helsefellesskapet Lofoten, Vesterålen, Salten';

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

function session(run: (page: Page) => Promise<void>, viewport?: { width: number; height: number }) {
  if (!browser || !api) throw new Error('The API or the browser did not start.');
  return withPage(browser, api.baseUrl, run, viewport);
}

async function openHelgelandByKeyboard(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: helgeland }).waitFor();
  await tabTo(page, helgeland);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: helgeland }).waitFor();
}

async function openCostAllocation2023(page: Page): Promise<void> {
  await openHelgelandByKeyboard(page);
  await tabTo(page, 'Kostnadsfordeling for interkommunal samhandlingsleder');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Kostnadsfordeling' }).waitFor();
  const budgetYear = page.getByLabel('Budsjettår');
  await budgetYear.selectOption('2023');
  await expect.poll(() => budgetYear.inputValue()).toBe('2023');
  await page.getByRole('table', { name: 'Kostnadsfordeling 2023 (kroner)' }).waitFor();
}

async function amountOf(page: Page, tableName: string, municipality: string): Promise<string | undefined> {
  const row = page
    .getByRole('table', { name: tableName })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: municipality, exact: true }) });
  if ((await row.count()) === 0) return undefined;
  return (await cellTexts(row)).at(-1);
}

describe('admin UI against the built API', () => {
  it("lists both communities and reaches Helgeland's 17 partner municipalities by keyboard", async () => {
    await session(async (page) => {
      await page.goto('/');
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nb');
      await page.getByRole('link', { name: helgeland }).waitFor();
      await page.getByRole('link', { name: lofoten }).waitFor();
      await expectNoAxeViolations(page, 'the list of communities');

      await page.keyboard.press('Tab');
      expect(normalise(await page.evaluate(() => document.activeElement?.textContent ?? ''))).toBe('Hopp til hovedinnhold');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');

      await openHelgelandByKeyboard(page);
      await expect.poll(() => page.title()).toBe(`${helgeland} – Helsefellesskap`);
      const partners = page.getByRole('table', { name: `Partnere i ${helgeland}` });
      await partners.waitFor();
      const municipalities = partners.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Kommune', exact: true }) });
      await expect.poll(() => municipalities.count()).toBe(17);
      // The demo has populations for several years; seed 002's table is of 1 January 2022.
      const populationYear = page.getByLabel('Innbyggertall per 1. januar');
      await populationYear.selectOption('2022');
      await expect.poll(() => populationYear.inputValue()).toBe('2022');
      const somna = partners.getByRole('row').filter({ hasText: 'Sømna' });
      await expect.poll(() => cellTexts(somna)).toEqual(['Sømna', 'Kommune', '1812', '1 981', 'Helgelandsrådet']);
      await page.getByRole('heading', { level: 3, name: 'Helgelandsrådet' }).waitFor();
      await page.getByRole('heading', { level: 3, name: 'Indre Helgeland Regionråd' }).waitFor();
      await page.getByRole('heading', { level: 3, name: /Strategisk samarbeidsutvalg/ }).waitFor();
      await expectNoAxeViolations(page, 'the Helgeland community page');
    });
  });

  it("shows Helgeland's 2023 cost allocation as in the seed's table", async () => {
    await session(async (page) => {
      await openCostAllocation2023(page);
      const table = 'Kostnadsfordeling 2023 (kroner)';
      await expect.poll(() => amountOf(page, table, 'Sømna')).toBe('24 189');
      await expect.poll(() => amountOf(page, table, 'Rana')).toBe('212 565');
      expect([undefined, '0']).toContain(await amountOf(page, table, 'Bindal'));
      const totals = page.getByRole('table', { name: table }).locator('tfoot tr');
      expect((await cellTexts(totals)).at(-1)).toBe('740 539');
      expect(normalise(await page.locator('caption', { hasText: table }).textContent())).toBe(table);
      await expectNoAxeViolations(page, 'the cost allocation page');
    });
  });

  it('recalculates the allocation in the what-if form and reports invalid input', async () => {
    await session(async (page) => {
      await openCostAllocation2023(page);
      const fixedShare = page.getByLabel('Fast andel (prosent)');

      await fixedShare.fill('abc');
      await page.getByRole('button', { name: 'Beregn' }).press('Enter');
      await page.getByText('Rett opp dette før du beregner:').waitFor();
      // The error summary takes focus so that keyboard and screen reader users hear what is wrong.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('ds-error-summary');
      await expectNoAxeViolations(page, 'the what-if form with an error');

      await fixedShare.fill('100');
      await page.getByRole('button', { name: 'Beregn' }).press('Enter');
      const result = 'Beregnet kostnadsfordeling (kroner)';
      await page.getByRole('table', { name: result }).waitFor();
      // 740 539 kr in 17 equal parts: 43 561 or 43 562 each, always adding up to the municipal share.
      expect(['43 561', '43 562']).toContain(await amountOf(page, result, 'Sømna'));
      expect(['43 561', '43 562']).toContain(await amountOf(page, result, 'Rana'));
      const totals = page.getByRole('table', { name: result }).locator('tfoot tr');
      expect((await cellTexts(totals)).at(-1)).toBe('740 539');
      await expectNoAxeViolations(page, 'the what-if result');
    });
  });

  it('switches to English, remembers the choice and switches back', async () => {
    await session(async (page) => {
      await openCostAllocation2023(page);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Cost allocation' }).waitFor();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
      await expect.poll(() => amountOf(page, 'Cost allocation 2023 (NOK)', 'Sømna')).toBe('24,189');
      await expectNoAxeViolations(page, 'the cost allocation page in English');

      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Cost allocation' }).waitFor();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
      await expectNoAxeViolations(page, 'the cost allocation page in English after reload');

      await page.getByRole('button', { name: 'Norsk (bokmål)' }).click();
      await page.getByRole('heading', { level: 1, name: 'Kostnadsfordeling' }).waitFor();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nb');
    });
  });

  it('keeps wide tables scrollable and focusable on a small screen', async () => {
    await session(
      async (page) => {
        await openCostAllocation2023(page);
        const region = page.getByRole('region', { name: 'Kostnadsfordeling 2023 (kroner)' });
        await expect.poll(() => region.getAttribute('tabindex')).toBe('0');
        const overflows = await region.evaluate((element) => element.scrollWidth > element.clientWidth);
        expect(overflows).toBe(true);
        const pageOverflows = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
        expect(pageOverflows).toBe(false);
        await expectNoAxeViolations(page, 'the cost allocation page on a small screen');
      },
      { width: 360, height: 740 },
    );
  });

  it('shows a not-found page for unknown addresses and an error for an unknown community', async () => {
    await session(async (page) => {
      await page.goto('/no/such/page');
      await page.getByRole('heading', { level: 1, name: 'Fant ikke siden' }).waitFor();
      await expectNoAxeViolations(page, 'the not-found page');

      await page.goto('/communities/00000000-0000-4000-8000-000000000000');
      await page.getByRole('alert').waitFor();
      await page.getByRole('heading', { level: 1, name: 'Kan ikke vise helsefellesskapet' }).waitFor();
      await expectNoAxeViolations(page, 'the page of an unknown community');
    });
  });
});

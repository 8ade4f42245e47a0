import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from './support/accessibility';
import { type ApiServer, startApiServer } from './support/api-server';
import { launchChromium } from './support/browser';
import { cellTexts, demoPassword, normalise, signInThroughForm, tabTo, tabToField, withPage } from './support/page-helpers';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');
const helgeland = 'Helsefellesskap Helgeland';
const desktop = { width: 1366, height: 900 };

let api: ApiServer | undefined;
let browser: Browser | undefined;
let pagePath = '';
/** The demo's newest budget is this year's (the demo is dated from the day it is loaded): next year's is made from it. */
let thisYear = 0;

beforeAll(async () => {
  api = await startApiServer(repositoryRoot);
  browser = await launchChromium();
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ today communities { id name } }' }),
  });
  // The shape is the query's own; the test fails on the first field that is not there.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions
  const body = (await response.json()) as { data: { today: string; communities: { id: string; name: string }[] } };
  const id = body.data.communities.find((community) => community.name === helgeland)?.id;
  if (!id) throw new Error(`The demo data has no community named ${helgeland}.`);
  pagePath = `/communities/${id}/cost-allocation`;
  thisYear = Number(body.data.today.slice(0, 4));
});

afterAll(async () => {
  await browser?.close().catch((error: unknown) => console.error('Closing Chromium failed:', error));
  await api?.stop();
});

function session(run: (page: Page) => Promise<void>, viewport?: { width: number; height: number }) {
  if (!browser || !api) throw new Error('The API or the browser did not start.');
  return withPage(browser, api.baseUrl, run, viewport);
}

/** Whole kroner as the page shows them ("24 189") as a number. */
const kroner = (text: string | undefined) => Number((text ?? '').replace(/\s/g, '').replace('−', '-'));

async function allocationFigures(page: Page, year: number): Promise<{ somna: number; total: number }> {
  const table = page.getByRole('table', { name: `Kostnadsfordeling ${year} (kroner)` });
  await table.waitFor();
  const somna = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Sømna', exact: true }) });
  return { somna: kroner((await cellTexts(somna)).at(-1)), total: kroner((await cellTexts(table.locator('tfoot tr'))).at(-1)) };
}

async function municipalShare(page: Page, year: number): Promise<number> {
  const budget = page.getByRole('table', { name: `Budsjett for samhandlingsleder ${year} (kroner)` });
  const row = budget.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Kommunal andel', exact: true }) });
  return kroner((await cellTexts(row)).at(-1));
}

/** The focused input's value and label, as a keyboard user would find them. */
function focusedInput(page: Page): Promise<{ value: string; label: string } | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return element instanceof HTMLInputElement ? { value: element.value, label: element.labels?.[0]?.textContent ?? '' } : null;
  });
}

/** Types into the focused field over what it holds, as a keyboard user would. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

describe("Helgeland's secretariat makes next year's budget", () => {
  it("starts it from this year's, edits a line and the grant by keyboard, sees the allocation change, downloads it, deletes a year made by mistake", async () => {
    const nextYear = thisYear + 1;
    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@helgeland.demo', pagePath);
      await page.getByRole('heading', { level: 1, name: 'Kostnadsfordeling' }).waitFor();
      await expect.poll(() => page.getByLabel('Budsjettår').inputValue()).toBe(String(thisYear));
      const before = await allocationFigures(page, thisYear);
      await expectNoAxeViolations(page, "this year's budget for the secretariat");

      await tabTo(page, `Lag budsjett for ${nextYear} fra ${thisYear}`);
      await page.keyboard.press('Enter');
      await page.getByRole('status').getByText(`Budsjettet for ${nextYear} er laget fra ${thisYear}.`, { exact: false }).waitFor();
      await expect.poll(() => page.getByLabel('Budsjettår').inputValue()).toBe(String(nextYear));
      // A copy: the same municipal share as this year's until edited, split by this year's populations.
      const copied = await allocationFigures(page, nextYear);
      expect(copied.total).toBe(before.total);
      // Made once: the offer is now for the year after.
      await page.getByRole('button', { name: `Lag budsjett for ${nextYear + 1} fra ${nextYear}` }).waitFor();

      await tabTo(page, `Rediger budsjett ${nextYear}`);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: `Rediger budsjett ${nextYear}` }).waitFor();
      await expectNoAxeViolations(page, 'the budget editor');

      // A salary with decimals is refused in bokmål, at the field.
      await tabToField(page, 'Beløp (kroner)');
      await retype(page, '950 000,50');
      await tabTo(page, 'Lagre budsjett');
      await page.keyboard.press('Enter');
      await page.getByText('Rett opp dette før du lagrer:').waitFor();
      await page.getByRole('link', { name: 'Post 1: Skriv et helt antall kroner (0 eller mer), uten desimaler.' }).waitFor();
      await expectNoAxeViolations(page, 'the budget editor with an error');

      await page.getByRole('link', { name: /^Post 1: Skriv et helt antall kroner/ }).press('Enter');
      await expect.poll(async () => (await focusedInput(page))?.value).toBe('950 000,50');
      await retype(page, '1 000 000');
      // Remove the travel line (the last one) and add a course line; the new line's description gets focus.
      await tabTo(page, 'Fjern post 5');
      await page.keyboard.press('Enter');
      await tabTo(page, 'Legg til post');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await focusedInput(page))?.label).toBe('Beskrivelse');
      await page.keyboard.type('Kurs og konferanser');
      await page.keyboard.press('Tab');
      await page.keyboard.type('30 000');
      await tabToField(page, 'Statlig tilskudd (kroner)');
      await retype(page, '500 000');
      await tabTo(page, 'Lagre budsjett');
      await page.keyboard.press('Enter');

      await page.getByRole('status').getByText(`Budsjettet for ${nextYear} er lagret, og fordelingen er oppdatert.`).waitFor();
      const budget = page.getByRole('table', { name: `Budsjett for samhandlingsleder ${nextYear} (kroner)` });
      await budget.getByRole('rowheader', { name: 'Kurs og konferanser' }).waitFor();
      expect(await budget.getByRole('rowheader', { name: 'Reise kommuner' }).count()).toBe(0);
      const share = await municipalShare(page, nextYear);
      await expect.poll(async () => (await allocationFigures(page, nextYear)).total).toBe(share);
      const after = await allocationFigures(page, nextYear);
      expect(after.somna).not.toBe(copied.somna);
      expect(after.total).not.toBe(copied.total);
      // The what-if form starts again from the saved figures.
      await expect.poll(() => page.getByLabel('Kommunal andel (kroner)').inputValue()).toBe(String(share));
      await expectNoAxeViolations(page, 'the saved budget and its allocation');

      // The files for invoicing hold the figures of the table, to the krone.
      const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Last ned CSV' }).click()]);
      expect(csvDownload.suggestedFilename()).toBe(`kostnadsfordeling-helgeland-${nextYear}.csv`);
      const csv = await readFile(await csvDownload.path());
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const records: string[][] = parse(csv, { bom: true, delimiter: ';' });
      expect(records[0]?.[5]).toBe('Å betale (kr)');
      expect(records.find((record) => record[1] === 'Sømna')?.[5]).toBe(String(after.somna));
      expect(records.at(-1)?.slice(1, 2)).toEqual(['Sum']);
      expect(records.at(-1)?.[5]).toBe(String(share));

      const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Last ned Excel' }).click()]);
      expect(xlsxDownload.suggestedFilename()).toBe(`kostnadsfordeling-helgeland-${nextYear}.xlsx`);
      const workbook = new ExcelJS.Workbook();
      const xlsx = await readFile(await xlsxDownload.path());
      await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength));
      const sheet = workbook.getWorksheet(`Kostnadsfordeling ${nextYear}`);
      const rows: unknown[][] = [];
      sheet?.eachRow((row) => rows.push([row.getCell(2).value, row.getCell(6).value]));
      expect(rows[0]).toEqual(['Kommune', 'Å betale (kr)']);
      expect(rows.find(([name]) => name === 'Sømna')?.[1]).toBe(after.somna);
      expect(rows.at(-1)).toEqual(['Sum', share]);

      // A year made by mistake is deleted again; the dialog starts on Cancel.
      await tabTo(page, `Lag budsjett for ${nextYear + 1} fra ${nextYear}`);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByLabel('Budsjettår').inputValue()).toBe(String(nextYear + 1));
      await tabTo(page, `Slett budsjett ${nextYear + 1}`);
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: `Slette budsjettet for ${nextYear + 1}?` });
      await dialog.waitFor();
      // Axe reads colours as they are: wait until the dialog has faded in.
      await dialog.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
      await expect.poll(async () => normalise(await page.evaluate(() => document.activeElement?.textContent ?? ''))).toBe('Avbryt');
      await expectNoAxeViolations(page, 'the dialog that deletes a budget');
      await tabTo(page, `Slett budsjett ${nextYear + 1}`);
      await page.keyboard.press('Enter');
      await page
        .getByRole('status')
        .getByText(`Budsjettet for ${nextYear + 1} er slettet.`)
        .waitFor();
      await expect.poll(() => page.getByLabel('Budsjettår').locator('option').allTextContents()).not.toContain(String(nextYear + 1));
      expect(await municipalShare(page, Number(await page.getByLabel('Budsjettår').inputValue()))).toBeGreaterThan(0);
    }, desktop);
  });

  it('fits a phone: the budget, the editor and the downloads at 375 px without the page scrolling sideways', async () => {
    await session(
      async (page) => {
        await signInThroughForm(page, 'sekretariat@helgeland.demo', pagePath);
        await page.getByRole('heading', { level: 1, name: 'Kostnadsfordeling' }).waitFor();
        await page.getByRole('link', { name: 'Last ned Excel' }).waitFor();
        const pageOverflows = () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
        expect(await pageOverflows()).toBe(false);
        await expectNoAxeViolations(page, 'the budget page on a phone');
        const year = await page.getByLabel('Budsjettår').inputValue();
        await page.getByRole('button', { name: `Rediger budsjett ${year}` }).click();
        await page.getByRole('button', { name: 'Lagre budsjett' }).waitFor();
        expect(await pageOverflows()).toBe(false);
        await expectNoAxeViolations(page, 'the budget editor on a phone');
        await page.getByRole('button', { name: 'Avbryt' }).click();
        await expect
          .poll(async () => normalise(await page.evaluate(() => document.activeElement?.textContent ?? '')))
          .toBe(`Rediger budsjett ${year}`);
      },
      { width: 375, height: 800 },
    );
  });

  it("makes a new community's first budget from an empty form", async () => {
    if (!api) throw new Error('The API did not start.');
    const baseUrl = api.baseUrl;
    // The platform administrator creates a community and makes Helgeland's secretary its secretariat too.
    const call = async (query: string, variables: Record<string, unknown>, cookie?: string) => {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body: unknown = await response.json();
      return { body: JSON.stringify(body), cookie: response.headers.get('set-cookie')?.split(';')[0] };
    };
    const { cookie } = await call('mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }', {
      email: 'plattform@helsefellesskap.demo',
      password: demoPassword,
    });
    const created = await call(
      'mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }',
      { input: { name: 'Helsefellesskap Nytt', shortName: 'Nytt' } },
      cookie,
    );
    const communityId = /"id":"([^"]+)"/.exec(created.body)?.[1];
    if (!communityId) throw new Error(`No community was created: ${created.body}`);
    const granted = await call(
      'mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }',
      { input: { email: 'sekretariat@helgeland.demo', name: 'Siri Sekretariat (demo)', role: 'SECRETARIAT', communityId } },
      cookie,
    );
    expect(granted.body).not.toContain('errors');

    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@helgeland.demo', `/communities/${communityId}/cost-allocation`);
      await page.getByText('Det er ikke registrert noe budsjett').waitFor();
      await tabTo(page, `Lag budsjett for ${thisYear}`);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: `Rediger budsjett ${thisYear}` }).waitFor();
      await tabTo(page, 'Legg til post');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Lønn');
      await page.keyboard.press('Tab');
      await page.keyboard.type('900 000');
      await tabTo(page, 'Lagre budsjett');
      await page.keyboard.press('Enter');
      await page.getByRole('status').getByText(`Budsjettet for ${thisYear} er lagret, og fordelingen er oppdatert.`).waitFor();
      await expect.poll(() => page.getByLabel('Budsjettår').inputValue()).toBe(String(thisYear));
      expect(await municipalShare(page, thisYear)).toBe(900_000);
      // Without municipalities and their populations there is nothing to allocate yet: the page says so.
      await page
        .getByText(/^Innbyggertall per 1\. januar|^Fordelingen må ha minst én kommune/)
        .first()
        .waitFor();
      await expectNoAxeViolations(page, "a new community's first budget");
    }, desktop);
  });

  it("refuses a save over another editor's, in bokmål, and reloads their version to edit", async () => {
    if (!api) throw new Error('The API did not start.');
    const baseUrl = api.baseUrl;
    const year = thisYear - 1;
    const communityId = pagePath.split('/')[2] ?? '';
    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@helgeland.demo', pagePath);
      await page.getByLabel('Budsjettår').selectOption(String(year));
      await tabTo(page, `Rediger budsjett ${year}`);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: `Rediger budsjett ${year}` }).waitFor();

      // Meanwhile another editor saves the same year, from the version both loaded.
      const call = async (query: string, variables: Record<string, unknown>, cookie?: string) => {
        const response = await fetch(`${baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        return { body: JSON.stringify(await response.json()), cookie: response.headers.get('set-cookie')?.split(';')[0] };
      };
      const { cookie } = await call('mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }', {
        email: 'sekretariat@helgeland.demo',
        password: demoPassword,
      });
      const stored = await call('query($id: ID!) { community(id: $id) { coordinatorBudgets { budgetYear version } } }', {
        id: communityId,
      });
      const version = Number(new RegExp(`"budgetYear":${year},"version":(\\d+)`).exec(stored.body)?.[1]);
      const saved = await call(
        'mutation($input: SaveCoordinatorBudgetInput!) { saveCoordinatorBudget(input: $input) { version } }',
        {
          input: {
            communityId,
            budgetYear: year,
            stateGrant: 123_456,
            costLines: [{ label: 'Lønn', amount: 1_000_000 }],
            expectedVersion: version,
          },
        },
        cookie,
      );
      expect(saved.body).toContain(`"version":${version + 1}`);

      // This editor's save is refused, nothing overwritten; the alert offers their version.
      await tabToField(page, 'Statlig tilskudd (kroner)');
      await retype(page, '500000');
      await tabTo(page, 'Lagre budsjett');
      await page.keyboard.press('Enter');
      const alert = page.getByRole('alert').filter({ hasText: 'Budsjettet ble ikke lagret' });
      await expect
        .poll(async () => normalise(await alert.textContent()))
        .toContain(`Noen andre har lagret budsjettet for ${year} etter at du åpnet det. Ingenting er overskrevet`);
      await expectNoAxeViolations(page, 'the refused budget save');
      await alert.getByRole('button', { name: `Last inn budsjett ${year} på nytt` }).focus();
      await page.keyboard.press('Enter');
      // The editor opens afresh on their version: their grant and line, ready to edit.
      await expect.poll(() => page.getByLabel('Statlig tilskudd (kroner)').inputValue()).toBe('123456');
      await expect.poll(() => page.getByLabel('Beskrivelse').first().inputValue()).toBe('Lønn');
      await tabTo(page, 'Lagre budsjett');
      await page.keyboard.press('Enter');
      await page.getByRole('status').getByText(`Budsjettet for ${year} er lagret, og fordelingen er oppdatert.`).waitFor();
    }, desktop);
  });

  it('shows the public the budget and the downloads, but nothing to edit', async () => {
    await session(async (page) => {
      await page.goto(pagePath);
      await page.getByRole('link', { name: 'Last ned CSV' }).waitFor();
      expect(await page.getByRole('button', { name: /^(Rediger budsjett|Lag budsjett for)/ }).count()).toBe(0);
      await expectNoAxeViolations(page, 'the budget page for the public');
    });
  });
});

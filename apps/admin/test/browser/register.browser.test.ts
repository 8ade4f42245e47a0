import path from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from './support/accessibility';
import { type ApiServer, startApiServer } from './support/api-server';
import { launchChromium } from './support/browser';
import { cellTexts, signInThroughForm, tabTo, tabToField, withPage } from './support/page-helpers';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');
const helgeland = 'Helsefellesskap Helgeland';
const wide = { width: 1366, height: 900 };
const small = { width: 375, height: 740 };

/**
 * SSB table 07459 as downloaded ("semikolonseparert med overskrift"), in Latin-1 as SSB and a
 * Norwegian Excel write it: Sømna and Brønnøy are Helgeland's, Bodø is not, one figure is missing.
 */
const ssbFile = Buffer.from(
  [
    '"07459: Befolkning, etter region, år og statistikkvariabel"',
    '',
    '"region";"år";"statistikkvariabel";"07459: Befolkning, etter region, år og statistikkvariabel"',
    '"1812 Sømna";"2025";"Personer";1950',
    '"1813 Brønnøy";"2025";"Personer";7800',
    '"1804 Bodø";"2025";"Personer";53712',
    '"1815 Vega";"2025";"Personer";..',
  ].join('\r\n'),
  'latin1',
);

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

async function openImportPage(page: Page): Promise<void> {
  await signInThroughForm(page, 'sekretariat@helgeland.demo', '/');
  await page.getByRole('link', { name: helgeland }).click();
  await page.getByRole('heading', { level: 1, name: helgeland }).waitFor();
  await tabTo(page, 'Importer innbyggertall fra SSB');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Importer innbyggertall' }).waitFor();
}

describe('the register kept by the secretariat', () => {
  it('imports populations from an SSB CSV file: preview with the bad lines by number, then apply', async () => {
    await session(async (page) => {
      await openImportPage(page);
      await expectNoAxeViolations(page, 'the population import page');

      // Submitting without a file says what is missing.
      await tabTo(page, 'Forhåndsvis');
      await page.keyboard.press('Enter');
      await page.getByText('Velg en CSV-fil.').waitFor();

      await page.getByLabel('CSV-fil fra SSB').setInputFiles({ name: '07459.csv', mimeType: 'text/csv', buffer: ssbFile });
      await tabTo(page, 'Forhåndsvis');
      await page.keyboard.press('Enter');
      const changes = page.getByRole('table', { name: '2 tall for kommunene i helsefellesskapet' });
      await changes.waitFor();
      // The demo holds populations for 2025 already: each row shows the recorded figure and the file's.
      for (const [municipality, figure] of [
        ['1812 Sømna', '1 950'],
        ['1813 Brønnøy', '7 800'],
      ] as const) {
        const cells = await cellTexts(changes.getByRole('row').filter({ hasText: municipality }));
        expect([cells[0], cells[1], cells[3], cells[4]]).toEqual([municipality, '2025', figure, 'Endret']);
        expect(cells[2]).toMatch(/^\d[\d ]*$/);
      }
      const problems = page.getByRole('table', { name: '2 linjer blir ikke brukt' });
      expect(await cellTexts(problems.getByRole('row').nth(1))).toEqual(['6', 'Kommunen er ikke deltaker i helsefellesskapet.', '1804']);
      expect(await cellTexts(problems.getByRole('row').nth(2))).toEqual(['7', 'Tallet mangler.', '..']);
      await expectNoAxeViolations(page, 'the population import preview');
      await page.setViewportSize(small);
      await expectNoAxeViolations(page, 'the population import preview at 375 px');
      await page.setViewportSize(wide);

      await tabTo(page, 'Lagre 2 endrede tall');
      await page.keyboard.press('Enter');
      await page.getByRole('status').getByText('Lagret 2 tall (0 var like fra før, 2 linjer ble ikke brukt).').waitFor();

      // The community page shows the new year's figures.
      await page.getByRole('link', { name: 'Helgeland' }).first().click();
      const year = page.getByLabel('Innbyggertall per 1. januar');
      await year.selectOption('2025');
      const partners = page.getByRole('table', { name: `Partnere i ${helgeland}` });
      await expect.poll(() => cellTexts(partners.getByRole('row').filter({ hasText: 'Brønnøy' }))).toContain('7 800');
    }, wide);
  });

  it('records a municipality’s notice by keyboard at 375 px, refusing a last day the notice does not reach', async () => {
    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@helgeland.demo', '/');
      await page.getByRole('link', { name: helgeland }).click();
      await page.getByRole('link', { name: 'Vega', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Vega' }).waitFor();
      await expectNoAxeViolations(page, "a partner's page at 375 px");

      // Focus goes through the fields by Tab; the dates are filled as the locale's date picker would.
      await tabToField(page, 'Skriftlig oppsigelse gitt');
      await page.getByLabel('Skriftlig oppsigelse gitt').fill('2025-03-10');
      await tabToField(page, 'Siste dag som deltaker');
      await page.getByLabel('Siste dag som deltaker').fill('2025-12-31');
      await tabTo(page, 'Registrer oppsigelse');
      await page.keyboard.press('Enter');
      await page
        .getByText(/kan siste dag som deltaker tidligst være 31\. desember 2026/)
        .first()
        .waitFor();
      await expectNoAxeViolations(page, "a partner's page with a refused notice");

      await page.getByLabel('Siste dag som deltaker').fill('');
      await tabTo(page, 'Registrer oppsigelse');
      await page.keyboard.press('Enter');
      await page.getByRole('status').getByText('Oppsigelsen er registrert.').waitFor();
      const facts = page.locator('dl.facts');
      await expect.poll(() => facts.textContent()).toContain('31. desember 2026');
      await page.setViewportSize(wide);
      await expectNoAxeViolations(page, "a partner's page at 1366 px");
    }, small);
  });

  it("changes an organ's rules of procedure from a date by keyboard, keeping the earlier version, at 1366 and 375 px", async () => {
    for (const viewport of [wide, small]) {
      await session(async (page) => {
        await signInThroughForm(page, 'sekretariat@helgeland.demo', '/');
        await page.getByRole('link', { name: helgeland }).click();
        await page.getByRole('link', { name: /^Endre saksbehandlingsreglene for Strategisk samarbeidsutvalg/ }).click();
        await page.getByRole('heading', { level: 1, name: /^Saksbehandlingsregler for Strategisk samarbeidsutvalg/ }).waitFor();
        const versions = page.getByRole('table', { name: 'Versjoner av reglene, nyeste først' });
        const before = await versions.getByRole('row').count();
        await expectNoAxeViolations(page, `the rules page at ${viewport.width} px`);

        // A date in the past is refused: what earlier meetings were bound by stays.
        await tabToField(page, 'Gjelder fra');
        await page.getByLabel('Gjelder fra').fill('2020-01-01');
        await tabTo(page, 'Lagre nye regler');
        await page.keyboard.press('Enter');
        await page
          .getByText(/Endrede regler kan tidligst gjelde fra i dag/)
          .first()
          .waitFor();
        await expectNoAxeViolations(page, `the rules page with a refused date at ${viewport.width} px`);

        const from = viewport === wide ? '2099-01-01' : '2099-06-01';
        await page.getByLabel('Gjelder fra').fill(from);
        await tabToField(page, 'Saksfrist (dager før møtet)');
        await page.keyboard.press('ControlOrMeta+a');
        await page.keyboard.type('21');
        await tabTo(page, 'Lagre nye regler');
        await page.keyboard.press('Enter');
        await page.getByRole('status').getByText('De nye reglene er lagret.').waitFor();
        await expect.poll(() => versions.getByRole('row').count()).toBe(before + 1);
        const newest = await cellTexts(versions.getByRole('row').nth(1));
        expect(newest[0]).toBe(viewport === wide ? '1. januar 2099' : '1. juni 2099');
        expect(newest[2]).toBe('21');
      }, viewport);
    }
  });
});

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
      await expect
        .poll(() =>
          changes
            .getByRole('row')
            .filter({ hasText: 'Sømna' })
            .first()
            .evaluate((row) => row.textContent),
        )
        .toContain('1 950');
      expect(await cellTexts(changes.getByRole('row').filter({ hasText: 'Brønnøy' }))).toEqual([
        '1813 Brønnøy',
        '2025',
        'Ikke registrert',
        '7 800',
        'Nytt tall',
      ]);
      const problems = page.getByRole('table', { name: '2 linjer blir ikke brukt' });
      expect(await cellTexts(problems.getByRole('row').nth(1))).toEqual(['6', 'Kommunen er ikke deltaker i helsefellesskapet.', '1804']);
      expect(await cellTexts(problems.getByRole('row').nth(2))).toEqual(['7', 'Tallet mangler.', '..']);
      await expectNoAxeViolations(page, 'the population import preview');

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
      await page.getByText(/kan siste dag som deltaker tidligst være 31\.12\.2026/).waitFor();
      await expectNoAxeViolations(page, "a partner's page with a refused notice");

      await page.getByLabel('Siste dag som deltaker').fill('');
      await tabTo(page, 'Registrer oppsigelse');
      await page.keyboard.press('Enter');
      await page.getByRole('status').getByText('Oppsigelsen er registrert.').waitFor();
      const facts = page.locator('dl.facts');
      await expect.poll(() => facts.textContent()).toContain('31.12.2026');
    }, small);
  });
});

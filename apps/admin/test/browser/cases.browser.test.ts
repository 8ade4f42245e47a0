import path from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from './support/accessibility';
import { type ApiServer, startApiServer } from './support/api-server';
import { launchChromium } from './support/browser';
import { signInThroughForm, tabTo, tabToField, withPage } from './support/page-helpers';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');
const lofoten = 'Helsefellesskapet Lofoten, Vesterålen, Salten';
const ssuCases = 'Saker i Strategisk samarbeidsutvalg (SSU)';
const wide = { width: 1366, height: 900 };
const small = { width: 375, height: 740 };
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

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

async function openSsuCases(page: Page): Promise<void> {
  await page.getByRole('link', { name: lofoten }).click();
  await page.getByRole('heading', { level: 1, name: lofoten }).waitFor();
  await page.getByRole('link', { name: ssuCases }).click();
  await page.getByRole('heading', { level: 1, name: 'Saker – Strategisk samarbeidsutvalg (SSU)' }).waitFor();
}

describe('the case register', () => {
  it('lets the secretariat find a case by year and search, register a new one, write it, attach a file and submit it', async () => {
    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@lovesa.demo', '/');
      await openSsuCases(page);
      await expectNoAxeViolations(page, 'the case list');

      await page.getByLabel('År', { exact: true }).selectOption('2024');
      await page.getByRole('link', { name: 'SSU sak 26/2024' }).waitFor();
      // Norwegian stemming: "prolongere" finds "prolongerer" in the recommendation.
      await tabToField(page, 'Søk i sakene');
      await page.keyboard.type('prolongere handlingsplan');
      await page.keyboard.press('Enter');
      await page.getByRole('table', { name: '1 sak' }).waitFor();
      await page.getByRole('link', { name: 'SSU sak 26/2024' }).click();
      await page.getByRole('heading', { level: 1, name: /SSU sak 26\/2024 Helsefellesskapet 2024/ }).waitFor();
      await expectNoAxeViolations(page, 'a case');
      expect(await page.getByRole('heading', { name: 'Innstilling til vedtak' }).locator('xpath=..').getByRole('listitem').count()).toBe(4);
      await page.getByRole('link', { name: /Partnerskapsmøte sak 08-2023/ }).waitFor();

      // A new case, by keyboard: it gets the next number of this year and opens as a draft.
      await page.getByRole('link', { name: ssuCases.replace('Saker i ', 'Saker – ') }).click();
      await tabToField(page, 'Tittel', 120);
      await page.keyboard.type('Møteplan for neste år');
      await tabTo(page, 'Registrer sak');
      await page.keyboard.press('Enter');
      const heading = page.getByRole('heading', { level: 1, name: /^SSU sak \d+\/\d{4} Møteplan for neste år$/ });
      await heading.waitFor();
      await page.getByText('Utkast', { exact: true }).waitFor();

      await page.getByLabel('Innstilling', { exact: true }).fill('SSU vedtar møteplanen.\nSekretariatet sender den til medlemmene.');
      await page
        .getByLabel('Bakgrunn', { exact: true })
        .fill('Avtalen krever at **møteplanen** vedtas før året starter.\n\n- fire møter\n- ett ekstra ved behov');
      await page.getByRole('button', { name: 'Lagre endringer' }).click();
      await page.getByText('Endringene er lagret.').waitFor();
      await page.getByRole('listitem').filter({ hasText: 'Sekretariatet sender den til medlemmene.' }).waitFor();
      await page.getByText('møteplanen', { exact: true }).waitFor();

      await page.getByLabel('Fil', { exact: true }).setInputFiles({ name: 'Møteplan.pdf', mimeType: 'application/pdf', buffer: pdf });
      await page.getByRole('button', { name: 'Last opp' }).click();
      await page.getByRole('link', { name: 'Last ned Møteplan.pdf' }).waitFor();
      // A web page renamed to .pdf is refused with the reason, in Norwegian.
      await page
        .getByLabel('Fil', { exact: true })
        .setInputFiles({ name: 'falsk.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html></html>') });
      await page.getByRole('button', { name: 'Last opp' }).click();
      await page.getByText(/Filtypen er ikke tillatt/).waitFor();

      // The file turns out to need an exemption: its access is changed by keyboard, the legal basis required.
      await tabTo(page, 'Endre offentlighet for Møteplan.pdf');
      await page.keyboard.press('Enter');
      const accessField = page.getByRole('combobox', { name: 'Offentlighet for Møteplan.pdf' });
      await expect.poll(() => accessField.evaluate((element) => element === document.activeElement)).toBe(true);
      await accessField.selectOption('EXEMPT');
      await tabTo(page, 'Lagre offentlighet');
      await page.keyboard.press('Enter');
      await page.getByText('Oppgi hjemmel for unntak fra offentlighet, for eksempel «Offl. § 14».').first().waitFor();
      await page.getByRole('textbox', { name: 'Hjemmel for unntak' }).fill('Offl. § 14');
      await tabTo(page, 'Lagre offentlighet');
      await page.keyboard.press('Enter');
      await page.getByText('Offentligheten for Møteplan.pdf er endret.').waitFor();
      await page.getByRole('listitem').filter({ hasText: 'Møteplan.pdf (Unntatt offentlighet, Offl. § 14)' }).waitFor();
      // Focus is back on the button that opened the form.
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Endre offentlighet for Møteplan.pdf');
      await expectNoAxeViolations(page, 'a case with an exempt file');

      await page.getByRole('button', { name: 'Meld inn saken' }).click();
      await page.getByText('Saken er meldt inn.').waitFor();
      await page.getByText('Innmeldt', { exact: true }).first().waitFor();
      await expectNoAxeViolations(page, 'a case after editing');
    }, wide);
  });

  it('shows the public an exempt case by its public title only, on a small screen', async () => {
    await session(async (page) => {
      await page.goto('/');
      await openSsuCases(page);
      await page.getByLabel('År', { exact: true }).selectOption('2024');
      const exempt = page.getByRole('row').filter({ hasText: 'Tilsetting av interkommunal samhandlingsleder' });
      await exempt.waitFor();
      expect(await page.content()).not.toContain('vurdering av søkerne');
      await expectNoAxeViolations(page, 'the case list for the public');
      await exempt.getByRole('link').click();
      await page.getByText('Innholdet i saken er unntatt offentlighet.').waitFor();
      expect(await page.content()).not.toContain('vurdering av søkerne');
      await expectNoAxeViolations(page, 'an exempt case for the public');
    }, small);
  });
});

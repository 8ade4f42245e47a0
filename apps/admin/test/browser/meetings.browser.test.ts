import path from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from './support/accessibility';
import { type ApiServer, startApiServer } from './support/api-server';
import { launchChromium } from './support/browser';
import { signInThroughForm, tabTo, withPage } from './support/page-helpers';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');
const lofoten = 'Helsefellesskapet Lofoten, Vesterålen, Salten';
const ssuPlan = 'Møteplan for Strategisk samarbeidsutvalg (SSU)';
const small = { width: 375, height: 740 };

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

async function openSsuPlan(page: Page): Promise<void> {
  await page.getByRole('link', { name: lofoten }).click();
  await page.getByRole('heading', { level: 1, name: lofoten }).waitFor();
  await page.getByRole('link', { name: ssuPlan }).click();
  await page.getByRole('heading', { level: 1, name: /^Møteplan \d{4} – Strategisk samarbeidsutvalg \(SSU\)$/ }).waitFor();
}

/** The first planned meeting of the plan's year, or of the next year when this year has none left. */
async function openPlannedMeeting(page: Page): Promise<void> {
  const planned = () => page.getByRole('row').filter({ hasText: 'Planlagt' });
  if ((await planned().count()) === 0) {
    await page.getByRole('link', { name: /^Neste år/ }).click();
    await planned().first().waitFor();
  }
  await planned().first().getByRole('link').click();
  await page.getByRole('heading', { level: 2, name: 'Saksliste', exact: true }).waitFor();
}

describe('meetings', () => {
  it('lets the secretariat open the meeting plan and put a submitted case on a meeting’s agenda by keyboard', async () => {
    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@lovesa.demo', '/');
      await openSsuPlan(page);
      await expectNoAxeViolations(page, 'the meeting plan');
      await openPlannedMeeting(page);
      await expectNoAxeViolations(page, 'a meeting');

      const select = page.getByLabel('Innmeldt sak');
      const options = await select.locator('option').allTextContents();
      const candidate = options.find((option) => option.includes('Statusrapport'));
      expect(candidate).toBeDefined();
      await select.selectOption({ label: candidate ?? '' });
      // From the field just chosen, as a keyboard user goes on: Tab reaches the button (the agenda above
      // links each case, so counting from the top of the page would depend on the demo's agenda).
      await select.focus();
      await tabTo(page, 'Sett på sakslisten', 10);
      await page.keyboard.press('Enter');
      await page
        .getByRole('table', { name: 'Sakene i rekkefølge' })
        .getByText(/Statusrapport/)
        .waitFor();
      await page.getByText('Sakslisten er endret.').first().waitFor();
      await expectNoAxeViolations(page, 'a meeting with its agenda');
    });
  });

  it('shows the meeting plan on a small screen', async () => {
    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@lovesa.demo', '/');
      await openSsuPlan(page);
      await expectNoAxeViolations(page, 'the meeting plan on a small screen');
    }, small);
  });
});

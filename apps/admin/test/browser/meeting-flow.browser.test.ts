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
const ssuPlan = 'Møteplan for Strategisk samarbeidsutvalg (SSU)';
const wide = { width: 1366, height: 900 };
const small = { width: 375, height: 740 };
/**
 * The demo's SSU meets on day 161 of the year (11 June 2027) and submits cases four weeks before. Loaded on
 * 25 May, that meeting is the next one and its deadline (14 May) has passed: a case submitted today is late.
 */
const clockDate = '2027-05-25';
const caseTitle = 'Felles rutine for utskrivning av eldre pasienter';

let api: ApiServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  api = await startApiServer(repositoryRoot, { clockDate });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close().catch((error: unknown) => console.error('Closing Chromium failed:', error));
  await api?.stop();
});

function session(run: (page: Page) => Promise<void>) {
  if (!browser || !api) throw new Error('The API or the browser did not start.');
  return withPage(browser, api.baseUrl, run, wide);
}

/** Axe at 1366 and at 375 px, as colours end rather than halfway through a fade-in; back at 1366 afterwards. */
async function expectAccessibleAtBothWidths(page: Page, where: string): Promise<void> {
  for (const viewport of [wide, small]) {
    await page.setViewportSize(viewport);
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    await expectNoAxeViolations(page, `${where} at ${viewport.width} px`);
  }
  await page.setViewportSize(wide);
}

/** Presses Enter on the element reached by Tab whose text is `name`. */
async function pressByKeyboard(page: Page, name: string, maxPresses?: number): Promise<void> {
  await tabTo(page, name, maxPresses);
  await page.keyboard.press('Enter');
}

describe('from a submitted case to a sent notice', () => {
  it('the secretariat registers and submits a case, puts it late on the next SSU meeting with the chair’s exception, orders the agenda and sends the notice', async () => {
    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@lovesa.demo', '/');
      await page.getByRole('link', { name: lofoten }).click();
      await page.getByRole('heading', { level: 1, name: lofoten }).waitFor();
      await expectAccessibleAtBothWidths(page, 'the community');

      // Register the case by keyboard, and submit it.
      await page.getByRole('link', { name: ssuCases }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Saker – Strategisk samarbeidsutvalg (SSU)' }).waitFor();
      await expectAccessibleAtBothWidths(page, 'the case list');
      await tabToField(page, 'Tittel', 120);
      await page.keyboard.type(caseTitle);
      await pressByKeyboard(page, 'Registrer sak');
      const heading = page.getByRole('heading', { level: 1, name: new RegExp(`^SSU sak \\d+/2027 ${caseTitle}$`) });
      await heading.waitFor();
      const reference = ((await heading.textContent()) ?? '').replace(` ${caseTitle}`, '').trim();
      await page.getByText('Utkast', { exact: true }).waitFor();
      await expectAccessibleAtBothWidths(page, 'a draft case');
      await pressByKeyboard(page, 'Meld inn saken', 200);
      await page.getByText('Saken er meldt inn.').waitFor();
      await expectAccessibleAtBothWidths(page, 'a submitted case');

      // The next SSU meeting, from the meeting plan.
      await page.goto('/');
      await page.getByRole('link', { name: lofoten }).click();
      await page.getByRole('link', { name: ssuPlan }).click();
      await page.getByRole('heading', { level: 1, name: 'Møteplan 2027 – Strategisk samarbeidsutvalg (SSU)' }).waitFor();
      await expectAccessibleAtBothWidths(page, 'the meeting plan');
      const planned = page.getByRole('row').filter({ hasText: 'Planlagt' });
      await planned.first().waitFor();
      expect(await planned.first().textContent()).toContain('Svolvær');
      await planned.first().getByRole('link').focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: 'Saksliste', exact: true }).waitFor();
      await page.getByText('Ingen avvik.').waitFor();
      await expectAccessibleAtBothWidths(page, 'the meeting');

      // The case submitted in time (the demo's) goes on first.
      const select = page.getByLabel('Innmeldt sak');
      const options = await select.locator('option').allTextContents();
      const inTime = options.find((option) => option.includes('Statusrapport'));
      expect(inTime).toBeDefined();
      await select.focus();
      await select.selectOption({ label: inTime ?? '' });
      await pressByKeyboard(page, 'Sett på sakslisten');
      const agenda = page.getByRole('table', { name: 'Sakene i rekkefølge' });
      await agenda.getByText(/Statusrapport/).waitFor();

      // The late case: warned of, refused without a reason, put on with the chair's exception.
      await select.focus();
      await select.selectOption({ label: `${reference} – ${caseTitle}` });
      await page
        .getByText(/^Saken ble meldt inn .*, etter fristen .*\. Den kan bare settes på sakslisten med leders unntak og begrunnelse\.$/)
        .waitFor();
      await expectAccessibleAtBothWidths(page, 'the late-case warning');
      await tabToField(page, 'Leders begrunnelse for unntaket');
      await page.keyboard.type('Saken kan ikke vente til neste møte.');
      await pressByKeyboard(page, 'Sett på sakslisten');
      const lateRow = agenda.getByRole('row').filter({ hasText: reference });
      await lateRow.waitFor();
      await lateRow.getByText('Meldt inn etter fristen').waitFor();
      await lateRow.getByText('Leders unntak: Saken kan ikke vente til neste møte.').waitFor();
      await page.getByText(/\(med leders unntak\)/).waitFor();
      expect(await page.getByText(/\(uten leders unntak\)/).count()).toBe(0);
      await expectAccessibleAtBothWidths(page, 'the meeting with the exception');

      // Reorder by keyboard: the late case first.
      const positions = async () => (await agenda.getByRole('rowheader').allTextContents()).map((text) => text.trim());
      expect((await positions())[1]).toContain(reference);
      await page.getByRole('button', { name: `Flytt ${reference} opp` }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await positions())[0]).toContain(reference);
      expect((await positions())[1]).toContain('Statusrapport');

      // The notice, from the meeting page.
      const subject = normaliseSpaces(
        (await page
          .locator('p')
          .filter({ hasText: /^Emne:/ })
          .first()
          .textContent()) ?? '',
      ).replace(/^Emne:\s*/, '');
      expect(subject).not.toBe('');
      await pressByKeyboard(page, 'Send innkallingen', 300);
      const dialog = page.getByRole('dialog', { name: 'Sende innkallingen?' });
      await dialog.waitFor();
      await expectAccessibleAtBothWidths(page, 'the send dialog');
      await dialog.getByRole('button', { name: 'Send innkallingen' }).click();
      await page
        .getByRole('status')
        .getByText(/Innkallingen ble sendt .* til \d+ mottakere\./)
        .waitFor();
      await page.getByText('Innkalt', { exact: true }).waitFor();
      await expectAccessibleAtBothWidths(page, 'the meeting once the notice is sent');

      // The dev mailbox lists the notice, once the outbox has delivered it.
      const notice = page.getByRole('article').filter({ has: page.getByRole('heading', { name: subject }) });
      await expect
        .poll(
          async () => {
            await page.goto('/dev/mail');
            return notice.count();
          },
          { timeout: 60_000, interval: 250 },
        )
        .toBeGreaterThan(0);
      await expectAccessibleAtBothWidths(page, 'the development mailbox');
    });
  });
});

describe('references to cases', () => {
  it('links the plan’s prolonging case to its page, and leaves a reference to no registered case as text', async () => {
    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@lovesa.demo', '/');
      await page.getByRole('link', { name: lofoten }).click();
      await page.getByRole('link', { name: 'Handlingsplan 2022–2024' }).click();
      await page.getByRole('heading', { level: 1, name: 'Handlingsplan 2022–2024' }).waitFor();
      const facts = page.locator('.plan-facts');
      // Adopted by "Partnerskapsmøtet 2022": not a case of the register, so text.
      await facts.getByText('Partnerskapsmøtet 2022', { exact: true }).waitFor();
      expect(await facts.getByRole('link', { name: 'Partnerskapsmøtet 2022' }).count()).toBe(0);
      await expectAccessibleAtBothWidths(page, 'the plan header with a case link');
      await facts.getByRole('link', { name: 'SSU sak 26/2024' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: /^SSU sak 26\/2024 / }).waitFor();
    });
  });
});

function normaliseSpaces(text: string): string {
  return text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

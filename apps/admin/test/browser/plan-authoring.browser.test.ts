import path from 'node:path';

import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from './support/accessibility';
import { type ApiServer, startApiServer } from './support/api-server';
import { launchChromium } from './support/browser';
import { normalise, signInThroughForm, tabToField, withPage } from './support/page-helpers';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');
const lofoten = 'Helsefellesskapet Lofoten, Vesterålen, Salten';
const secretariat = 'sekretariat@lovesa.demo';
const reporter = 'ssu@lovesa.demo';
const reporterName = 'Silje SSU-medlem LoVeSa (demo)';
const secretariatName = 'Lars Sekretariat LoVeSa (demo)';
const desktop = { width: 1366, height: 900 };
const phone = { width: 375, height: 800 };

let api: ApiServer | undefined;
let browser: Browser | undefined;
let communityPath = '';

beforeAll(async () => {
  api = await startApiServer(repositoryRoot);
  browser = await launchChromium();
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ communities { id name } }' }),
  });
  const body: unknown = await response.json();
  const match = new RegExp(`"id":"([^"]+)","name":"${lofoten}"`).exec(JSON.stringify(body));
  if (!match?.[1]) throw new Error(`The demo data has no ${lofoten}: ${JSON.stringify(body)}`);
  communityPath = `/communities/${match[1]}`;
});

afterAll(async () => {
  await browser?.close().catch((error: unknown) => console.error('Closing Chromium failed:', error));
  await api?.stop();
});

function session(run: (page: Page) => Promise<void>, viewport: { width: number; height: number }) {
  if (!browser || !api) throw new Error('The API or the browser did not start.');
  return withPage(browser, api.baseUrl, run, viewport);
}

/** Focuses a field and types into it, as a keyboard user does once there. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Opens a disclosure by its summary, by keyboard. */
async function open(page: Page, summary: string): Promise<void> {
  const toggle = page.getByText(summary, { exact: true }).last();
  await toggle.focus();
  await page.keyboard.press('Enter');
}

/** Waits until a dialog has finished opening: axe would measure contrast halfway through its fade. */
async function settled(dialog: Locator): Promise<void> {
  await dialog.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Logg ut' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Logg inn' }).waitFor();
}

/** Creates a plan from the community page by keyboard and lands in its editor. */
async function createPlan(page: Page, title: string, from: string, to: string): Promise<string> {
  await page.getByRole('heading', { level: 3, name: 'Ny handlingsplan' }).waitFor();
  await tabToField(page, 'Tittel', 200);
  await page.keyboard.type(title);
  await tabToField(page, 'Første år');
  await page.keyboard.type(from);
  await tabToField(page, 'Siste år');
  await page.keyboard.type(to);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: `Rediger ${title}` }).waitFor();
  return page.url();
}

async function addFocusArea(page: Page, title: string, organ?: string): Promise<void> {
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Legg til innsatsområdet' }) });
  // The disclosure stays open after an addition, ready for the next.
  if (!(await form.isVisible())) await open(page, 'Legg til innsatsområde');
  await typeInto(page, form.getByRole('textbox', { name: 'Tittel' }), title);
  if (organ) await form.getByRole('combobox', { name: 'Ansvarlig organ' }).selectOption({ label: organ });
  await page.keyboard.press('Enter');
  await page.getByRole('article', { name: new RegExp(`Innsatsområde \\d+: ${title}`) }).waitFor();
}

describe('authoring an action plan', () => {
  it('lets the secretariat create a plan 2025–2028 with focus areas, a target and a measure, the reporter post a status, and the secretariat correct it', async () => {
    const title = 'Handlingsplan 2025–2028';
    let editorUrl = '';
    await session(async (page) => {
      await signInThroughForm(page, secretariat, communityPath);
      await expectNoAxeViolations(page, 'the community page with the new plan form');
      editorUrl = await createPlan(page, title, '2025', '2028');
      await expect.poll(async () => normalise(await page.getByText(/^Status: /).textContent())).toBe('Status: Utkast');
      await expectNoAxeViolations(page, 'the editor of a new draft');

      await addFocusArea(page, 'Helhetlige pasientforløp');
      await addFocusArea(page, 'Akuttmedisin og beredskap');
      const akutt = page.getByRole('article', { name: 'Innsatsområde 2: Akuttmedisin og beredskap' });

      await open(page, 'Legg til mål');
      // Only the open disclosure's fields are in the accessibility tree.
      const targetForm = akutt.locator('form', { has: page.getByRole('textbox', { name: 'Hva skal nås' }) });
      await typeInto(page, targetForm.getByRole('textbox', { name: 'Hva skal nås' }), 'Alle kommuner bruker felles prosedyrer');
      await typeInto(page, targetForm.getByRole('textbox', { name: 'Indikator' }), 'Andel kommuner med felles prosedyrer');
      await typeInto(page, targetForm.getByRole('textbox', { name: 'Enhet' }), '%');
      await typeInto(page, targetForm.getByRole('textbox', { name: 'Utgangsverdi' }), '20');
      await typeInto(page, targetForm.getByRole('textbox', { name: 'Målverdi' }), '100');
      await targetForm.getByRole('button', { name: 'Legg til målet' }).click();
      await akutt.getByRole('article', { name: 'Alle kommuner bruker felles prosedyrer' }).waitFor();

      await open(page, 'Legg til tiltak');
      const measureForm = akutt.locator('form', { has: page.getByRole('textbox', { name: 'Tiltak' }) });
      await typeInto(page, measureForm.getByRole('textbox', { name: 'Tiltak' }), 'Trygg akuttmedisin');
      // Several reporters, chosen by keyboard in the group of checkboxes.
      const reporters = measureForm.getByRole('group', { name: 'Rapporterer' });
      for (const name of [reporterName, secretariatName]) {
        await reporters.getByRole('checkbox', { name }).focus();
        await page.keyboard.press('Space');
        await expect.poll(() => reporters.getByRole('checkbox', { name }).isChecked()).toBe(true);
      }
      // A date field takes its value as a whole (typing goes by the browser's own date format).
      await measureForm.getByLabel('Start', { exact: true }).fill('2025-01-01');
      await measureForm.getByRole('checkbox', { name: 'Skrøpelige eldre' }).check();
      await measureForm.getByRole('button', { name: 'Legg til tiltaket' }).click();
      await akutt.getByRole('article', { name: 'Trygg akuttmedisin' }).waitFor();
      await expectNoAxeViolations(page, 'the editor with two focus areas, a target and a measure');
      await signOut(page);
    }, desktop);

    const planUrl = new URL(editorUrl).pathname.replace(/\/edit$/, '');
    await session(async (page) => {
      await signInThroughForm(page, reporter, planUrl);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      const measure = page.getByRole('article', { name: 'Trygg akuttmedisin' });
      await open(page, 'Rapporter status');
      await measure.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Fullført' });
      await typeInto(page, measure.getByRole('textbox', { name: 'Fremdrift (prosent)' }), '100');
      await measure.getByRole('button', { name: 'Lagre status' }).click();
      await measure.getByText('Statusen for «Trygg akuttmedisin» er lagret.').waitFor();
      await expect.poll(async () => normalise(await measure.locator('.status-tag').first().textContent())).toBe('Fullført');
      await expectNoAxeViolations(page, "the reporter's view of the new plan");
      await signOut(page);
    }, desktop);

    await session(async (page) => {
      await signInThroughForm(page, secretariat, planUrl);
      const measure = page.getByRole('article', { name: 'Trygg akuttmedisin' });
      await open(page, 'Historikk (1 oppdatering)');
      const correct = measure.getByRole('button', { name: /^Rett statusen fra / });
      await correct.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('heading', { name: /^Rett statusen fra / }).waitFor();
      await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'På sporet' });
      await typeInto(page, dialog.getByRole('textbox', { name: 'Fremdrift (prosent)' }), '40');
      await typeInto(page, dialog.getByRole('textbox', { name: 'Hva var feil?' }), 'Tiltaket er ikke fullført, bare godt i gang.');
      await settled(dialog);
      await expectNoAxeViolations(page, 'the correction dialog');
      await dialog.getByRole('button', { name: 'Lagre rettelsen' }).click();
      await measure.getByText('Statusen er rettet.').waitFor();
      await expect.poll(async () => normalise(await measure.locator('.status-tag').first().textContent())).toBe('På sporet');
      const history = measure.getByRole('table');
      await expect.poll(async () => normalise(await history.textContent())).toContain('Rettet');
      expect(normalise(await history.textContent())).toContain('Rettelse');
      expect(normalise(await history.textContent())).toContain('Tiltaket er ikke fullført, bare godt i gang.');
      await expectNoAxeViolations(page, 'the plan with a corrected status');
    }, desktop);
  });

  it('on a phone, moves a focus area up by keyboard keeping focus on it, retires one after confirming, and adopts the plan', async () => {
    await session(async (page) => {
      await signInThroughForm(page, secretariat, communityPath);
      await expectNoAxeViolations(page, 'the community page at 375 px');
      await createPlan(page, 'Handlingsplan 2029–2032', '2029', '2032');
      await addFocusArea(page, 'Samhandling');
      await addFocusArea(page, 'Rekruttering');
      await expectNoAxeViolations(page, 'the editor at 375 px');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

      const moveUp = page.getByRole('button', { name: 'Flytt «Rekruttering» opp' });
      await moveUp.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('article', { name: 'Innsatsområde 1: Rekruttering' }).waitFor();
      // Now first: its "up" is disabled, so focus is on its "down".
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Flytt «Rekruttering» ned');

      await page.getByRole('button', { name: 'Avslutt «Samhandling»' }).click();
      const dialog = page.getByRole('dialog');
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Avbryt');
      await settled(dialog);
      await expectNoAxeViolations(page, 'the retire dialog at 375 px');
      await dialog.getByRole('button', { name: 'Avslutt', exact: true }).click();
      await expect.poll(() => page.getByRole('article', { name: /Samhandling/ }).count()).toBe(0);

      await open(page, 'Registrer vedtak');
      await typeInto(page, page.getByRole('textbox', { name: 'Sak' }), 'Partnerskapsmøtet sak 05-2029');
      await page.keyboard.press('Enter');
      await expect.poll(async () => normalise(await page.getByText(/^Status: /).textContent())).toBe('Status: Vedtatt');
      await page.getByText('Forleng planen', { exact: true }).waitFor();
      await expectNoAxeViolations(page, 'the editor of an adopted plan at 375 px');
      await page.getByRole('link', { name: 'Tilbake til planen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Handlingsplan 2029–2032' }).waitFor();
      await page.getByRole('heading', { level: 3, name: /Rekruttering/ }).waitFor();
      await expectNoAxeViolations(page, 'the adopted plan at 375 px');
    }, phone);
  });
});

import path from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from './support/accessibility';
import { type ApiServer, startApiServer } from './support/api-server';
import { launchChromium } from './support/browser';
import { cellTexts, signInThroughForm, tabTo, tabToField, withPage } from './support/page-helpers';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');
const lovesa = 'Helsefellesskapet Lofoten, Vesterålen, Salten';
const wide = { width: 1366, height: 900 };
const small = { width: 375, height: 740 };
/** The community page lists every partner as a link before the councils and organs. */
const manyPresses = 200;

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

function session(run: (page: Page) => Promise<void>) {
  if (!browser || !api) throw new Error('The API or the browser did not start.');
  return withPage(browser, api.baseUrl, run, wide);
}

/** Axe at 1366 px and at 375 px, where the page must not scroll sideways; back at 1366 px after. */
async function checkBothWidths(page: Page, where: string): Promise<void> {
  await expectNoAxeViolations(page, `${where} at 1366 px`);
  await page.setViewportSize(small);
  await expectNoAxeViolations(page, `${where} at 375 px`);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
  await page.setViewportSize(wide);
}

/** Signs in as LoVeSa's secretariat and opens the community page. */
async function openCommunity(page: Page, email = 'sekretariat@lovesa.demo'): Promise<void> {
  await signInThroughForm(page, email, '/');
  await page.getByRole('link', { name: lovesa }).click();
  await page.getByRole('heading', { level: 1, name: lovesa }).waitFor();
}

/** Follows a link of the community page by keyboard to the page with the heading `heading`. */
async function followByKeyboard(page: Page, link: string, heading: string): Promise<void> {
  await tabTo(page, link, manyPresses);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Tabs to a field, empties it and types `text`, as a keyboard user would. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await tabToField(page, label);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  if (text !== '') await page.keyboard.type(text);
}

/** Puts focus back in a field the user has been in, empties it and types `text`. */
async function retype(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/** Back to the community page through the breadcrumbs. */
async function backToCommunity(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Du er her' }).getByRole('link').nth(1).click();
  await page.getByRole('heading', { level: 1, name: lovesa }).waitFor();
}

async function submit(page: Page, button: string): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

describe('the secretariat keeps the register in the UI', () => {
  it("edits the community's details by keyboard, refusing an empty short name in bokmål", async () => {
    await session(async (page) => {
      await openCommunity(page);
      await followByKeyboard(page, 'Endre navn på helsefellesskapet', 'Opplysninger om helsefellesskapet');
      await checkBothWidths(page, "the community's details");
      expect(await page.getByLabel('Fullt navn').inputValue()).toBe(lovesa);

      await typeInto(page, 'Kortnavn', '');
      await submit(page, 'Lagre opplysningene');
      await page.getByText('Må fylles ut.').waitFor();

      await retype(page, 'Kortnavn', 'LoVeSa');
      await submit(page, 'Lagre opplysningene');
      await page.getByRole('status').getByText('Opplysningene er lagret.').waitFor();
      await page.getByRole('navigation', { name: 'Du er her' }).getByRole('link', { name: 'LoVeSa' }).waitFor();
      await checkBothWidths(page, "the community's details, saved");
    });
  });

  it('adds a municipality joining the community, edits its details, and takes it into a new regional council', async () => {
    await session(async (page) => {
      await openCommunity(page);
      await followByKeyboard(page, 'Legg til partner', 'Ny partner');
      await checkBothWidths(page, 'a new partner');
      // The kind starts as a municipality, the day it joined as today.
      expect(await page.getByLabel('Type partner').inputValue()).toBe('MUNICIPALITY');
      expect(await page.getByLabel('Deltaker fra').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      // A number that is not four digits is refused here; one another partner has, by the API, in bokmål.
      await typeInto(page, 'Navn', 'Lødingen');
      await typeInto(page, 'Kommunenummer', '185');
      await submit(page, 'Legg til partneren');
      await page.getByText('Skriv kommunenummeret med fire sifre, for eksempel 1833.').waitFor();
      await retype(page, 'Kommunenummer', '1804');
      await submit(page, 'Legg til partneren');
      await page.getByText('Kommunenummer 1804 tilhører allerede Bodø.').waitFor();
      await checkBothWidths(page, 'a new partner with a refused number');

      await retype(page, 'Kommunenummer', '1851');
      await submit(page, 'Legg til partneren');
      await page.getByRole('heading', { level: 1, name: 'Lødingen' }).waitFor();
      await page.getByRole('status').getByText('Lødingen er lagt til som partner.').waitFor();
      await checkBothWidths(page, "the new partner's page");

      // Its details are edited on its page: the day it joined.
      await tabToField(page, 'Deltaker fra');
      await page.getByLabel('Deltaker fra').fill('2026-01-01');
      await submit(page, 'Lagre opplysningene');
      await page.getByRole('status').getByText('Opplysningene er lagret.').waitFor();
      await expect.poll(() => page.locator('dl.facts').textContent()).toContain('1. januar 2026');

      // A new regional council with the new municipality; one that sits in another council is refused.
      await backToCommunity(page);
      await followByKeyboard(page, 'Nytt regionråd', 'Nytt regionråd');
      await checkBothWidths(page, 'a new regional council');
      await typeInto(page, 'Navn', 'Ofoten regionråd');
      for (const municipality of ['1804 Bodø', '1851 Lødingen']) {
        await tabToField(page, municipality, manyPresses);
        await page.keyboard.press('Space');
      }
      await expect.poll(() => page.getByRole('checkbox', { name: /1804 Bodø/ }).isChecked()).toBe(true);
      await submit(page, 'Registrer regionrådet');
      await page.getByText('Bodø er allerede medlem av et annet regionråd.').waitFor();
      await checkBothWidths(page, 'a new regional council with a refused member');

      await page.getByRole('checkbox', { name: /1804 Bodø/ }).focus();
      await page.keyboard.press('Space');
      await submit(page, 'Registrer regionrådet');
      await page.getByRole('heading', { level: 1, name: 'Endre Ofoten regionråd' }).waitFor();
      await page.getByRole('status').getByText('Ofoten regionråd er registrert.').waitFor();
      expect(await page.getByRole('checkbox', { name: /1851 Lødingen/ }).isChecked()).toBe(true);
      await checkBothWidths(page, 'a regional council’s edit page');

      // Renamed on its edit page.
      await typeInto(page, 'Navn', 'Ofotrådet');
      await submit(page, 'Lagre regionrådet');
      await page.getByRole('status').getByText('Regionrådet er lagret.').waitFor();
      await page.getByRole('heading', { level: 1, name: 'Endre Ofotrådet' }).waitFor();

      // The community page shows the council with its municipality, and the partner in it.
      await backToCommunity(page);
      await page.getByRole('list', { name: 'Medlemskommuner i Ofotrådet' }).getByText('Lødingen').waitFor();
      const partners = page.getByRole('table', { name: `Partnere i ${lovesa}` });
      await expect.poll(() => cellTexts(partners.getByRole('row').filter({ hasText: 'Lødingen' }))).toContain('Ofotrådet');
    });
  });

  it('creates an organ with its rules and officers, then records its dissolution, refusing a day before it was established', async () => {
    const name = 'FSU psykisk helse og rus';
    await session(async (page) => {
      await openCommunity(page);
      await followByKeyboard(page, 'Nytt organ', 'Nytt organ');
      await checkBothWidths(page, 'a new organ');
      expect(await page.getByLabel('Type organ').inputValue()).toBe('PROFESSIONAL_COMMITTEE');

      await typeInto(page, 'Navn', name);
      await tabToField(page, 'Opprettet');
      await page.getByLabel('Opprettet', { exact: true }).fill('2025-02-01');
      await tabToField(page, 'Leder og nestleder velges av');
      await page.getByLabel('Leder og nestleder velges av').selectOption({ label: 'Partnerskapsmøtet' });
      await typeInto(page, 'År før ledervervet går over til den andre parten', '2');
      await typeInto(page, 'Møter per år', 'fire');
      await typeInto(page, 'Saksfrist (dager før møtet)', '28');
      await submit(page, 'Registrer organet');
      await page.getByText('Skriv et helt tall.').waitFor();
      await checkBothWidths(page, 'a new organ with a refused number');

      await retype(page, 'Møter per år', '4');
      await submit(page, 'Registrer organet');
      await page.getByRole('heading', { level: 1, name: `Endre ${name}` }).waitFor();
      await page.getByRole('status').getByText(`${name} er registrert.`).waitFor();
      expect(await page.getByLabel('Leder og nestleder velges av').inputValue()).not.toBe('');
      expect(await page.getByLabel('År før ledervervet går over til den andre parten').inputValue()).toBe('2');
      await checkBothWidths(page, "an organ's edit page");

      await tabToField(page, 'Nedlagt');
      await page.getByLabel('Nedlagt', { exact: true }).fill('2024-12-31');
      await submit(page, 'Lagre organet');
      await page.getByText('Et organ kan ikke oppløses før det ble opprettet (1. februar 2025).').waitFor();
      await checkBothWidths(page, "an organ's edit page with a refused dissolution");

      await page.getByLabel('Nedlagt', { exact: true }).fill('2025-12-31');
      await submit(page, 'Lagre organet');
      await page.getByRole('status').getByText('Organet er lagret.').waitFor();

      // The community page shows it dissolved, with the rules it was given.
      await backToCommunity(page);
      const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name }) });
      await card.getByText('Nedlagt', { exact: true }).first().waitFor();
      await card.getByText('28 dager før møtet').waitFor();
    });
  });

  it('shows no way to edit to a member of the strategic committee, and the pages say only the secretariat can', async () => {
    await session(async (page) => {
      await openCommunity(page, 'ssu@lovesa.demo');
      for (const link of ['Endre navn på helsefellesskapet', 'Legg til partner', 'Nytt regionråd', 'Nytt organ']) {
        expect(await page.getByRole('link', { name: link }).count()).toBe(0);
      }
      await page.goto(`${new URL(page.url()).pathname}/organs/new`);
      await page.getByText('Bare sekretariatet i helsefellesskapet kan endre registeret.').waitFor();
      expect(await page.getByRole('button', { name: 'Registrer organet' }).count()).toBe(0);
      await checkBothWidths(page, 'a new organ, not allowed');
    });
  });
});

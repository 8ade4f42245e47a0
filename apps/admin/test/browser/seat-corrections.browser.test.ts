import path from 'node:path';

import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from './support/accessibility';
import { type ApiServer, startApiServer } from './support/api-server';
import { launchChromium } from './support/browser';
import { normalise, signInThroughForm, tabTo, withPage } from './support/page-helpers';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');

const helgeland = 'Helsefellesskap Helgeland';
const ssu = 'Strategisk samarbeidsutvalg (SSU)';
const council = 'Helgelandsrådet';
const seat2 = 'Kommunal representant 2 (Helgelandsrådet)';
const deputyList = 'Sykehusets vararepresentantliste';
const reason = 'Registrert på feil sete';
const newDeputy = 'Vilde Varaliste (demo)';
const director = 'Dina Direktør (demo)';

let api: ApiServer | undefined;
let browser: Browser | undefined;
let communityPath = '';
let councilId = '';
let organId = '';
let today = '';
/** The demo's member of seat 2 today and her personal deputy, the appointments the council cancels. */
let member = '';
let deputy = '';

interface Demo {
  today: string;
  communities: {
    id: string;
    name: string;
    regionalCouncils: { id: string; name: string }[];
    organs: {
      id: string;
      name: string;
      seats: { label: string; holders: { role: string; person: { name: string } }[] }[];
    }[];
  }[];
}

async function ask<T>(query: string): Promise<T> {
  const response = await fetch(`${api?.baseUrl ?? ''}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || !('data' in body) || !body.data)
    throw new Error(`The API refused: ${JSON.stringify(body)}`);
  // The shape is the query's own; the test fails on the first field that is not there.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions
  return body.data as T;
}

/** How the UI writes a date in Norwegian, e.g. "1. desember 2026". */
function norwegianDate(isoDate: string): string {
  return new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

async function textOf(locator: Locator): Promise<string> {
  return normalise(await locator.innerText());
}

function rowOf(page: Page, table: Locator, seat: string): Locator {
  return table.locator('tbody > tr').filter({ has: page.getByRole('rowheader', { name: seat, exact: true }) });
}

/** Nothing on the page scrolls sideways, neither the page nor a table's scroll region (the offenders are named). */
async function expectNoSidewaysScrolling(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() =>
        [document.documentElement, ...Array.from(document.querySelectorAll<HTMLElement>('.table-scroll'))]
          .filter((element) => element.scrollWidth > element.clientWidth + 1)
          .map((element) => {
            // The element reaching furthest right, to say what is too wide.
            const widest = Array.from(element.querySelectorAll<HTMLElement>('*')).reduce<HTMLElement | undefined>(
              (found, candidate) =>
                candidate.getBoundingClientRect().right > (found?.getBoundingClientRect().right ?? 0) ? candidate : found,
              undefined,
            );
            const culprit = widest ? `${widest.tagName}.${widest.className}: ${(widest.textContent ?? '').slice(0, 60)}` : '';
            return `${element.tagName} ${element.getAttribute('aria-labelledby') ?? ''}: ${element.scrollWidth} > ${element.clientWidth} ${culprit}`;
          }),
      ),
    )
    .toEqual([]);
}

/** Axe judges colours as they end, not halfway through a dialog's or a message's fade-in. */
async function expectAccessibleWhenSettled(page: Page, where: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  await expectNoAxeViolations(page, where);
}

async function focusedText(page: Page): Promise<string> {
  return normalise(await page.evaluate(() => document.activeElement?.textContent ?? ''));
}

beforeAll(async () => {
  api = await startApiServer(repositoryRoot);
  browser = await launchChromium();
  const demo = await ask<Demo>(
    '{ today communities { id name regionalCouncils { id name } organs { id name seats { label holders { role person { name } } } } } }',
  );
  today = demo.today;
  const community = demo.communities.find((candidate) => candidate.name === helgeland);
  if (!community) throw new Error(`The demo data has no community named ${helgeland}.`);
  communityPath = `/communities/${community.id}`;
  councilId = community.regionalCouncils.find((candidate) => candidate.name === council)?.id ?? '';
  const organ = community.organs.find((candidate) => candidate.name === ssu);
  organId = organ?.id ?? '';
  const holders = organ?.seats.find((seat) => seat.label === seat2)?.holders ?? [];
  member = holders.find((holder) => holder.role === 'MEMBER')?.person.name ?? '';
  deputy = holders.find((holder) => holder.role === 'PERSONAL_DEPUTY')?.person.name ?? '';
  if (!councilId || !organId || !member || !deputy) throw new Error(`The demo has no member and deputy on ${seat2} today.`);
});

afterAll(async () => {
  await browser?.close().catch((error: unknown) => console.error('Closing Chromium failed:', error));
  await api?.stop();
});

function session(run: (page: Page) => Promise<void>, viewport?: { width: number; height: number }) {
  if (!browser || !api) throw new Error('The API or the browser did not start.');
  return withPage(browser, api.baseUrl, run, viewport);
}

describe('correcting seats and appointments', () => {
  it('lets Helgelandsrådet cancel a mistaken appointment by keyboard: a reason is required, the seat shows vacant, the history shows it cancelled', async () => {
    await session(
      async (page) => {
        const councilPage = `${communityPath}/regional-councils/${councilId}`;
        await signInThroughForm(page, 'helgelandsradet@helgeland.demo', communityPath);
        await page.goto(councilPage);
        await page.getByRole('heading', { level: 1, name: council }).waitFor();
        const seats = page.getByRole('table', { name: `Seter i ${ssu} som ${council} oppnevner til` });
        const row = rowOf(page, seats, seat2);
        await expect.poll(() => textOf(row)).toContain(member);
        await expectNoSidewaysScrolling(page);
        await expectNoAxeViolations(page, "the council's seats at 1366 px");

        // The dialog, by keyboard: the reason field has focus; without a reason nothing is cancelled.
        await tabTo(page, `Annuller Medlem ${member}`, 200);
        await page.keyboard.press('Enter');
        const dialog = page.getByRole('dialog', { name: `Annuller oppnevningen av ${member}` });
        await dialog.waitFor();
        await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('textarea');
        await tabTo(page, 'Annuller oppnevningen');
        await page.keyboard.press('Enter');
        await dialog.getByText('Skriv hvorfor oppnevningen annulleres.').waitFor();
        await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('textarea');
        await expectAccessibleWhenSettled(page, 'the cancel dialog with its error');

        // Escape keeps the appointment; the dialog opens again from the same button.
        await page.keyboard.press('Escape');
        await expect.poll(() => dialog.count()).toBe(0);
        await expect.poll(() => textOf(row)).toContain(member);
        await tabTo(page, `Annuller Medlem ${member}`, 200);
        await page.keyboard.press('Enter');
        await dialog.waitFor();
        await page.keyboard.type(reason);
        await tabTo(page, 'Annuller oppnevningen');
        await page.keyboard.press('Enter');
        await page
          .getByRole('status')
          .filter({ hasText: `Oppnevningen av ${member} er annullert.` })
          .waitFor();
        await expect.poll(() => dialog.count()).toBe(0);
        await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
        // The member and her personal deputy are gone; the seat is vacant.
        await expect.poll(() => textOf(row)).not.toContain(member);
        await expect.poll(() => textOf(row)).not.toContain(deputy);
        await expect.poll(() => textOf(row)).toContain('Ledig');
        await expectNoAxeViolations(page, 'the council page after cancelling');

        // The organ: seat 2 is vacant today, and its history shows both appointments as cancelled, with the reason.
        await page.goto(`${communityPath}/organs/${organId}`);
        const table = page.getByRole('table', { name: `Sammensetningen av ${ssu} per ${norwegianDate(today)}` });
        await table.waitFor();
        await page.getByRole('heading', { name: 'Ledige seter' }).waitFor();
        await expect.poll(() => textOf(page.getByRole('main'))).toContain(seat2);
        await expect.poll(() => textOf(rowOf(page, table, seat2))).toContain('Ledig');
        await tabTo(page, `Vis historikk for ${seat2}`, 300);
        await page.keyboard.press('Enter');
        const history = page.getByRole('table', { name: `Alle oppnevninger til ${seat2}` });
        await history.waitFor();
        const entries = await Promise.all((await history.locator('tbody > tr').all()).map(textOf));
        for (const name of [member, deputy]) {
          expect(entries.find((entry) => entry.startsWith(name))).toContain(`Annullert Annullert: ${reason}`);
        }
        await expectNoAxeViolations(page, 'the SSU page with the cancelled history open');
      },
      { width: 1366, height: 900 },
    );
  });

  it("shows the council's seats and the composition as cards on a phone, with the cancel dialog usable there", async () => {
    await session(
      async (page) => {
        await signInThroughForm(page, 'sekretariat@helgeland.demo', communityPath);
        await page.goto(`${communityPath}/regional-councils/${councilId}`);
        await page.getByRole('heading', { level: 1, name: council }).waitFor();
        await page
          .getByRole('button', { name: /^Annuller Medlem / })
          .first()
          .waitFor();
        await expectNoSidewaysScrolling(page);
        await expectNoAxeViolations(page, "the council's seats at 375 px");
        await page
          .getByRole('button', { name: /^Annuller Medlem / })
          .first()
          .click();
        await page.getByRole('dialog').waitFor();
        await expectAccessibleWhenSettled(page, 'the cancel dialog at 375 px');
        await page.keyboard.press('Escape');

        await page.goto(`${communityPath}/organs/${organId}`);
        await page.getByRole('heading', { level: 1, name: ssu }).waitFor();
        await page.getByRole('button', { name: `Oppnevn vararepresentant for ${deputyList}` }).waitFor();
        await expectNoSidewaysScrolling(page);
        await expectNoAxeViolations(page, 'the SSU composition at 375 px');
      },
      { width: 375, height: 800 },
    );
  });

  it("lets the secretariat place a deputy on the hospital's list, and warns in Norwegian when the hospital's director takes a municipal seat", async () => {
    await session(
      async (page) => {
        await signInThroughForm(page, 'sekretariat@helgeland.demo', communityPath);
        await page.goto(`${communityPath}/organs/${organId}`);
        const table = page.getByRole('table', { name: `Sammensetningen av ${ssu} per ${norwegianDate(today)}` });
        await table.waitFor();
        await expectNoSidewaysScrolling(page);
        await expectNoAxeViolations(page, 'the SSU page for the secretariat at 1366 px');

        // Place 4 on the hospital's deputy list.
        await page.getByRole('button', { name: `Oppnevn vararepresentant for ${deputyList}` }).click();
        const form = page.getByRole('region', { name: `Oppnevn vararepresentant – ${deputyList}` });
        await form.waitFor();
        await form.getByLabel('Plass på listen').fill('4');
        await form.getByLabel('Registrer en ny person').check();
        await form.getByLabel('Navn').fill(newDeputy);
        await form.getByLabel('Arbeider for').selectOption({ label: 'Helgelandssykehuset HF' });
        await form.getByLabel('Fra og med').fill(today);
        await form.getByLabel('Vedtak').fill('Helgelandssykehuset, direktørens vedtak 2026/200');
        await expectNoAxeViolations(page, 'the deputy list form');
        await form.getByRole('button', { name: 'Oppnevn vararepresentant' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `${newDeputy} er oppnevnt som vararepresentant i ${deputyList} fra ${norwegianDate(today)}.` })
          .waitFor();
        await expect.poll(() => textOf(rowOf(page, table, deputyList))).toContain(newDeputy);

        // The person picker shows the seat's side by default: the hospital's people on a hospital seat.
        await page.getByRole('button', { name: `Oppnevn / erstatt medlem for ${seat2}` }).click();
        const memberForm = page.getByRole('region', { name: `Oppnevn / erstatt medlem – ${seat2}` });
        await memberForm.waitFor();
        await expect.poll(() => memberForm.getByLabel('Vis personer fra').inputValue()).toBe('MUNICIPAL');
        const options = async () => (await memberForm.getByLabel('Registrert person').locator('option').allTextContents()).join('|');
        await expect.poll(options).not.toContain(newDeputy);
        await memberForm.getByLabel('Vis personer fra').selectOption('HOSPITAL');
        await expect.poll(options).toContain(newDeputy);

        // A new person working for the hospital on a municipal seat: saved, with a warning in Norwegian.
        await memberForm.getByLabel('Registrer en ny person').check();
        await memberForm.getByLabel('Navn').fill(director);
        await memberForm.getByLabel('Arbeider for').selectOption({ label: 'Helgelandssykehuset HF' });
        await memberForm.getByLabel('Fra og med').fill(today);
        await memberForm.getByLabel('Vedtak').fill('Helgelandsrådet sak 50/2026');
        // When the seat still has its member (this test run alone), the director replaces her.
        const replace = memberForm.getByLabel('Erstatt nåværende medlem');
        if ((await replace.count()) > 0) await replace.check();
        await memberForm.getByRole('button', { name: 'Oppnevn medlem' }).click();
        await page
          .getByRole('status')
          .filter({
            hasText: `Merk: ${director} arbeider for helseforetaket, men dette er et kommunalt sete. Sjekk at det stemmer.`,
          })
          .waitFor();
        await expect.poll(() => textOf(rowOf(page, table, seat2))).toContain(director);
        await expectNoAxeViolations(page, 'the SSU page after the side-mismatch warning');
        expect(await focusedText(page)).toContain(director);

        // Ended without a replacement, from today: the dialog proposes today as the last day.
        await rowOf(page, table, seat2)
          .getByRole('button', { name: `Avslutt Medlem ${director}` })
          .click();
        const endDialog = page.getByRole('dialog', { name: `Avslutt oppnevningen av ${director}` });
        await endDialog.waitFor();
        await expect.poll(() => endDialog.getByLabel('Siste dag').inputValue()).toBe(today);
        await expectAccessibleWhenSettled(page, 'the end dialog');
        await endDialog.getByRole('button', { name: 'Avslutt oppnevningen' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `Oppnevningen av ${director} er avsluttet med ${norwegianDate(today)} som siste dag.` })
          .waitFor();
      },
      { width: 1366, height: 900 },
    );
  });

  it('lets the secretariat add a seat and retire it: gone from the composition after its last day', async () => {
    await session(
      async (page) => {
        const seat = 'Fylkeskommunen';
        await signInThroughForm(page, 'sekretariat@helgeland.demo', communityPath);
        await page.goto(`${communityPath}/organs/${organId}`);
        const table = page.getByRole('table', { name: `Sammensetningen av ${ssu} per ${norwegianDate(today)}` });
        await table.waitFor();
        await page.getByRole('button', { name: 'Legg til sete' }).click();
        const form = page.getByRole('region', { name: 'Nytt sete' });
        await form.waitFor();
        await form.getByRole('button', { name: 'Legg til setet' }).click();
        await form.getByText('Skriv navnet på setet.').waitFor();
        await form.getByLabel('Navn på setet').fill(seat);
        await form.getByLabel('Side').selectOption('OBSERVER');
        await form.getByLabel('Oppnevnes av').selectOption('EXTERNAL');
        await form.getByLabel('Navn på organet').fill('Nordland fylkeskommune');
        await expectAccessibleWhenSettled(page, 'the new seat form');
        await form.getByRole('button', { name: 'Legg til setet' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `Setet «${seat}» er lagt til.` })
          .waitFor();
        await expect.poll(() => textOf(rowOf(page, table, seat))).toContain('Observatør Talerett Oppnevnes av Nordland fylkeskommune');

        await rowOf(page, table, seat)
          .getByRole('button', { name: `Legg ned ${seat}` })
          .click();
        const dialog = page.getByRole('dialog', { name: `Legg ned setet ${seat}` });
        await dialog.waitFor();
        await expectAccessibleWhenSettled(page, 'the retire dialog');
        await dialog.getByRole('button', { name: 'Legg ned setet' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `Setet «${seat}» er lagt ned med ${norwegianDate(today)} som siste dag.` })
          .waitFor();
        const tomorrow = new Date(`${today}T00:00:00Z`);
        tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
        const nextDay = tomorrow.toISOString().slice(0, 10);
        await page.getByLabel('Sammensetning per dato').fill(nextDay);
        const later = page.getByRole('table', { name: `Sammensetningen av ${ssu} per ${norwegianDate(nextDay)}` });
        await later.waitFor();
        await expect.poll(() => rowOf(page, later, seat).count()).toBe(0);
      },
      { width: 1366, height: 900 },
    );
  });
});

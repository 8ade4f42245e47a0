import path from 'node:path';

import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from './support/accessibility';
import { type ApiServer, startApiServer } from './support/api-server';
import { launchChromium } from './support/browser';
import { normalise, signInThroughForm, withPage } from './support/page-helpers';

/**
 * The seats of Lofoten, Vesterålen, Salten's SSU that are not a regional council's: a hospital seat
 * (the hospital trust appoints), the hospital's ordered deputy list, an observer seat (an outside body
 * names the observer), and the chair and vice-chair the partnership meeting elects, alternating sides.
 * The server's clock stands in the demo's first term (2025–2026), so the next term starts 2027.
 */
const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');
const today = '2026-06-15';
const nextTerm = { startsOn: '2027-01-01', endsOn: '2028-12-31' };

const lofoten = 'Helsefellesskapet Lofoten, Vesterålen, Salten';
const ssu = 'Strategisk samarbeidsutvalg (SSU)';
const hospital = 'Nordlandssykehuset HF';
const hospitalSeat = 'Nordlandssykehuset 2';
const municipalSeat = 'Kommunal representant 4 (Lofotrådet)';
const deputyList = 'Sykehusets vararepresentantliste';
const observerSeat = 'KS';
const hospitalMember = 'Henrik Helseforetak (demo)';
const municipalMember = 'Marte Lofotkommune (demo)';
const listDeputy = 'Vilde Varaliste (demo)';
const observer = 'Kåre KS-reprsentant (demo)';
const correctedObserver = 'Kåre KS-representant (demo)';
const election = 'Partnerskapsmøtet sak 09/2026';
const desktop = { width: 1366, height: 900 };
const phone = { width: 375, height: 800 };

let api: ApiServer | undefined;
let browser: Browser | undefined;
let organPath = '';

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

/** How the UI writes a date in Norwegian, e.g. "1. januar 2027". */
function norwegianDate(isoDate: string): string {
  return new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

async function textOf(locator: Locator): Promise<string> {
  return normalise(await locator.innerText());
}

function compositionOn(page: Page, date: string): Locator {
  return page.getByRole('table', { name: `Sammensetningen av ${ssu} per ${norwegianDate(date)}` });
}

function rowOf(page: Page, table: Locator, seat: string): Locator {
  return table.locator('tbody > tr').filter({ has: page.getByRole('rowheader', { name: seat, exact: true }) });
}

/** Axe judges colours as they end, not halfway through a form's or a message's fade-in. */
async function expectAccessibleWhenSettled(page: Page, where: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  await expectNoAxeViolations(page, where);
}

/** Opens a seat's form for a role by keyboard (the button named by the role and, for screen readers, the seat). */
async function openForm(page: Page, action: string, heading: string, seat: string): Promise<Locator> {
  const button = page.getByRole('button', { name: `${action} for ${seat}` });
  await button.focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('region', { name: `${heading} – ${seat}` });
  await form.waitFor();
  return form;
}

/** Fills the person as a new one, the term and the decision. */
async function newPersonTerm(
  form: Locator,
  person: { name: string; worksFor?: string },
  term: { startsOn: string; endsOn?: string },
  decision: string,
): Promise<void> {
  await form.getByLabel('Registrer en ny person').check();
  await form.getByLabel('Navn').fill(person.name);
  if (person.worksFor) await form.getByLabel('Arbeider for').selectOption({ label: person.worksFor });
  await form.getByLabel('Fra og med').fill(term.startsOn);
  if (term.endsOn) await form.getByLabel('Til og med').fill(term.endsOn);
  await form.getByLabel('Vedtak').fill(decision);
}

async function expectStatus(page: Page, text: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).waitFor();
}

beforeAll(async () => {
  api = await startApiServer(repositoryRoot, { clockDate: today });
  browser = await launchChromium();
  const demo = await ask<{ communities: { id: string; name: string; organs: { id: string; name: string }[] }[] }>(
    '{ communities { id name organs { id name } } }',
  );
  const community = demo.communities.find((candidate) => candidate.name === lofoten);
  const organ = community?.organs.find((candidate) => candidate.name === ssu);
  if (!community || !organ) throw new Error(`The demo data has no ${ssu} in ${lofoten}.`);
  organPath = `/communities/${community.id}/organs/${organ.id}`;
});

afterAll(async () => {
  await browser?.close().catch((error: unknown) => console.error('Closing Chromium failed:', error));
  await api?.stop();
});

function session(run: (page: Page) => Promise<void>, viewport: { width: number; height: number }) {
  if (!browser || !api) throw new Error('The API or the browser did not start.');
  return withPage(browser, api.baseUrl, run, viewport);
}

describe('hospital seats, observers, the deputy list, chair and vice-chair', () => {
  it('lets the secretariat record the next term: a hospital member, a municipal chair and a hospital vice-chair, refusing a second hospital chair', async () => {
    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@lovesa.demo', organPath);
      const table = compositionOn(page, today);
      await table.waitFor();
      await expectNoAxeViolations(page, 'the SSU page for the secretariat at 1366 px');

      // The hospital trust's decision: a member of a hospital seat for the next term.
      const memberForm = await openForm(page, 'Oppnevn / erstatt medlem', 'Oppnevn / erstatt medlem', hospitalSeat);
      await newPersonTerm(
        memberForm,
        { name: hospitalMember, worksFor: hospital },
        nextTerm,
        'Nordlandssykehuset, direktørens vedtak 2026/140',
      );
      await expectAccessibleWhenSettled(page, 'the member form of a hospital seat');
      await memberForm.getByRole('button', { name: 'Oppnevn medlem' }).click();
      await expectStatus(page, `${hospitalMember} er oppnevnt som medlem i ${hospitalSeat} fra ${norwegianDate(nextTerm.startsOn)}.`);
      // The seat's history names the hospital trust as the appointing body.
      await rowOf(page, table, hospitalSeat)
        .getByRole('button', { name: `Vis historikk for ${hospitalSeat}` })
        .click();
      const history = page.getByRole('table', { name: `Alle oppnevninger til ${hospitalSeat}` });
      const newRow = history.locator('tbody > tr').filter({ hasText: hospitalMember });
      await expect.poll(() => textOf(newRow)).toContain(hospital);

      // The municipal member of the next term, by Lofotrådet's decision recorded by the secretariat.
      const municipalForm = await openForm(page, 'Oppnevn / erstatt medlem', 'Oppnevn / erstatt medlem', municipalSeat);
      await newPersonTerm(municipalForm, { name: municipalMember, worksFor: 'Vågan' }, nextTerm, 'Lofotrådet sak 20/2026');
      await municipalForm.getByRole('button', { name: 'Oppnevn medlem' }).click();
      await expectStatus(page, `${municipalMember} er oppnevnt som medlem i ${municipalSeat} fra ${norwegianDate(nextTerm.startsOn)}.`);

      // The hospital chairs this term: the partnership meeting cannot elect a hospital chair again.
      const hospitalChair = await openForm(page, 'Registrer leder', 'Registrer leder', hospitalSeat);
      await hospitalChair.getByLabel('Medlem som er valgt').selectOption({ label: hospitalMember });
      await hospitalChair.getByLabel('Fra og med').fill(nextTerm.startsOn);
      await hospitalChair.getByLabel('Til og med').fill(nextTerm.endsOn);
      await hospitalChair.getByLabel('Vedtak').fill(election);
      await hospitalChair.getByRole('button', { name: 'Registrer leder' }).click();
      const refusal = hospitalChair.getByRole('alert').filter({ hasText: 'Registeret avviste oppnevningen' });
      await expect
        .poll(() => textOf(refusal))
        .toContain(
          'Ledervervet går på omgang mellom kommunene og sykehuset. Forrige leder kom fra sykehuset, så denne kan ikke gjøre det.',
        );
      await expectAccessibleWhenSettled(page, 'the refused chair');
      await hospitalChair.getByRole('button', { name: 'Avbryt' }).click();

      // The municipal member is elected chair, the hospital's member vice-chair.
      const chairForm = await openForm(page, 'Registrer leder', 'Registrer leder', municipalSeat);
      await chairForm.getByLabel('Medlem som er valgt').selectOption({ label: municipalMember });
      await chairForm.getByLabel('Fra og med').fill(nextTerm.startsOn);
      await chairForm.getByLabel('Til og med').fill(nextTerm.endsOn);
      await chairForm.getByLabel('Vedtak').fill(election);
      await expectAccessibleWhenSettled(page, 'the chair form');
      await chairForm.getByRole('button', { name: 'Registrer leder' }).click();
      await expectStatus(page, `${municipalMember} er registrert som leder fra ${norwegianDate(nextTerm.startsOn)}.`);

      const viceChairForm = await openForm(page, 'Registrer nestleder', 'Registrer nestleder', hospitalSeat);
      await viceChairForm.getByLabel('Medlem som er valgt').selectOption({ label: hospitalMember });
      await viceChairForm.getByLabel('Fra og med').fill(nextTerm.startsOn);
      await viceChairForm.getByLabel('Til og med').fill(nextTerm.endsOn);
      await viceChairForm.getByLabel('Vedtak').fill(election);
      await viceChairForm.getByRole('button', { name: 'Registrer nestleder' }).click();
      await expectStatus(page, `${hospitalMember} er registrert som nestleder fra ${norwegianDate(nextTerm.startsOn)}.`);

      // On the first day of the next term, the composition says who leads, from which side.
      await page.goto(`${organPath}?at=${nextTerm.startsOn}`);
      const next = compositionOn(page, nextTerm.startsOn);
      await next.waitFor();
      const officers = page.getByText(/^\d+ seter med stemmerett og/);
      await expect.poll(() => textOf(officers)).toContain(`Leder: ${municipalMember}, fra kommunene.`);
      await expect.poll(() => textOf(officers)).toContain(`Nestleder: ${hospitalMember}, fra sykehuset.`);
      await expect.poll(() => textOf(rowOf(page, next, municipalSeat))).toContain('Leder');
      await expect.poll(() => textOf(rowOf(page, next, hospitalSeat))).toContain('Nestleder');
      await expectNoAxeViolations(page, 'the next term with its chair and vice-chair at 1366 px');
    }, desktop);
  });

  it("lets the secretariat place a deputy on the hospital's list in order, replace an observer and correct the observer's name, on a phone", async () => {
    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@lovesa.demo', organPath);
      const table = compositionOn(page, today);
      await table.waitFor();
      await expectNoAxeViolations(page, 'the SSU page for the secretariat at 375 px');

      // A taken place on the list is refused, naming who holds it; a free one is taken, and the list keeps its order.
      const listForm = await openForm(page, 'Oppnevn vararepresentant', 'Oppnevn vararepresentant', deputyList);
      await listForm.getByLabel('Plass på listen').fill('2');
      await newPersonTerm(
        listForm,
        { name: listDeputy, worksFor: hospital },
        { startsOn: today, endsOn: '2026-12-31' },
        'Nordlandssykehuset, direktørens vedtak 2026/141',
      );
      await expectAccessibleWhenSettled(page, 'the deputy list form at 375 px');
      await listForm.getByRole('button', { name: 'Oppnevn vararepresentant' }).click();
      await expect.poll(() => textOf(listForm)).toMatch(/Plass 2 på vararepresentantlisten er besatt i denne perioden \(.+\)\./);
      await listForm.getByLabel('Plass på listen').fill('4');
      await listForm.getByRole('button', { name: 'Oppnevn vararepresentant' }).click();
      await expectStatus(page, `${listDeputy} er oppnevnt som vararepresentant i ${deputyList} fra ${norwegianDate(today)}.`);
      const list = rowOf(page, table, deputyList).locator('ol.person-list > li');
      await expect.poll(() => list.count()).toBe(4);
      await expect.poll(async () => normalise(await list.last().innerText())).toContain(listDeputy);

      // KS names its observer: the new one replaces the one who sits now, from today.
      const observerForm = await openForm(page, 'Oppnevn / erstatt observatør', 'Oppnevn / erstatt observatør', observerSeat);
      await newPersonTerm(observerForm, { name: observer }, { startsOn: today }, 'KS, brev 2026/12');
      await observerForm.getByLabel('Erstatt nåværende observatør').check();
      await expectAccessibleWhenSettled(page, 'the observer form at 375 px');
      await observerForm.getByRole('button', { name: 'Oppnevn observatør' }).click();
      await expectStatus(page, `${observer} er oppnevnt som observatør i ${observerSeat} fra ${norwegianDate(today)}.`);
      await expect.poll(() => textOf(rowOf(page, table, observerSeat))).toContain(observer);

      // The name was misspelt: the secretariat corrects the person, by keyboard, in a dialog.
      const correct = rowOf(page, table, observerSeat).getByRole('button', { name: `Rett opplysningene om ${observer}` });
      await correct.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: `Rett opplysningene om ${observer}` });
      await dialog.waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('text');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(correctedObserver);
      await dialog.getByLabel('E-post').fill('kare@ks.example');
      await expectAccessibleWhenSettled(page, 'the correction dialog at 375 px');
      await dialog.getByRole('button', { name: 'Lagre rettelsen' }).click();
      await expectStatus(page, `Opplysningene om ${correctedObserver} er rettet.`);
      await expect.poll(() => textOf(rowOf(page, table, observerSeat))).toContain(correctedObserver);
      await expect.poll(() => textOf(rowOf(page, table, observerSeat))).toContain('kare@ks.example');
      // On a phone the composition is cards: nothing scrolls sideways.
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      await expectAccessibleWhenSettled(page, 'the SSU page after the observer was replaced at 375 px');
    }, phone);
  });
});

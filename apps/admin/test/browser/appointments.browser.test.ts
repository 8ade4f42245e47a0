import path from 'node:path';

import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from './support/accessibility';
import { type ApiServer, startApiServer } from './support/api-server';
import { launchChromium } from './support/browser';
import { demoPassword, normalise, tabTo, tabToField, withPage } from './support/page-helpers';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');

const helgeland = 'Helsefellesskap Helgeland';
const ssu = 'Strategisk samarbeidsutvalg (SSU)';
const seat5 = 'Kommunal representant 5 (Indre Helgeland)';
const seat1 = 'Kommunal representant 1 (Helgelandsrådet)';
/** The demo data's member of seat 5 and her personal deputy, for the current term (the demo is dated relative to the day it is loaded). */
const oldMember = 'Unni Johansen (demo)';
const oldDeputy = 'Vegard Rønning (demo)';
const newMember = 'Nora Nyoppnevnt (demo)';
const newDeputy = 'Paul Personligvara (demo)';
const reference = 'IHR sak 12/2026';

/** Dates as the API counts them: ISO strings. */
function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
/** How the UI writes a date in Norwegian, e.g. "1. desember 2026". */
function norwegianDate(isoDate: string): string {
  return new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * The run's own date (the machine's, or CLOCK_DATE), and in every run two more: the first days after the
 * demo's original terms ended on 2026-12-31 (when every seat once showed as vacant), and years ahead.
 */
const runs = [{ clockDate: undefined }, { clockDate: '2027-01-05' }, { clockDate: '2031-06-01' }];

let api: ApiServer | undefined;
let browser: Browser | undefined;
let helgelandPath = '';
/** Today as the server counts it, and what the demo data holds relative to it. */
let today = '';
let termStart = '';
let termEnd = '';
let oldReference = '';
/** The day the new member starts: a few days ahead, within the demo term (after its start, on or before its end). */
let startDate = '';
let dayBeforeStart = '';

interface DemoSeats {
  today: string;
  communities: { id: string; name: string }[];
}
interface SeatHistory {
  community: {
    organs: {
      seats: { label: string; history: { role: string; startsOn: string; endsOn: string | null; decisionReference: string }[] }[];
    }[];
  };
}

async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${api?.baseUrl ?? ''}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || !('data' in body) || !body.data)
    throw new Error(`The API refused ${query}: ${JSON.stringify(body)}`);
  // The shape is the query's own; the test fails on the first field that is not there.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions
  return body.data as T;
}

async function startRun(clockDate: string | undefined): Promise<void> {
  api = await startApiServer(repositoryRoot, { clockDate });
  browser = await launchChromium();
  const demo = await ask<DemoSeats>('{ today communities { id name } }');
  const id = demo.communities.find((community) => community.name === helgeland)?.id;
  if (!id) throw new Error(`The demo data has no community named ${helgeland}.`);
  helgelandPath = `/communities/${id}`;
  today = demo.today;
  if (clockDate) expect(today).toBe(clockDate);
  const seats = await ask<SeatHistory>(
    'query($id: ID!) { community(id: $id) { organs { seats { label history { role startsOn endsOn decisionReference } } } } }',
    {
      id,
    },
  );
  const member = seats.community.organs
    .flatMap((organ) => organ.seats)
    .find((seat) => seat.label === seat5)
    ?.history.find(
      (appointment) => appointment.role === 'MEMBER' && appointment.startsOn <= today && (appointment.endsOn ?? today) >= today,
    );
  if (!member?.endsOn) throw new Error(`The demo has no member of ${seat5} today (${today}).`);
  ({ startsOn: termStart, endsOn: termEnd, decisionReference: oldReference } = { ...member, endsOn: member.endsOn });
  startDate = [addDays(today, 6), termEnd].sort()[0] ?? termEnd;
  dayBeforeStart = addDays(startDate, -1);
}

async function stopRun(): Promise<void> {
  await browser?.close().catch((error: unknown) => console.error('Closing Chromium failed:', error));
  await api?.stop();
}

function session(run: (page: Page) => Promise<void>) {
  if (!browser || !api) throw new Error('The API or the browser did not start.');
  return withPage(browser, api.baseUrl, run);
}

function compositionTable(page: Page, isoDate: string): Locator {
  return page.getByRole('table', { name: `Sammensetningen av ${ssu} per ${norwegianDate(isoDate)}` });
}

function rowOf(page: Page, table: Locator, seat: string): Locator {
  return table.locator('tbody > tr').filter({ has: page.getByRole('rowheader', { name: seat, exact: true }) });
}

/** The text as laid out (innerText), so stacked parts and table cells stay apart. */
async function textOf(locator: Locator): Promise<string> {
  return normalise(await locator.innerText());
}

/** Shows the composition on a date through the page's date field (kept in the URL). */
async function showComposition(page: Page, isoDate: string): Promise<Locator> {
  await page.getByLabel('Sammensetning per dato').fill(isoDate);
  const table = compositionTable(page, isoDate);
  await table.waitFor();
  // The page keeps the last composition while the next loads, so the field never loses focus.
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('date');
  return table;
}

/** Runs a GraphQL operation from the page, with the signed-in user's cookie, and returns the answer's text. */
function graphqlInPage(page: Page, query: string, variables: Record<string, unknown>): Promise<string> {
  return page.evaluate(async (body) => {
    const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return response.text();
  }, JSON.stringify({ query, variables }));
}

/** The `errors` of a GraphQL answer as code and message, checked rather than cast. */
function errorsIn(answer: string): { code: unknown; message: unknown }[] {
  const body: unknown = JSON.parse(answer);
  const errors: unknown = typeof body === 'object' && body !== null && 'errors' in body ? body.errors : undefined;
  if (!Array.isArray(errors)) return [];
  return errors.map((error: unknown) => {
    if (typeof error !== 'object' || error === null) return { code: undefined, message: undefined };
    const extensions: unknown = 'extensions' in error ? error.extensions : undefined;
    return {
      code: typeof extensions === 'object' && extensions !== null && 'code' in extensions ? extensions.code : undefined,
      message: 'message' in error ? error.message : undefined,
    };
  });
}

describe.each(runs)('organs, seats and appointments (clock: $clockDate)', ({ clockDate }) => {
  beforeAll(() => startRun(clockDate));
  afterAll(stopRun);

  it("shows the public Helgeland's SSU: 14 voting seats, parity, names without contact data, a seat's history", async () => {
    await session(async (page) => {
      await page.goto(helgelandPath);
      await page.getByRole('heading', { level: 1, name: helgeland }).waitFor();
      await page.getByRole('link', { name: ssu, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: ssu }).waitFor();
      const table = compositionTable(page, today);
      await table.waitFor();

      const votingRows = table.locator('tbody > tr').filter({ hasText: 'Stemmerett' });
      await expect.poll(() => votingRows.count()).toBe(14);
      const parity = page.getByText(/^Partsbalanse per .*: 7 \+ 7 stemmeberettigede medlemmer/);
      await parity.waitFor();
      await expect.poll(() => page.getByRole('heading', { name: /^Ikke partsbalanse/ }).count()).toBe(0);
      await page.getByText(`Ingen ledige seter per ${norwegianDate(today)}.`).waitFor();
      await expect
        .poll(() => textOf(rowOf(page, table, seat5)))
        .toContain(`${oldMember} Kommunalsjef helse og omsorg, Rana kommune ${oldDeputy}`);
      await expect.poll(() => textOf(rowOf(page, table, 'Kommunal representant 1 (Helgelandsrådet)'))).toContain('Medlem Leder');
      // Names, titles and employers are public; e-mail and phone are for the secretariat only.
      await expect.poll(() => page.locator('a[href^="mailto:"], a[href^="tel:"]').count()).toBe(0);
      await expect.poll(() => textOf(page.getByRole('main'))).not.toMatch(/@|\+47/);
      await expectNoAxeViolations(page, 'the SSU page for the public');

      await rowOf(page, table, seat5)
        .getByRole('button', { name: `Vis historikk for ${seat5}` })
        .click();
      const history = page.getByRole('table', { name: `Alle oppnevninger til ${seat5}` });
      await history.waitFor();
      // Seat 5 had another member and personal deputy in the previous term.
      await expect.poll(() => history.locator('tbody > tr').count()).toBe(4);
      await expectNoAxeViolations(page, "the SSU page with a seat's history open");

      await page.setViewportSize({ width: 360, height: 740 });
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
      await expectNoAxeViolations(page, 'the SSU page on a small screen');

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('table', { name: new RegExp(`^Composition of ${ssu.replace(/[()]/g, '\\$&')} on `) }).waitFor();
      await page.getByText(/^Parity on .*: 7 \+ 7 voting members/).waitFor();
      await page.getByRole('button', { name: `Hide history of ${seat5}` }).waitFor();
      await expectNoAxeViolations(page, 'the SSU page in English');
    });
  });

  it('shows the secretariat contact data and the appointment forms of every council', async () => {
    await session(async (page) => {
      await page.goto(`/sign-in?returnTo=${encodeURIComponent(helgelandPath)}`);
      await page.getByLabel('E-post').fill('sekretariat@helgeland.demo');
      await page.getByLabel('Passord').fill(demoPassword);
      await page.getByRole('button', { name: 'Logg inn' }).click();
      await page.getByRole('heading', { level: 1, name: helgeland }).waitFor();
      // "Våre seter" is for regional council users.
      await page.getByRole('link', { name: 'Revisjonslogg' }).waitFor();
      await expect.poll(() => page.getByRole('link', { name: 'Våre seter' }).count()).toBe(0);
      await page.getByRole('link', { name: 'Helgelandsrådet', exact: true }).click();
      const seats = page.getByRole('table', { name: `Seter i ${ssu} som Helgelandsrådet oppnevner til` });
      const row = rowOf(page, seats, seat1);
      await row.getByRole('button', { name: `Oppnevn / erstatt medlem for ${seat1}` }).waitFor();
      await expect.poll(() => row.locator('a[href^="mailto:"]').count()).toBe(2);
      await page.getByRole('link', { name: `Hele sammensetningen av ${ssu}` }).click();
      const table = compositionTable(page, today);
      await table.waitFor();
      await expect.poll(() => rowOf(page, table, seat5).locator('a[href^="mailto:"], a[href^="tel:"]').count()).toBe(4);
      await expectNoAxeViolations(page, 'the SSU page for the secretariat, with contact data');
    });
  });

  it('lets Indre Helgeland Regionråd replace a member and appoint a personal deputy, by keyboard, and nothing on other seats', async () => {
    await session(async (page) => {
      // Sign in through the form, by keyboard, coming back to the community.
      await page.goto(helgelandPath);
      await page.getByRole('banner').getByRole('link', { name: 'Logg inn' }).waitFor();
      await tabTo(page, 'Logg inn');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
      await tabToField(page, 'E-post');
      await page.keyboard.type('ihr@helgeland.demo');
      await tabToField(page, 'Passord');
      await page.keyboard.type(demoPassword);
      await page.keyboard.press('Enter');
      await page.getByRole('banner').getByRole('button', { name: 'Logg ut' }).waitFor();
      await page.getByRole('heading', { level: 1, name: helgeland }).waitFor();

      // "Våre seter" leads to the council's own page.
      await page.getByRole('link', { name: 'Våre seter' }).waitFor();
      await tabTo(page, 'Våre seter');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Indre Helgeland Regionråd' }).waitFor();
      const seats = page.getByRole('table', { name: `Seter i ${ssu} som Indre Helgeland Regionråd oppnevner til` });
      const seatRow = rowOf(page, seats, seat5);
      await seatRow.waitFor();
      await expect.poll(() => textOf(seatRow)).toContain(`${oldMember} Kommunalsjef helse og omsorg, Rana kommune`);
      // The page lists what ends within 90 days of the server's today: the current term, when it ends that soon.
      if (termEnd <= addDays(today, 90)) {
        const endingSoon = page.getByRole('table', { name: 'Verv som utløper snart, det som utløper først øverst' });
        await expect
          .poll(() => textOf(endingSoon))
          .toContain(`${oldMember} Kommunalsjef helse og omsorg, Rana kommune Medlem ${seat5} ${norwegianDate(termEnd)}`);
      } else {
        await page.getByText('Ingen oppnevninger slutter i denne perioden.').waitFor();
      }
      await expectNoAxeViolations(page, "the council's page for its user");

      // Replace the member: the form, its errors, then a new person from the start date.
      await tabTo(page, `Oppnevn / erstatt medlem for ${seat5}`);
      await page.keyboard.press('Enter');
      const form = page.getByRole('region', { name: `Oppnevn / erstatt medlem – ${seat5}` });
      await form.waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(`Oppnevn / erstatt medlem – ${seat5}`);
      await tabTo(page, 'Oppnevn medlem');
      await page.keyboard.press('Enter');
      await page.getByText('Rett opp dette før du oppnevner:').waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('ds-error-summary');
      await expectNoAxeViolations(page, 'the member form with errors');

      await tabToField(page, 'Velg en som er registrert');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => form.getByLabel('Registrer en ny person').isChecked()).toBe(true);
      await tabToField(page, 'Navn');
      await page.keyboard.type(newMember);
      await tabToField(page, 'Tittel');
      await page.keyboard.type('Kommunalsjef helse');
      await tabToField(page, 'Arbeidsgiver');
      await page.keyboard.type('Hattfjelldal kommune');
      await tabToField(page, 'E-post');
      await page.keyboard.type('nora@hattfjelldal.example');
      await tabToField(page, 'Fra og med');
      await page.getByLabel('Fra og med').fill(startDate);
      await expect.poll(() => page.getByLabel('Til og med').inputValue()).toBe(termEnd);
      await tabToField(page, 'Vedtak');
      await page.keyboard.type(reference);
      // Without replacing, the API refuses: the seat has a member in the period.
      await tabTo(page, 'Oppnevn medlem');
      await page.keyboard.press('Enter');
      const refusal = page.getByRole('alert').filter({ hasText: 'Registeret avviste oppnevningen' });
      await refusal.waitFor();
      // The API's reason in Norwegian, naming the member in the way.
      await expect
        .poll(() => textOf(refusal))
        .toContain(
          `Setet er besatt fra ${norwegianDate(termStart)} til ${norwegianDate(termEnd)} (${oldMember}). Avslutt den oppnevningen først, eller erstatt vedkommende.`,
        );
      await expectNoAxeViolations(page, 'the member form refused by the API');

      const replace = form.getByLabel('Erstatt nåværende medlem');
      const explanation = await textOf(form.getByText(/^Nåværende medlem og medlemmets personlige vara går ut/));
      expect(explanation).toContain(`Det gjelder ${oldMember}, ${oldDeputy}, som får ${norwegianDate(dayBeforeStart)} som siste dag.`);
      await tabToField(page, 'Erstatt nåværende medlem');
      await page.keyboard.press('Space');
      await expect.poll(() => replace.isChecked()).toBe(true);
      await tabTo(page, 'Oppnevn medlem');
      await page.keyboard.press('Enter');
      const done = page
        .getByRole('status')
        .filter({ hasText: `${newMember} er oppnevnt som medlem i ${seat5} fra ${norwegianDate(startDate)}.` });
      await done.waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
      await expect.poll(() => form.count()).toBe(0);
      // The table shows the change: the member now leaves the day before, the new one is coming.
      await expect.poll(() => textOf(seatRow)).toContain(`${newMember} Kommunalsjef helse, Hattfjelldal kommune Medlem`);
      await expect
        .poll(() => textOf(seatRow))
        .toContain(
          `${oldMember} Kommunalsjef helse og omsorg, Rana kommune ${norwegianDate(termStart)} – ${norwegianDate(dayBeforeStart)}`,
        );
      await expectNoAxeViolations(page, 'the council page after replacing the member');

      // A personal deputy for the new member, from the same day.
      await tabTo(page, `Oppnevn / erstatt personlig vara for ${seat5}`);
      await page.keyboard.press('Enter');
      const deputyForm = page.getByRole('region', { name: `Oppnevn / erstatt personlig vara – ${seat5}` });
      await deputyForm.waitFor();
      const memberChoice = deputyForm.getByLabel('Personlig vara for');
      expect(normalise(await memberChoice.locator('option:checked').textContent())).toMatch(
        new RegExp(`^${newMember.replace(/[()]/g, '\\$&')}`),
      );
      await tabToField(page, 'Velg en som er registrert');
      await page.keyboard.press('ArrowDown');
      await tabToField(page, 'Navn');
      await page.keyboard.type(newDeputy);
      await tabToField(page, 'Fra og med');
      await page.getByLabel('Fra og med').fill(startDate);
      await page.getByLabel('Til og med').fill(termEnd);
      await tabToField(page, 'Vedtak');
      await page.keyboard.type(reference);
      await page.keyboard.press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: `${newDeputy} er oppnevnt som personlig vara i ${seat5} fra ${norwegianDate(startDate)}.` })
        .waitFor();
      await expect.poll(() => textOf(seatRow)).toContain(`${newDeputy} Personlig vara for ${newMember}`);
      await expectNoAxeViolations(page, 'the council page after appointing the personal deputy');

      // The organ's composition: the old member and deputy the day before, the new ones from the start date.
      await page.getByRole('link', { name: `Hele sammensetningen av ${ssu}` }).click();
      await page.getByRole('heading', { level: 1, name: ssu }).waitFor();
      const before = await showComposition(page, dayBeforeStart);
      expect(new URL(page.url()).searchParams.get('at')).toBe(dayBeforeStart);
      const rowBefore = await textOf(rowOf(page, before, seat5));
      expect(rowBefore).toContain(oldMember);
      expect(rowBefore).toContain(oldDeputy);
      expect(rowBefore).not.toContain(newMember);
      const after = await showComposition(page, startDate);
      const rowAfter = await textOf(rowOf(page, after, seat5));
      // The council may end or cancel them: those buttons stand between the member and the deputy.
      expect(rowAfter).toContain(`${newMember} Kommunalsjef helse, Hattfjelldal kommune Avslutt Medlem ${newMember}`);
      expect(rowAfter).toContain(`${newDeputy} Avslutt Personlig vara for ${newMember}`);
      expect(rowAfter).not.toContain(oldMember);
      // A regional council user does not see contact data either, not even of the person it registered.
      expect(rowAfter).not.toContain('nora@hattfjelldal.example');
      await page.getByText(/^Partsbalanse per .*: 7 \+ 7/).waitFor();

      // The seat's history: every member and deputy, with the decisions.
      await tabTo(page, `Vis historikk for ${seat5}`);
      await page.keyboard.press('Enter');
      const history = page.getByRole('table', { name: `Alle oppnevninger til ${seat5}` });
      await history.waitFor();
      const entries = await Promise.all((await history.locator('tbody > tr').all()).map(textOf));
      expect(entries).toHaveLength(6);
      const entry = (name: string) => entries.find((text) => text.startsWith(name)) ?? '';
      expect(entry(oldMember)).toContain(
        `Medlem ${norwegianDate(termStart)} – ${norwegianDate(dayBeforeStart)} ${oldReference} Indre Helgeland Regionråd`,
      );
      expect(entry(oldDeputy)).toContain(
        `Personlig vara for ${oldMember} ${norwegianDate(termStart)} – ${norwegianDate(dayBeforeStart)} ${oldReference}`,
      );
      expect(entry(newMember)).toContain(
        `Medlem ${norwegianDate(startDate)} – ${norwegianDate(termEnd)} ${reference} Indre Helgeland Regionråd`,
      );
      expect(entry(newDeputy)).toContain(
        `Personlig vara for ${newMember} ${norwegianDate(startDate)} – ${norwegianDate(termEnd)} ${reference}`,
      );
      await expectNoAxeViolations(page, 'the SSU page on the start date with the history open');

      // Helgelandsrådet's seats: no forms for this user, and the API refuses if tried anyway.
      await rowOf(page, after, seat1).getByRole('link', { name: 'Helgelandsrådet' }).click();
      await page.getByRole('heading', { level: 1, name: 'Helgelandsrådet' }).waitFor();
      await rowOf(page, page.getByRole('table', { name: `Seter i ${ssu} som Helgelandsrådet oppnevner til` }), seat1).waitFor();
      await page.getByText('Bare Helgelandsrådet og sekretariatet registrerer oppnevninger til disse setene.').waitFor();
      await expect.poll(() => page.getByRole('button', { name: /^Oppnevn/ }).count()).toBe(0);
      await expectNoAxeViolations(page, "another council's page for a regional council user");

      const communityId = helgelandPath.split('/').at(-1) ?? '';
      const seatList = await graphqlInPage(page, 'query ($id: ID!) { community(id: $id) { organs { seats { id label } } } }', {
        id: communityId,
      });
      const seatId = new RegExp(`"id":"([^"]+)","label":"${seat1.replace(/[()]/g, '\\$&')}"`).exec(seatList)?.[1];
      expect(seatId).toBeDefined();
      const refused = errorsIn(
        await graphqlInPage(page, 'mutation ($input: AppointInput!) { appoint(input: $input) { id } }', {
          input: {
            seatId,
            role: 'MEMBER',
            newPerson: { name: 'Ikke lov (demo)' },
            startsOn: startDate,
            decisionReference: 'IHR sak 99/2026',
            replaceCurrent: true,
          },
        }),
      );
      expect(refused).toHaveLength(1);
      expect(refused[0]?.code).toBe('FORBIDDEN');
      expect(String(refused[0]?.message)).toMatch(/^Only Helgelandsrådet appoints to this seat/);
    });
  });
});

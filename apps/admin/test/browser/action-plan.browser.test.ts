import path from 'node:path';

import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from './support/accessibility';
import { type ApiServer, startApiServer } from './support/api-server';
import { launchChromium } from './support/browser';
import { cellTexts, demoPassword, normalise, signInThroughForm, tabTo, tabToField, withPage } from './support/page-helpers';
import { pdfOutlineTitles } from './support/pdf-outline';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');

const lofoten = 'Helsefellesskapet Lofoten, Vesterålen, Salten';
const planTitle = 'Handlingsplan 2022–2024';
const focusAreaTitles = [
  'Helhetlige pasientforløp, tjenesteinnovasjon og samhandling',
  'Akuttmedisin og beredskap',
  'Demografi, rekruttering og teknologi',
];
const bredding = 'Bredding av digital hjemmeoppfølging';
/** The password of every demo account on the embedded database. */

/** Today in Norway, as the API and the UI count it; never hard-coded, the demo data is judged against it. */
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
const currentYear = Number(today.slice(0, 4));
const longDate = (isoDate: string) =>
  new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

let api: ApiServer | undefined;
let browser: Browser | undefined;
let communityPath = '';
let planPath = '';

beforeAll(async () => {
  api = await startApiServer(repositoryRoot);
  browser = await launchChromium();
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ communities { id name actionPlans { id title } } }' }),
  });
  const community = communitiesIn(await response.json()).find((candidate) => candidate.name === lofoten);
  const plan = community?.actionPlans.find((candidate) => candidate.title === planTitle);
  if (!community || !plan) throw new Error(`The demo data has no "${planTitle}" in ${lofoten}.`);
  communityPath = `/communities/${community.id}`;
  planPath = `${communityPath}/action-plans/${plan.id}`;
});

afterAll(async () => {
  await browser?.close().catch((error: unknown) => console.error('Closing Chromium failed:', error));
  await api?.stop();
});

interface CommunityWithPlans {
  id: string;
  name: string;
  actionPlans: { id: string; title: string }[];
}

/** The communities of a GraphQL answer with their plans, checked rather than cast. */
function communitiesIn(body: unknown): CommunityWithPlans[] {
  const data: unknown = typeof body === 'object' && body !== null && 'data' in body ? body.data : undefined;
  const list: unknown = typeof data === 'object' && data !== null && 'communities' in data ? data.communities : undefined;
  if (!Array.isArray(list)) throw new Error(`Unexpected answer to the communities query: ${JSON.stringify(body)}`);
  const named = (item: unknown): { id: string; name?: string; title?: string } | undefined =>
    typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string'
      ? {
          id: item.id,
          name: 'name' in item && typeof item.name === 'string' ? item.name : undefined,
          title: 'title' in item && typeof item.title === 'string' ? item.title : undefined,
        }
      : undefined;
  return list.flatMap((item: unknown) => {
    const community = named(item);
    const plans: unknown = typeof item === 'object' && item !== null && 'actionPlans' in item ? item.actionPlans : [];
    if (!community?.name || !Array.isArray(plans)) return [];
    return [
      {
        id: community.id,
        name: community.name,
        actionPlans: plans.flatMap((plan: unknown) => {
          const named_ = named(plan);
          return named_?.title ? [{ id: named_.id, title: named_.title }] : [];
        }),
      },
    ];
  });
}

function session(run: (page: Page) => Promise<void>, viewport?: { width: number; height: number }) {
  if (!browser || !api) throw new Error('The API or the browser did not start.');
  return withPage(browser, api.baseUrl, run, viewport);
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabUntil(page: Page, target: Locator, maxPresses = 200): Promise<void> {
  const element = await target.elementHandle();
  if (!element) throw new Error('The element to tab to is not in the page.');
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    if (await element.evaluate((node) => node === document.activeElement)) return;
  }
  throw new Error(`The element was not reached within ${maxPresses} presses of Tab.`);
}

/** The value of a fact (`<dt>` label, `<dd>` value) of a measure or target. */
async function factOf(item: Locator, label: string): Promise<string> {
  return normalise(await item.locator('dt', { hasText: label }).first().locator('xpath=following-sibling::dd[1]').textContent());
}

function measure(page: Page, title: string): Locator {
  return page.getByRole('article', { name: title });
}

/** The status a measure or target shows: its label and Designsystemet colour (never the colour alone). */
async function statusOf(item: Locator): Promise<{ label: string; colour: string | null }> {
  const tag = item.locator('.status-tag').first();
  return { label: normalise(await tag.textContent()), colour: await tag.getAttribute('data-color') };
}

/** The status chart's table row of a focus area: name, status, a count per status, total. */
async function statusCounts(page: Page, focusAreaNumber: number): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Antall tiltak og mål per status' });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${focusAreaNumber}\\. `) }) });
  await row.waitFor();
  return cellTexts(row);
}

async function progressSummary(page: Page): Promise<string> {
  return normalise(await page.getByRole('img', { name: /^Gjennomsnittlig fremdrift/ }).getAttribute('aria-label'));
}

/** Fetches a URL in the page, so with its session cookie, and returns status, type and body. */
async function fetchInPage(page: Page, url: string): Promise<{ status: number; type: string | null; body: Buffer }> {
  const result = await page.evaluate(async (href) => {
    const response = await fetch(href);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      bytes: [...new Uint8Array(await response.arrayBuffer())],
    };
  }, url);
  return { status: result.status, type: result.type, body: Buffer.from(result.bytes) };
}

async function expectPdfWithEveryFocusArea(page: Page, href: string | null): Promise<void> {
  expect(href).toMatch(/^\/api\/action-plans\/[^/]+\/status-reports\/\d{4}\.pdf$/);
  const pdf = await fetchInPage(page, href ?? '');
  expect(pdf.status).toBe(200);
  expect(pdf.type).toContain('application/pdf');
  expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfOutlineTitles(pdf.body)).toEqual(focusAreaTitles.map((title, index) => `Innsatsområde ${index + 1}: ${title}`));
}

async function openReport(page: Page, year: number): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Velg rapportår' })
    .getByRole('link', { name: String(year), exact: true })
    .press('Enter');
  await page.getByRole('heading', { level: 1, name: `Statusrapport ${year}` }).waitFor();
}

/** The cells of a measure's row in a report's table of measures, once it is shown. */
async function reportMeasureCells(page: Page, focusAreaNumber: number, title: string): Promise<string[]> {
  const table = page.getByRole('table', { name: `Tiltak i innsatsområde ${focusAreaNumber}` });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });
  await row.waitFor();
  return cellTexts(row);
}

describe('the action plan, its status updates and status reports', () => {
  it('lets the SSU member report a status by keyboard; the tree, the dashboard and the current draft follow, the frozen report does not', async () => {
    await session(async (page) => {
      // Sign in through the form, by keyboard, coming back to the community.
      await page.goto(`/sign-in?returnTo=${encodeURIComponent(communityPath)}`);
      await tabToField(page, 'E-post');
      await page.keyboard.type('ssu@lovesa.demo');
      await tabToField(page, 'Passord');
      await page.keyboard.type(demoPassword);
      await page.keyboard.press('Enter');
      await page.getByRole('banner').getByRole('button', { name: 'Logg ut' }).waitFor();
      await page.getByRole('heading', { level: 1, name: lofoten }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Handlingsplaner' }).waitFor();
      await expectNoAxeViolations(page, 'the community page with its action plans');

      await tabTo(page, planTitle);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: planTitle }).waitFor();
      const header = normalise(await page.locator('.plan-facts').textContent());
      expect(header).toContain('2022–2024');
      expect(header).toContain('Forlenget');
      expect(header).toContain('SSU sak 26/2024');
      expect(header).toContain('Planen forlenges fram til status i planen kan behandles av partnerskapsmøtet.');
      for (const [index, title] of focusAreaTitles.entries()) {
        await page.getByRole('heading', { level: 3, name: `${index + 1}. ${title}` }).waitFor();
      }
      // Past its end date the measure is delayed whatever was reported, and the page says why.
      const breddingItem = measure(page, bredding);
      await expect.poll(() => statusOf(breddingItem)).toEqual({ label: 'Forsinket', colour: 'danger' });
      expect(normalise(await breddingItem.textContent())).toContain('Sluttdatoen er passert uten at tiltaket er fullført.');
      await expect.poll(() => factOf(breddingItem, 'Fremdrift')).toBe('70 %');
      await expect.poll(() => factOf(breddingItem, 'Sist oppdatert')).toBe('30. juni 2024');
      // Gaps are called out: no FSU and no measures in focus area 1.
      const area1 = page.getByRole('region', { name: `1. ${focusAreaTitles[0]}` });
      expect(normalise(await area1.textContent())).toContain('Det er ikke utarbeidet en tiltaksplan for innsatsområdet.');
      // The reporter of every demo measure may report on them; indicator values are for the secretariat.
      await expect.poll(() => page.getByText('Rapporter status', { exact: true }).count()).toBe(3);
      await expect.poll(() => page.getByText('Registrer indikatorverdi', { exact: true }).count()).toBe(0);

      // The dashboard's numbers, by keyboard.
      await tabTo(page, 'Vis tallene i en tabell');
      await page.keyboard.press('Enter');
      await expect.poll(() => statusCounts(page, 3)).toEqual([`3. ${focusAreaTitles[2]}`, 'Forsinket', '0', '0', '3', '0', '0', '0', '3']);
      await expect.poll(() => progressSummary(page)).toContain('Innsatsområde 3: fra 20 % til 57,5 %');
      await expectNoAxeViolations(page, 'the plan page with the status table open');

      // Report a status for the measure: the form first refuses, then saves.
      await tabUntil(page, breddingItem.getByText('Rapporter status', { exact: true }));
      await page.keyboard.press('Enter');
      const submit = breddingItem.getByRole('button', { name: 'Lagre status' });
      await tabUntil(page, submit);
      await page.keyboard.press('Enter');
      await page.getByText('Rett opp dette før du lagrer:').waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('ds-error-summary');
      await breddingItem.getByText('Velg en status.').first().waitFor();
      await expectNoAxeViolations(page, 'the status update form with errors');

      await tabTo(page, 'Status: Velg en status.');
      await page.keyboard.press('Enter');
      const status = breddingItem.getByLabel('Status', { exact: true });
      await expect.poll(() => status.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => status.inputValue()).toBe('AT_RISK');
      await page.keyboard.press('Tab');
      await page.keyboard.type('90');
      // The date defaults to today.
      await expect.poll(() => breddingItem.getByLabel('Dato', { exact: true }).inputValue()).toBe(today);
      await tabUntil(page, breddingItem.getByLabel('Kommentar'));
      await page.keyboard.type('Alle kommuner i gang, men etter planen.');
      await tabUntil(page, submit);
      await page.keyboard.press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: `Statusen for «${bredding}» er lagret.` })
        .waitFor();

      // The tree: still delayed (AT_RISK after the end date is DELAYED by the package's rule), 90 %, updated today.
      await expect.poll(() => factOf(breddingItem, 'Fremdrift')).toBe('90 %');
      await expect.poll(() => factOf(breddingItem, 'Sist oppdatert')).toBe(longDate(today));
      expect(normalise(await breddingItem.textContent())).toContain('Sluttdatoen er passert uten at tiltaket er fullført.');
      await expect.poll(() => statusOf(breddingItem)).toEqual({ label: 'Forsinket', colour: 'danger' });
      // The dashboard: focus area 3's average progress today is now (45 + 90) / 2.
      await expect.poll(() => progressSummary(page)).toContain('Innsatsområde 3: fra 20 % til 67,5 %');
      // The history keeps what was reported, for the community.
      await breddingItem.getByText('Historikk (4 oppdateringer)').click();
      const history = breddingItem.getByRole('table', { name: `Statusoppdateringer for «${bredding}», eldste først` });
      await history.waitFor();
      const newest = history.locator('tbody > tr').last();
      expect((await cellTexts(newest)).slice(0, 5)).toEqual([
        longDate(today),
        'I risiko',
        '90 %',
        'Alle kommuner i gang, men etter planen.',
        'Silje SSU-medlem LoVeSa (demo)',
      ]);
      await expectNoAxeViolations(page, 'the plan page after a status update');

      // Completed: the label, the colour and focus area 3's counts change; its own status stays delayed.
      await breddingItem.getByLabel('Status', { exact: true }).selectOption({ label: 'Fullført' });
      await breddingItem.getByLabel('Fremdrift (prosent)').fill('100');
      await submit.click();
      await expect.poll(async () => (await statusOf(breddingItem)).label).toBe('Fullført');
      expect((await statusOf(breddingItem)).colour).toBe('info');
      expect(normalise(await breddingItem.textContent())).not.toContain('Sluttdatoen er passert');
      await expect.poll(() => statusCounts(page, 3)).toEqual([`3. ${focusAreaTitles[2]}`, 'Forsinket', '0', '0', '2', '1', '0', '0', '3']);
      await expect.poll(() => progressSummary(page)).toContain('Innsatsområde 3: fra 20 % til 72,5 %');

      // This year's draft (cut off on 31 December) has the update; the frozen 2023 report does not.
      await openReport(page, currentYear);
      await page
        .locator('.report-badge')
        .filter({ hasText: /^Utkast$/ })
        .waitFor();
      expect((await reportMeasureCells(page, 3, bredding)).slice(0, 4)).toEqual([bredding, 'Fullført', '100 %', longDate(today)]);
      const draftPdf = await page.getByRole('link', { name: 'Last ned PDF' }).getAttribute('href');
      await expectNoAxeViolations(page, `the draft status report ${currentYear}`);

      const area3 = page.getByRole('region', { name: `3. ${focusAreaTitles[2]}` });
      await area3.getByLabel('Vurdering for innsatsområde 3').fill('Digital hjemmeoppfølging er breddet til alle kommuner.');
      await area3.getByRole('button', { name: 'Lagre vurderingen' }).click();
      await page.getByRole('status').filter({ hasText: 'Vurderingen for innsatsområde 3 er lagret.' }).waitFor();
      await expectPdfWithEveryFocusArea(page, draftPdf);

      await openReport(page, 2023);
      await page.locator('.report-badge').filter({ hasText: 'Fastsatt 15. februar 2024, vedlegg til SSU sak 04/2024' }).waitFor();
      expect((await reportMeasureCells(page, 3, bredding)).slice(0, 4)).toEqual([bredding, 'På sporet', '50 %', '31. desember 2023']);
      const frozenArea3 = page.getByRole('region', { name: `3. ${focusAreaTitles[2]}` });
      expect(normalise(await frozenArea3.textContent())).toContain(
        'Digital hjemmeoppfølging breddes som planlagt; rekruttering av fastleger er krevende.',
      );
      await expect.poll(() => page.getByRole('textbox').count()).toBe(0);
      await expectNoAxeViolations(page, 'the frozen status report 2023');
      await expectPdfWithEveryFocusArea(page, await page.getByRole('link', { name: 'Last ned PDF' }).getAttribute('href'));
    });
  });

  it('keeps an assessment written while someone else saved one, shows theirs, and saves the two combined, on a small screen', async () => {
    await session(
      async (page) => {
        await signInThroughForm(page, 'sekretariat@lovesa.demo', `${planPath}/reports/${currentYear}`);
        await page.getByRole('heading', { level: 1, name: `Statusrapport ${currentYear}` }).waitFor();
        const area2 = page.getByRole('region', { name: `2. ${focusAreaTitles[1]}` });
        const field = area2.getByLabel('Vurdering for innsatsområde 2');
        await field.focus();
        await page.keyboard.type('Mitt utkast: FSU akuttmedisin er i gang.');

        // Meanwhile a colleague saves an assessment of the same focus area, from the version they read.
        const planId = planPath.split('/').at(-1) ?? '';
        const colleague = await page.evaluate(
          async ({ planId, year }) => {
            const post = async (query: string, variables: Record<string, unknown>) => {
              const response = await fetch('/graphql', {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ query, variables }),
              });
              return JSON.stringify(await response.json());
            };
            const read = await post(
              'query($id: ID!, $year: Int!) { actionPlan(id: $id) { statusReport(year: $year) { commentaryVersions { focusAreaNumber version } } } }',
              { id: planId, year },
            );
            const version = Number(/\{"focusAreaNumber":2,"version":(\d+)\}/.exec(read)?.[1] ?? 0);
            return post(
              'mutation($id: ID!, $year: Int!, $version: Int!) { setStatusReportCommentary(planId: $id, year: $year, focusAreaNumber: 2, commentary: "Kollegaens vurdering.", expectedVersion: $version) { id } }',
              { id: planId, year, version },
            );
          },
          { planId, year: currentYear },
        );
        expect(colleague).not.toContain('errors');

        const submit = area2.getByRole('button', { name: 'Lagre vurderingen' });
        await submit.press('Enter');
        const refusal = area2.getByRole('alert').filter({ hasText: 'Kunne ikke lagre vurderingen' });
        await refusal.waitFor();
        expect(normalise(await refusal.textContent())).toContain(
          'Noen andre har lagret en ny vurdering for innsatsområde 2 mens du skrev. Teksten din er ikke lagret, men står fortsatt i feltet.',
        );
        // Theirs is shown beside the user's own text, which is kept.
        const theirs = area2.getByRole('figure', { name: 'Vurderingen som ble lagret for innsatsområde 2 mens du skrev:' });
        expect(normalise(await theirs.locator('blockquote').textContent())).toBe('Kollegaens vurdering.');
        expect(await field.inputValue()).toBe('Mitt utkast: FSU akuttmedisin er i gang.');
        expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
        await expectNoAxeViolations(page, 'a commentary refused because a colleague saved meanwhile, on a small screen');

        // Combined by keyboard and saved over the colleague's version, which the user has now seen.
        await field.focus();
        await page.keyboard.press('Control+Home');
        await page.keyboard.type('Kollegaens vurdering. ');
        await submit.press('Enter');
        await area2.getByRole('status').filter({ hasText: 'Vurderingen for innsatsområde 2 er lagret.' }).waitFor();
        expect(await theirs.count()).toBe(0);
        await page.reload();
        await expect
          .poll(() =>
            page
              .getByRole('region', { name: `2. ${focusAreaTitles[1]}` })
              .getByLabel('Vurdering for innsatsområde 2')
              .inputValue(),
          )
          .toBe('Kollegaens vurdering. Mitt utkast: FSU akuttmedisin er i gang.');
      },
      { width: 375, height: 800 },
    );
  });

  it('lets the secretariat freeze a draft with its case, after confirming, also on a small screen', async () => {
    await session(
      async (page) => {
        const pageOverflows = () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
        await signInThroughForm(page, 'sekretariat@lovesa.demo', planPath);
        await page.getByRole('heading', { level: 1, name: planTitle }).waitFor();
        // The secretariat reports on every measure and records the targets' indicator values.
        await expect.poll(() => page.getByText('Rapporter status', { exact: true }).count()).toBe(3);
        await expect.poll(() => page.getByText('Registrer indikatorverdi', { exact: true }).count()).toBe(2);
        await expect.poll(() => pageOverflows()).toBe(false);
        await expectNoAxeViolations(page, 'the plan page for the secretariat on a small screen');

        // As of the middle of 2024 the measure was still within its time and on track.
        const asOf = page.getByLabel('Vis status per');
        await asOf.fill('2024-06-30');
        await asOf.press('Enter');
        await page.waitForURL((url) => url.searchParams.get('asOf') === '2024-06-30');
        await page.getByText('Viser status per 30. juni 2024.').waitFor();
        await expect.poll(async () => (await statusOf(measure(page, bredding))).label).toBe('På sporet');
        // The page kept its content while asking, so focus is still in the field.
        await expect.poll(() => asOf.evaluate((element) => element === document.activeElement)).toBe(true);

        await openReport(page, 2024);
        const freeze = page.getByRole('region', { name: 'Fastsett rapporten' });
        await freeze.getByRole('button', { name: 'Fastsett rapporten' }).click();
        await page.getByText('Rett opp dette før du fastsetter:').waitFor();
        await expectNoAxeViolations(page, 'the freeze form with an error on a small screen');
        await freeze.getByLabel('Sak rapporten legges ved').fill('SSU sak 05/2025');
        await freeze.getByRole('button', { name: 'Fastsett rapporten' }).click();
        const dialog = page.getByRole('dialog', { name: 'Fastsette statusrapport 2024?' });
        await dialog.getByText('Rapporten fryses slik den er nå og legges ved SSU sak 05/2025.').waitFor();
        // The safe choice has focus, so a stray Enter does no harm.
        expect(normalise(await page.evaluate(() => document.activeElement?.textContent ?? ''))).toBe('Avbryt');
        // axe would measure contrast halfway through the fade-in.
        await dialog.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
        await expectNoAxeViolations(page, 'the confirmation before freezing a report');
        await dialog.getByRole('button', { name: 'Fastsett', exact: true }).click();

        await page.getByRole('status').filter({ hasText: 'Statusrapport 2024 er fastsatt og lagt ved SSU sak 05/2025.' }).waitFor();
        await page
          .locator('.report-badge')
          .filter({ hasText: `Fastsatt ${longDate(today)}, vedlegg til SSU sak 05/2025` })
          .waitFor();
        await expect.poll(() => page.getByRole('region', { name: 'Fastsett rapporten' }).count()).toBe(0);
        await expect.poll(() => page.getByRole('textbox').count()).toBe(0);
        // The frozen 2023 report is its template: the changes since then are listed.
        await page.getByRole('heading', { level: 3, name: 'Endringer siden 2023' }).first().waitFor();
        await expect.poll(() => pageOverflows()).toBe(false);
        await expectNoAxeViolations(page, 'the report just frozen, on a small screen');
      },
      { width: 360, height: 740 },
    );
  });

  it('shows another community the frozen report but not the draft, and no update forms or history', async () => {
    await session(async (page) => {
      await page.goto(`${planPath}/reports/${currentYear}`);
      await page.getByRole('heading', { level: 2, name: 'Du må logge inn' }).waitFor();
      await expectNoAxeViolations(page, 'a draft report for the public');

      await signInThroughForm(page, 'analytiker@helgeland.demo', planPath);
      await page.getByRole('heading', { level: 1, name: planTitle }).waitFor();
      await measure(page, bredding).waitFor();
      await expect.poll(() => page.getByText('Rapporter status', { exact: true }).count()).toBe(0);
      await expect.poll(() => page.getByText(/^Historikk/).count()).toBe(0);

      await openReport(page, currentYear);
      await page.getByRole('heading', { level: 2, name: 'Du har ikke tilgang' }).waitFor();
      await page.getByText('Utkastet er internt for helsefellesskapet. Fastsatte rapporter er offentlige.').waitFor();
      await expect.poll(() => page.getByRole('table').count()).toBe(0);
      await expectNoAxeViolations(page, 'a draft report for another community');

      await openReport(page, 2023);
      await page.locator('.report-badge').filter({ hasText: 'Fastsatt 15. februar 2024, vedlegg til SSU sak 04/2024' }).waitFor();
      expect((await reportMeasureCells(page, 3, bredding)).slice(0, 3)).toEqual([bredding, 'På sporet', '50 %']);
      await expectNoAxeViolations(page, 'the frozen report for another community');

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Status report 2023' }).waitFor();
      await page.locator('.report-badge').filter({ hasText: 'Frozen on 15 February 2024, attached to SSU sak 04/2024' }).waitFor();
      const row = page.getByRole('table', { name: 'Measures in focus area 3' }).getByRole('row').filter({ hasText: bredding });
      await row.waitFor();
      expect((await cellTexts(row)).slice(0, 3)).toEqual([bredding, 'On track', '50%']);
      await expectNoAxeViolations(page, 'the frozen report in English');
    });
  });
});

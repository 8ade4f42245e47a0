import path from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from './support/accessibility';
import { type ApiServer, startApiServer } from './support/api-server';
import { launchChromium } from './support/browser';
import { cellTexts, normalise, signInThroughForm, withPage } from './support/page-helpers';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');

const lofoten = 'Helsefellesskapet Lofoten, Vesterålen, Salten';
const planTitle = 'Handlingsplan 2022–2024';
const area3 = '3. Demografi, rekruttering og teknologi';
/** The demo's frozen 2023 report says this of focus area 3 (seed 004's template for the 2024 report). */
const commentary2023 = 'Digital hjemmeoppfølging breddes som planlagt; rekruttering av fastleger er krevende.';

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
  const { community, plan } = demoPlan(await response.json());
  communityPath = `/communities/${community.id}`;
  planPath = `${communityPath}/action-plans/${plan.id}`;
});

afterAll(async () => {
  await browser?.close().catch((error: unknown) => console.error('Closing Chromium failed:', error));
  await api?.stop();
});

/** The ids of the demo community and its plan in a `{ communities { id name actionPlans { id title } } }` answer, checked rather than cast. */
function demoPlan(body: unknown): { community: { id: string }; plan: { id: string } } {
  const field = (value: unknown, name: string): unknown =>
    typeof value === 'object' && value !== null ? Object.entries(value).find(([key]) => key === name)?.[1] : undefined;
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const community = list(field(field(body, 'data'), 'communities')).find((candidate) => field(candidate, 'name') === lofoten);
  const plan = list(field(community, 'actionPlans')).find((candidate) => field(candidate, 'title') === planTitle);
  const communityId = field(community, 'id');
  const planId = field(plan, 'id');
  if (typeof communityId !== 'string' || typeof planId !== 'string') throw new Error(`The demo data has no "${planTitle}" in ${lofoten}.`);
  return { community: { id: communityId }, plan: { id: planId } };
}

const wide = { width: 1366, height: 900 };
const narrow = { width: 375, height: 800 };

function session(run: (page: Page) => Promise<void>, viewport: { width: number; height: number }) {
  if (!browser || !api) throw new Error('The API or the browser did not start.');
  return withPage(browser, api.baseUrl, run, viewport);
}

async function noHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

describe('history: the report from last year’s, and the audit log by name', () => {
  it('starts the 2024 draft from the 2023 report, marked as carried over until the assessment is saved', async () => {
    for (const viewport of [wide, narrow]) {
      await session(async (page) => {
        await signInThroughForm(page, 'sekretariat@lovesa.demo', `${planPath}/reports/2024`);
        await page.getByRole('heading', { level: 1, name: 'Statusrapport 2024' }).waitFor();
        const section = page.getByRole('region', { name: area3 });
        const field = section.getByLabel('Vurdering for innsatsområde 3');
        await expect.poll(() => field.inputValue()).toBe(commentary2023);
        const note = section.locator('.carried-over');
        expect(normalise(await note.textContent())).toBe(
          'Overført Teksten er hentet fra statusrapporten for 2023 og er ikke redigert i år.',
        );
        expect(await noHorizontalScroll(page)).toBe(true);
        await expectNoAxeViolations(page, `the 2024 draft with carried-over commentary at ${viewport.width} px`);
      }, viewport);
    }

    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@lovesa.demo', `${planPath}/reports/2024`);
      const section = page.getByRole('region', { name: area3 });
      const field = section.getByLabel('Vurdering for innsatsområde 3');
      await expect.poll(() => field.inputValue()).toBe(commentary2023);
      // Edited by keyboard: the text is this year's assessment now, and the mark goes.
      await field.focus();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Fastlegeordningen er styrket i 2024.');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await section.getByRole('status').filter({ hasText: 'Vurderingen for innsatsområde 3 er lagret.' }).waitFor();
      await expect.poll(() => section.locator('.carried-over').count()).toBe(0);
      expect(await field.inputValue()).toBe(`${commentary2023} Fastlegeordningen er styrket i 2024.`);
      // The other areas keep last year's text, still marked.
      expect(await page.locator('.carried-over').count()).toBeGreaterThan(0);
      await expectNoAxeViolations(page, 'the 2024 draft after an assessment was saved');
    }, wide);
  });

  it('shows the audit log with records by name and fields by label, at 1366 and 375 px', async () => {
    for (const viewport of [wide, narrow]) {
      await session(async (page) => {
        await signInThroughForm(page, 'sekretariat@lovesa.demo', `${communityPath}/audit?type=StatusReport`);
        await page.getByRole('heading', { level: 1, name: 'Revisjonslogg' }).waitFor();
        const rows = page.getByRole('table', { name: 'Endringer, nyeste først' }).locator('tbody > tr');
        await rows.first().waitFor();
        expect((await cellTexts(rows.first())).slice(3, 5)).toEqual(['Statusrapport', `${planTitle} – 2024`]);
        await rows
          .first()
          .getByRole('button', { name: /^Vis endringer/ })
          .click();
        const changes = page.getByRole('table', { name: `Endringer i Statusrapport ${planTitle} – 2024` });
        await changes.getByRole('rowheader', { name: /^Kommentarer/ }).waitFor();
        await expect.poll(() => changes.getByRole('rowheader', { name: /^År/ }).count()).toBe(1);
        expect(normalise(await changes.textContent())).not.toContain('commentary');
        await expectNoAxeViolations(page, `the audit log with a status report opened at ${viewport.width} px`);
      }, viewport);
    }
  });
});

import path from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from './support/accessibility';
import { graphqlInPage } from './support/graphql-in-page';
import { type ApiServer, startApiServer } from './support/api-server';
import { launchChromium } from './support/browser';
import { normalise, signInThroughForm, tabTo, withPage } from './support/page-helpers';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');
const helgeland = 'Helsefellesskap Helgeland';
const establishment = 'Partnerskapsmøte sak 01-2022';
const rodoyReference = 'K-sak 61/2022, Rødøy kommunestyre';
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

/** Opens Helgeland's follow-up page the way a user does: from the community page's link. */
async function openFollowUpPage(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: helgeland, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: helgeland }).waitFor();
  await page.getByRole('link', { name: 'Oppfølging av vedtak i kommunene', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Oppfølging av vedtak' }).waitFor();
}

describe('the follow-up of binding decisions', () => {
  it("Rødøy's user records Rødøy's adoption by keyboard, and the matrix and the not-followed-up list show it", async () => {
    // The secretariat sets Rødøy's demo follow-up back to in progress, so Rødøy's user has something to record.
    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@helgeland.demo', '/');
      const communities = await graphqlInPage(page, '{ communities { id name } }', {});
      const communityId = new RegExp(`"id":"([^"]+)","name":"${helgeland}"`).exec(JSON.stringify(communities))?.[1];
      const matrix = JSON.stringify(
        await graphqlInPage(
          page,
          'query($id: ID!) { community(id: $id) { followUpMatrix(from: "2022-01-01", to: "2022-12-31") { decisions { decision { id } rows { partnerId partnerName version } } } } }',
          { id: communityId },
        ),
      );
      const decisionId = /"decision":\{"id":"([^"]+)"/.exec(matrix)?.[1];
      const rodoy = /"partnerId":"([^"]+)","partnerName":"Rødøy","version":(\d+)/.exec(matrix);
      await graphqlInPage(page, 'mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { decision { id } } }', {
        input: { decisionId, partnerId: rodoy?.[1], status: 'IN_PROGRESS', localDate: '2022-09-19', expectedVersion: Number(rodoy?.[2]) },
      });
    });

    await session(async (page) => {
      await signInThroughForm(page, 'rodoy@helgeland.demo', '/');
      await openFollowUpPage(page);
      const own = page.getByRole('table', { name: 'Vedtakene Rødøy skal forankre, og hva som er registrert.' });
      await own
        .getByRole('row', { name: new RegExp(establishment) })
        .getByText('Under behandling')
        .waitFor();
      const matrix = page.getByRole('table', { name: /^Oppfølging av vedtak / });
      const decisionRow = matrix.getByRole('row', { name: new RegExp(establishment) });
      // Rødøy's user records only Rødøy's follow-up: no button in another municipality's cell.
      expect(await decisionRow.getByRole('button', { name: /^Registrer – Rana/ }).count()).toBe(0);
      await expectNoAxeViolations(page, "the follow-up page of Rødøy's user");

      await tabTo(page, `Registrer – Rødøy: ${establishment}`);
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Oppfølging i Rødøy' });
      await dialog.waitFor();
      await dialog.getByLabel('Status').selectOption('ADOPTED');
      await expectNoAxeViolations(page, 'the record dialog');
      // Adopted without the local case: the API's refusal lands at the field, in bokmål.
      await dialog.getByRole('button', { name: 'Lagre oppfølgingen' }).press('Enter');
      await dialog.getByText('Oppgi den lokale saken, for eksempel «K-sak 61/2022, Rødøy kommunestyre».').first().waitFor();
      await dialog.getByLabel('Lokal sak').fill(rodoyReference);
      await dialog.getByLabel('Dato for lokal behandling').fill('2022-09-28');
      await dialog.getByRole('button', { name: 'Lagre oppfølgingen' }).press('Enter');
      await page.getByRole('status').getByText('Oppfølgingen i Rødøy er lagret: Vedtatt.').waitFor();
      await expect.poll(() => dialog.isVisible()).toBe(false);

      await expect.poll(async () => normalise(await decisionRow.textContent())).toContain(`Vedtatt${rodoyReference}`);
      await own
        .getByRole('row', { name: new RegExp(establishment) })
        .getByText(rodoyReference)
        .waitFor();
      // Rødøy has adopted it, so it is no longer listed as not followed up; the other municipalities still are.
      const overdue = page.getByRole('table', { name: 'Ikke fulgt opp etter 90 dager' });
      await overdue.getByRole('row', { name: /Rana/ }).first().waitFor();
      expect(await overdue.getByRole('row', { name: /Rødøy/ }).count()).toBe(0);
      await expectNoAxeViolations(page, 'the follow-up page once recorded');
    });
  });

  it('shows the matrix as a card per decision at 375 px, and the secretariat may record for every partner', async () => {
    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@helgeland.demo', '/');
      await openFollowUpPage(page);
      const cards = page.getByRole('list', { name: /^Oppfølging av vedtak / });
      const card = cards.getByRole('listitem').filter({ has: page.getByRole('heading', { name: establishment }) });
      await card.getByText(rodoyReference).first().waitFor();
      expect(await page.getByRole('table', { name: /^Oppfølging av vedtak / }).count()).toBe(0);
      expect(await card.getByRole('button', { name: /^Registrer – / }).count()).toBe(18);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(small.width);
      await expectNoAxeViolations(page, 'the follow-up page at 375 px');
    }, small);
  });
});

import path from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from './support/accessibility';
import { type ApiServer, startApiServer } from './support/api-server';
import { launchChromium } from './support/browser';
import { signInThroughForm, tabTo, tabToField, withPage } from './support/page-helpers';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');

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

function started(): { api: ApiServer; browser: Browser } {
  if (!api || !browser) throw new Error('The API or the browser did not start.');
  return { api, browser };
}

/** What a script gets for `{ me { email } }` with the token. */
async function scriptReadsMe(token: string): Promise<{ status: number; email: unknown }> {
  const response = await fetch(`${started().api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { email } }' }),
  });
  const body: unknown = await response.json();
  const data: unknown = typeof body === 'object' && body !== null && 'data' in body ? body.data : null;
  const me: unknown = typeof data === 'object' && data !== null && 'me' in data ? data.me : null;
  return { status: response.status, email: typeof me === 'object' && me !== null && 'email' in me ? me.email : null };
}

async function createTokenByKeyboard(page: Page, name: string): Promise<string> {
  await page.getByRole('heading', { level: 2, name: 'API-nøkler for skript' }).waitFor();
  await page.locator('body').focus();
  await tabToField(page, 'Navn på nøkkelen', 80);
  await page.keyboard.type(name);
  await tabTo(page, 'Lag nøkkel');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 3, name: `Nøkkelen «${name}» er laget` }).waitFor();
  return page.getByLabel('API-nøkkel', { exact: true }).inputValue();
}

describe('personal API tokens on the account page', () => {
  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 375, height: 800 },
  ]) {
    it(`an analyst creates a token by keyboard, a script reads with it, and revoking it stops the script (${viewport.width} px)`, async () => {
      const { api, browser } = started();
      await withPage(
        browser,
        api.baseUrl,
        async (page) => {
          await signInThroughForm(page, 'analytiker@helgeland.demo', '/account');
          const name = `kvartalsrapport ${viewport.width}`;
          const token = await createTokenByKeyboard(page, name);
          expect(token).toMatch(/^hfk_/);
          await expectNoAxeViolations(page, `the account page with a new token (${viewport.width} px)`);
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

          expect(await scriptReadsMe(token)).toEqual({ status: 200, email: 'analytiker@helgeland.demo' });

          await page.getByRole('button', { name: 'Jeg har tatt vare på den' }).click();
          await expect.poll(() => page.getByLabel('API-nøkkel', { exact: true }).count()).toBe(0);
          const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
          await card.getByText('Gyldig', { exact: true }).waitFor();
          await card.getByRole('button', { name: `Trekk tilbake ${name}` }).click();
          const dialog = page.getByRole('dialog', { name: 'Trekke tilbake nøkkelen?' });
          await dialog.waitFor();
          // Cancel has focus first, so a stray Enter cancels; axe reads colours as they are, so wait until it has faded in.
          await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Avbryt');
          await dialog.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
          await expectNoAxeViolations(page, `the revoke dialog (${viewport.width} px)`);
          await dialog.getByRole('button', { name: 'Trekk tilbake' }).click();
          await page.getByText(`Nøkkelen «${name}» er trukket tilbake.`).waitFor();
          await card.getByText('Trukket tilbake', { exact: true }).first().waitFor();

          expect((await scriptReadsMe(token)).status).toBe(401);
        },
        viewport,
      );
    });
  }

  it('asks for a name before creating a token, in the form', async () => {
    const { api, browser } = started();
    await withPage(browser, api.baseUrl, async (page) => {
      await signInThroughForm(page, 'analytiker@helgeland.demo', '/account');
      await page.getByRole('button', { name: 'Lag nøkkel' }).click();
      await page.getByText('Gi nøkkelen et navn.').waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('id') ?? '')).toContain('-name');
      await expectNoAxeViolations(page, 'the token form with a missing name');
    });
  });
});

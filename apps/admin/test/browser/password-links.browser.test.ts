import path from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from './support/accessibility';
import { type ApiServer, startApiServer } from './support/api-server';
import { launchChromium } from './support/browser';
import { demoPassword, normalise, signInThroughForm, tabToField, withPage } from './support/page-helpers';

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

function session(run: (page: Page) => Promise<void>, viewport?: { width: number; height: number }) {
  if (!browser || !api) throw new Error('The API or the browser did not start.');
  return withPage(browser, api.baseUrl, run, viewport);
}

const small = { width: 375, height: 740 };
const pageOverflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/**
 * Opens the development mailbox (mail is kept there without an SMTP server), waits for the newest
 * message to `recipient` with the subject, and follows its link as the person would.
 */
async function followMailedLink(page: Page, recipient: string, subject: string): Promise<void> {
  const message = page
    .getByRole('article')
    .filter({ hasText: recipient })
    .filter({ has: page.getByRole('heading', { name: subject }) });
  await expect
    .poll(
      async () => {
        await page.goto('/dev/mail');
        return message.count();
      },
      { timeout: 60_000, interval: 250 },
    )
    .toBeGreaterThan(0);
  await expectNoAxeViolations(page, 'the development mailbox');
  expect(await pageOverflows(page)).toBe(false);
  await message.first().getByRole('link').first().click();
  await page.waitForURL((url) => url.pathname === '/set-password');
}

// Two browsers, a mailbox and a dozen pages: long on a busy machine; the limit only ends a test that can never finish.
describe('invitations and password links', { timeout: 240_000 }, () => {
  it('invites a new person, who follows the link in the e-mail and chooses a password by keyboard on a small screen', async () => {
    const email = 'ny.analytiker@vefsn.kommune.no';
    await session(async (page) => {
      const communities = await page.request.post('/graphql', { data: { query: '{ communities { id name } }' } });
      const body: unknown = await communities.json();
      const helgeland = /"id":"([^"]+)","name":"Helsefellesskap Helgeland"/.exec(JSON.stringify(body))?.[1];
      if (!helgeland) throw new Error(`No Helgeland in ${JSON.stringify(body)}`);
      await signInThroughForm(page, 'sekretariat@helgeland.demo', `/communities/${helgeland}/users`);
      const form = page.getByRole('region', { name: 'Gi en rolle' });
      await form.getByText('personen får en invitasjon på e-post til å velge sitt eget passord').waitFor();
      expect(await form.getByLabel(/passord/i).count()).toBe(0);
      await page.getByLabel('E-post', { exact: true }).fill(email);
      await page.getByLabel('Navn', { exact: true }).fill('Nina Analytiker');
      await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Analytiker' });
      await page.getByRole('button', { name: 'Gi rollen' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Nina Analytiker har fått rollen Analytiker. En invitasjon er sendt til ${email}.` })
        .waitFor();
      const nina = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Nina Analytiker' }) });
      expect(normalise(await nina.textContent())).toContain('Invitert, har ikke valgt passord ennå');
      await expectNoAxeViolations(page, 'the users page after inviting a person');
    });

    // The person, in a browser of their own.
    await session(async (page) => {
      await followMailedLink(page, email, 'Invitasjon til Helsefellesskap / Invitation to Helsefellesskap');
      const link = page.url();
      await page.getByRole('heading', { level: 1, name: 'Velg passord' }).waitFor();
      await page
        .getByText(`Velkommen, Nina Analytiker. Velg passordet du vil logge inn med. Du logger inn med e-postadressen ${email}.`)
        .waitFor();
      expect(await pageOverflows(page)).toBe(false);
      await expectNoAxeViolations(page, 'the page to choose a password from an invitation');

      await tabToField(page, 'Nytt passord');
      await page.keyboard.type('kort');
      await page.keyboard.press('Enter');
      await page.getByText('Rett opp dette før du lagrer:').waitFor();
      await expectNoAxeViolations(page, 'the password page with a too short password');

      const chosen = 'Ninas eget lange passord';
      await page.getByLabel('Nytt passord').fill('');
      await tabToField(page, 'Nytt passord');
      await page.keyboard.type(chosen);
      await tabToField(page, 'Gjenta passordet');
      await page.keyboard.type(chosen);
      await page.keyboard.press('Enter');

      await page.waitForURL((url) => url.pathname === '/account');
      await page.getByRole('status').filter({ hasText: 'Passordet er lagret, og du er logget inn.' }).waitFor();
      await page.getByRole('banner').getByText('Nina Analytiker').waitFor();
      await page.getByRole('listitem').filter({ hasText: 'Analytiker – Helgeland' }).waitFor();
      expect(await pageOverflows(page)).toBe(false);
      await expectNoAxeViolations(page, 'the account page after accepting an invitation');

      // The link works once.
      await page.goto(link);
      await page.getByRole('heading', { level: 2, name: 'Lenken virker ikke' }).waitFor();
      await expectNoAxeViolations(page, 'the password page with a spent link');
      await page.getByRole('link', { name: 'Be om en ny lenke' }).click();
      await page.getByRole('heading', { level: 1, name: 'Glemt passordet' }).waitFor();
      expect(await pageOverflows(page)).toBe(false);
      await expectNoAxeViolations(page, 'the forgot-password page on a small screen');
    }, small);
  });

  it('sends a link from "Glemt passordet?", in either language, and the new password signs in', async () => {
    const email = 'analytiker@helgeland.demo';
    await session(async (page) => {
      await page.goto('/sign-in');
      await page.getByRole('link', { name: 'Glemt passordet?' }).click();
      await page.getByRole('heading', { level: 1, name: 'Glemt passordet' }).waitFor();
      await page.getByRole('button', { name: 'Send lenke' }).press('Enter');
      await page.getByText('Rett opp dette før du sender:').waitFor();
      await expectNoAxeViolations(page, 'the forgot-password page with an empty address');

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Forgot your password' }).waitFor();
      await page.getByLabel('E-mail').fill(email);
      await page.getByRole('button', { name: 'Send link' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `If ${email} has an account here, we have now sent a link to it.` })
        .waitFor();
      await expectNoAxeViolations(page, 'the forgot-password page in English after sending');
      await page.getByRole('button', { name: 'Norsk (bokmål)' }).click();
      await page.getByRole('heading', { level: 1, name: 'Glemt passordet' }).waitFor();

      await followMailedLink(page, email, 'Nytt passord til Helsefellesskap / New password for Helsefellesskap');
      await page.getByText(`Velg et nytt passord for ${email}.`).waitFor();
      await page.getByLabel('Nytt passord').fill('et helt nytt passord');
      await page.getByLabel('Gjenta passordet').fill('et helt nytt passord');
      await page.getByRole('button', { name: 'Lagre passordet og logg inn' }).click();
      await page.waitForURL((url) => url.pathname === '/account');
      await page.getByRole('banner').getByRole('button', { name: 'Logg ut' }).click();
      await page.getByRole('banner').getByRole('link', { name: 'Logg inn' }).waitFor();

      // The old password no longer works; the new one does.
      await page.goto('/sign-in');
      await page.getByLabel('E-post').fill(email);
      await page.getByLabel('Passord').fill(demoPassword);
      await page.getByRole('button', { name: 'Logg inn' }).click();
      await page.getByRole('alert').filter({ hasText: 'Feil e-postadresse eller passord.' }).waitFor();
      await page.getByLabel('Passord').fill('et helt nytt passord');
      await page.getByRole('button', { name: 'Logg inn' }).click();
      await page.getByRole('banner').getByRole('button', { name: 'Logg ut' }).waitFor();
    });
  });

  it('tells a signed-in Norwegian user who types a wrong password so in Norwegian', async () => {
    await session(async (page) => {
      await signInThroughForm(page, 'ssu@helgeland.demo', '/account');
      await page.getByLabel('Nåværende passord').fill('ikke passordet');
      await page.getByLabel('Nytt passord').fill('et nytt og langt passord');
      await page.getByLabel('Gjenta det nye passordet').fill('et nytt og langt passord');
      await page.getByRole('button', { name: 'Bytt passord' }).click();
      await page.getByText('Rett opp dette før du bytter passord:').waitFor();
      const summary = normalise(await page.locator('ds-error-summary').textContent());
      expect(summary).toContain('Nåværende passord: Dette er ikke det nåværende passordet ditt.');
      expect(summary).not.toMatch(/current password/i);
      await expectNoAxeViolations(page, 'the account page after a wrong current password');
    });
  });
});

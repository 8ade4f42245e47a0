import path from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from './support/accessibility';
import { type ApiServer, startApiServer } from './support/api-server';
import { launchChromium } from './support/browser';
import { cellTexts, demoPassword, normalise, signInThroughForm, tabTo, tabToField, withPage } from './support/page-helpers';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');

const helgeland = 'Helsefellesskap Helgeland';
const lofoten = 'Helsefellesskapet Lofoten, Vesterålen, Salten';
/** The password of every demo account on the embedded database. */

let api: ApiServer | undefined;
let browser: Browser | undefined;
let helgelandPath = '';
let lofotenPath = '';

beforeAll(async () => {
  api = await startApiServer(repositoryRoot);
  browser = await launchChromium();
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ communities { id name } }' }),
  });
  const communities = communitiesIn(await response.json());
  const pathOf = (name: string) => {
    const community = communities.find((candidate) => candidate.name === name);
    if (!community) throw new Error(`The demo data has no community named ${name}.`);
    return `/communities/${community.id}`;
  };
  helgelandPath = pathOf(helgeland);
  lofotenPath = pathOf(lofoten);
});

afterAll(async () => {
  await browser?.close().catch((error: unknown) => console.error('Closing Chromium failed:', error));
  await api?.stop();
});

/** The `{ communities { id name } }` of a GraphQL answer, checked rather than cast. */
function communitiesIn(body: unknown): { id: string; name: string }[] {
  const data: unknown = typeof body === 'object' && body !== null && 'data' in body ? body.data : undefined;
  const list: unknown = typeof data === 'object' && data !== null && 'communities' in data ? data.communities : undefined;
  if (!Array.isArray(list)) throw new Error(`Unexpected answer to the communities query: ${JSON.stringify(body)}`);
  return list.flatMap((item: unknown) =>
    typeof item === 'object' &&
    item !== null &&
    'id' in item &&
    'name' in item &&
    typeof item.id === 'string' &&
    typeof item.name === 'string'
      ? [{ id: item.id, name: item.name }]
      : [],
  );
}

/** Signs in outside the browser and returns a way to run GraphQL operations as that user. */
async function graphqlAs(email: string): Promise<(query: string, variables: Record<string, unknown>) => Promise<void>> {
  if (!api) throw new Error('The API did not start.');
  const url = `${api.baseUrl}/graphql`;
  const post = async (body: unknown, cookie?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok || text.includes('"errors"')) throw new Error(`GraphQL failed (${response.status}): ${text}`);
    return response;
  };
  const signedIn = await post({
    query: 'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }',
    variables: { email, password: demoPassword },
  });
  const cookie = signedIn.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  return async (query, variables) => {
    await post({ query, variables }, cookie);
  };
}

function session(run: (page: Page) => Promise<void>, viewport?: { width: number; height: number }) {
  if (!browser || !api) throw new Error('The API or the browser did not start.');
  return withPage(browser, api.baseUrl, run, viewport);
}

async function openCommunity(page: Page, communityPath: string, name: string): Promise<void> {
  await page.goto(communityPath);
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function adminLinkCount(page: Page): Promise<number> {
  return page.getByRole('link', { name: /^(Brukere og roller|Revisjonslogg)$/ }).count();
}

async function headerText(page: Page): Promise<string> {
  return normalise(await page.getByRole('banner').textContent());
}

describe('signing in, roles and the admin pages', () => {
  it('shows the public a sign-in link and no admin links, and asks it to sign in on admin pages', async () => {
    await session(async (page) => {
      await page.goto('/');
      await page.getByRole('banner').getByRole('link', { name: 'Logg inn' }).waitFor();
      await page.getByRole('link', { name: helgeland }).waitFor();
      await expectNoAxeViolations(page, 'the list of communities for the public');

      await openCommunity(page, helgelandPath, helgeland);
      await page.getByRole('heading', { level: 2, name: 'Partnere' }).waitFor();
      await expect.poll(() => adminLinkCount(page)).toBe(0);

      await page.goto(`${helgelandPath}/users`);
      await page.getByRole('heading', { level: 1, name: 'Brukere og roller' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Du må logge inn' }).waitFor();
      const signInLink = page.getByRole('main').getByRole('link', { name: 'Logg inn' });
      await expect.poll(() => signInLink.getAttribute('href')).toBe(`/sign-in?returnTo=${encodeURIComponent(`${helgelandPath}/users`)}`);
      await expect.poll(() => page.getByRole('table').count()).toBe(0);
      await expectNoAxeViolations(page, 'the users page for the public');

      await signInLink.click();
      await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
      await page.getByRole('button', { name: 'Logg inn' }).press('Enter');
      await page.getByText('Rett opp dette før du logger inn:').waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('ds-error-summary');
      await expectNoAxeViolations(page, 'the sign-in form with empty fields');

      await page.getByLabel('E-post').fill('ssu@helgeland.demo');
      await page.getByLabel('Passord').fill('not the password');
      await page.getByRole('button', { name: 'Logg inn' }).click();
      const failure = page.getByRole('alert').filter({ hasText: 'Kunne ikke logge inn' });
      await failure.waitFor();
      // Translated from the API's reason, never its English sentence.
      expect(normalise(await failure.textContent())).toContain('Feil e-postadresse eller passord.');
      expect(normalise(await failure.textContent())).not.toContain('Wrong');
      await expectNoAxeViolations(page, 'the sign-in form after wrong credentials');

      await page.goto('/sign-in?error=no-account');
      await page.getByText('Du har ingen konto her ennå.').waitFor();
      await expectNoAxeViolations(page, 'the sign-in page after an identity provider found no account');
    });
  });

  it('lets the Helgeland secretariat sign in by keyboard, give a role, see it in the audit log and sign out', async () => {
    await session(async (page) => {
      await openCommunity(page, helgelandPath, helgeland);
      await page.getByRole('banner').getByRole('link', { name: 'Logg inn' }).waitFor();
      await tabTo(page, 'Logg inn');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
      expect(new URL(page.url()).searchParams.get('returnTo')).toBe(helgelandPath);
      await tabToField(page, 'E-post');
      await page.keyboard.type('sekretariat@helgeland.demo');
      await tabToField(page, 'Passord');
      await page.keyboard.type(demoPassword);
      await page.keyboard.press('Enter');

      // Back where the user came from, with name and role in the header.
      await page.getByRole('banner').getByRole('button', { name: 'Logg ut' }).waitFor();
      await page.getByRole('heading', { level: 1, name: helgeland }).waitFor();
      expect(new URL(page.url()).pathname).toBe(helgelandPath);
      const header = await headerText(page);
      expect(header).toContain('Siri Sekretariat (demo)');
      expect(header).toContain('Sekretariat – Helgeland');
      await page.getByRole('link', { name: 'Revisjonslogg' }).waitFor();
      await expect.poll(() => adminLinkCount(page)).toBe(2);
      await expectNoAxeViolations(page, 'the Helgeland page for its secretariat');

      await tabTo(page, 'Brukere og roller');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Brukere og roller' }).waitFor();
      const users = page.getByRole('table', { name: `Brukere med roller i ${helgeland}` });
      await users.getByRole('rowheader', { name: 'Siri Sekretariat (demo)' }).waitFor();
      await expectNoAxeViolations(page, 'the users and roles page');

      await page.getByRole('button', { name: 'Gi rollen' }).press('Enter');
      await page.getByText('Rett opp dette før du gir rollen:').waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('ds-error-summary');
      await expectNoAxeViolations(page, 'the grant form with errors');

      await page.getByLabel('E-post', { exact: true }).fill('kari.nordmann@rana.kommune.no');
      await page.getByLabel('Navn', { exact: true }).fill('Kari Nordmann');
      await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'SSU-medlem' });
      await page.getByRole('button', { name: 'Gi rollen' }).press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: 'Kari Nordmann har fått rollen SSU-medlem. En invitasjon er sendt til kari.nordmann@rana.kommune.no.' })
        .waitFor();
      const kari = users.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Kari Nordmann' }) });
      await kari.waitFor();
      expect((await cellTexts(kari)).slice(0, 2)).toEqual(['Kari Nordmann', 'kari.nordmann@rana.kommune.no']);
      expect(normalise(await kari.textContent())).toContain('SSU-medlem');
      await expectNoAxeViolations(page, 'the users page after giving a role');

      // The same role again: the API refuses (CONFLICT), and the form says so in an alert.
      await page.getByLabel('E-post', { exact: true }).fill('kari.nordmann@rana.kommune.no');
      await page.getByLabel('Navn', { exact: true }).fill('Kari Nordmann');
      await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'SSU-medlem' });
      await page.getByRole('button', { name: 'Gi rollen' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'Kunne ikke gi rollen' })
        .filter({ hasText: 'Kari Nordmann har allerede denne rollen.' })
        .waitFor();

      await page.getByRole('navigation', { name: 'Du er her' }).getByRole('link', { name: 'Helgeland' }).click();
      await page.getByRole('link', { name: 'Revisjonslogg' }).click();
      await page.getByRole('heading', { level: 1, name: 'Revisjonslogg' }).waitFor();
      const events = page.getByRole('table', { name: 'Endringer, nyeste først' });
      const newest = events.locator('tbody > tr').first();
      await newest.waitFor();
      expect((await cellTexts(newest)).slice(1, 5)).toEqual([
        'Siri Sekretariat (demo) sekretariat@helgeland.demo',
        'Opprettet',
        'Rolle',
        'Kari Nordmann',
      ]);
      await newest.getByRole('button', { name: /^Vis endringer/ }).click();
      const changes = page.getByRole('table', { name: 'Endringer i Rolle Kari Nordmann' });
      const role = changes.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Rolle/ }) });
      expect((await cellTexts(role)).slice(1)).toEqual(['–tom', 'SSU_MEMBER']);
      await expectNoAxeViolations(page, 'the audit log with an event opened');

      await page.getByLabel('Posttype').selectOption({ label: 'Bruker' });
      await page.getByRole('button', { name: 'Vis', exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get('type') === 'User');
      await expect.poll(async () => (await cellTexts(events.locator('tbody > tr').first()))[3]).toBe('Bruker');
      await expect.poll(() => events.locator('tbody > tr').filter({ hasText: 'Rolle' }).count()).toBe(0);

      await page.getByRole('banner').getByRole('button', { name: 'Logg ut' }).click();
      await page.getByRole('banner').getByRole('link', { name: 'Logg inn' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      await expect.poll(() => headerText(page)).not.toContain('Siri');
      await openCommunity(page, helgelandPath, helgeland);
      await page.getByRole('heading', { level: 2, name: 'Partnere' }).waitFor();
      await expect.poll(() => adminLinkCount(page)).toBe(0);
    });
  });

  it('shows an analyst no admin links and a no-access message on the audit log', async () => {
    await session(async (page) => {
      await signInThroughForm(page, 'analytiker@helgeland.demo', helgelandPath);
      await expect.poll(() => headerText(page)).toContain('Analytiker – Helgeland');
      await page.getByRole('heading', { level: 2, name: 'Partnere' }).waitFor();
      await expect.poll(() => adminLinkCount(page)).toBe(0);

      await page.goto(`${helgelandPath}/audit`);
      await page.getByRole('heading', { level: 1, name: 'Revisjonslogg' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Du har ikke tilgang' }).waitFor();
      await page.getByText('Bare sekretariatet i helsefellesskapet kan se revisjonsloggen.').waitFor();
      await expect.poll(() => page.getByRole('table').count()).toBe(0);
      await expectNoAxeViolations(page, 'the audit log for an analyst');

      await page.goto(`${helgelandPath}/users`);
      await page.getByRole('heading', { level: 2, name: 'Du har ikke tilgang' }).waitFor();
      await expectNoAxeViolations(page, 'the users page for an analyst');
    });
  });

  it('lets a platform administrator manage users anywhere, without personal data or the audit log', async () => {
    await session(async (page) => {
      await signInThroughForm(page, 'plattform@helsefellesskap.demo', helgelandPath);
      await expect.poll(() => headerText(page)).toContain('Plattformadministrator');
      await page.getByRole('link', { name: 'Brukere og roller' }).click();
      const users = page.getByRole('table', { name: `Brukere med roller i ${helgeland}` });
      const siri = users.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Siri Sekretariat (demo)' }) });
      await siri.waitFor();
      expect((await cellTexts(siri)).slice(0, 2)).toEqual(['Siri Sekretariat (demo)', 'skjult']);
      await expectNoAxeViolations(page, 'the users page for a platform administrator');
      await page.goto(`${helgelandPath}/audit`);
      await page.getByRole('heading', { level: 2, name: 'Du har ikke tilgang' }).waitFor();
    });
  });

  it("names a regional council user's council, in both languages, and shows the account page", async () => {
    await session(async (page) => {
      await signInThroughForm(page, 'ihr@helgeland.demo', '/account');
      await expect.poll(() => headerText(page)).toContain('Regionråd – Indre Helgeland Regionråd');
      await page.getByRole('heading', { level: 1, name: 'Min konto' }).waitFor();
      await page.getByRole('listitem').filter({ hasText: 'Regionråd – Indre Helgeland Regionråd' }).waitFor();

      await page.getByRole('button', { name: 'Bytt passord' }).click();
      await page.getByText('Rett opp dette før du bytter passord:').waitFor();
      await expectNoAxeViolations(page, 'the account page with password errors');

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
      await expect.poll(() => headerText(page)).toContain('Regional council – Indre Helgeland Regionråd');
      await expectNoAxeViolations(page, 'the account page in English');
    });
  });

  it('shows the Lofoten secretariat the admin links of its own community only, also on a small screen', async () => {
    await session(
      async (page) => {
        await signInThroughForm(page, 'sekretariat@lovesa.demo', lofotenPath);
        await page.getByRole('heading', { level: 1, name: lofoten }).waitFor();
        await page.getByRole('link', { name: 'Brukere og roller' }).waitFor();
        await expect.poll(() => adminLinkCount(page)).toBe(2);
        await expect.poll(() => headerText(page)).toContain('Sekretariat – Lofoten, Vesterålen, Salten');
        const pageOverflows = () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
        await expect.poll(() => pageOverflows()).toBe(false);
        await expectNoAxeViolations(page, 'the Lofoten page for its secretariat on a small screen');

        await page.getByRole('link', { name: 'Brukere og roller' }).click();
        const users = page.getByRole('table', { name: `Brukere med roller i ${lofoten}` });
        await users.waitFor();
        await expect.poll(() => pageOverflows()).toBe(false);
        await expectNoAxeViolations(page, 'the Lofoten users page on a small screen');

        // Give a role, then take it away again through the confirmation dialog.
        await page.getByLabel('E-post', { exact: true }).fill('ola.nordmann@bodo.kommune.no');
        await page.getByLabel('Navn', { exact: true }).fill('Ola Nordmann');
        await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Analytiker' });
        await page.getByRole('button', { name: 'Gi rollen' }).click();
        await users.getByRole('rowheader', { name: 'Ola Nordmann' }).waitFor();
        await page.getByRole('button', { name: 'Fjern rollen Analytiker fra Ola Nordmann' }).click();
        const dialog = page.getByRole('dialog', { name: 'Fjerne rollen?' });
        await dialog.getByText('Ola Nordmann mister rollen Analytiker i Lofoten, Vesterålen, Salten.').waitFor();
        // The safe choice has focus, so a stray Enter does no harm.
        expect(normalise(await page.evaluate(() => document.activeElement?.textContent ?? ''))).toBe('Avbryt');
        // axe would measure contrast halfway through the fade-in.
        await dialog.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
        await expectNoAxeViolations(page, 'the confirmation before removing a role');
        await dialog.getByRole('button', { name: 'Fjern rollen', exact: true }).click();
        await page.getByRole('status').filter({ hasText: 'Ola Nordmann har ikke lenger rollen Analytiker.' }).waitFor();
        await users.getByRole('rowheader', { name: 'Ola Nordmann' }).waitFor({ state: 'detached' });

        // The last secretariat cannot be removed: the API answers CONFLICT, shown in the dialog.
        await page.getByRole('button', { name: /^Fjern rollen Sekretariat fra Lars/ }).click();
        await dialog.getByRole('button', { name: 'Fjern rollen', exact: true }).click();
        await dialog
          .getByRole('alert')
          .filter({ hasText: 'Kunne ikke fjerne rollen' })
          .filter({ hasText: 'Helsefellesskapet må ha minst én bruker i sekretariatet.' })
          .waitFor();
        await expectNoAxeViolations(page, 'the refusal to remove the last secretariat');
        await dialog.getByRole('button', { name: 'Avbryt' }).click();
        await dialog.waitFor({ state: 'hidden' });

        await openCommunity(page, helgelandPath, helgeland);
        await page.getByRole('heading', { level: 2, name: 'Partnere' }).waitFor();
        await expect.poll(() => adminLinkCount(page)).toBe(0);
      },
      { width: 360, height: 740 },
    );
  });

  it('pages through a long audit log with "Vis eldre"', async () => {
    const communityId = lofotenPath.split('/').at(-1);
    const run = await graphqlAs('sekretariat@lovesa.demo');
    // Each new person makes two events (the user and the role): more than one page of 50.
    for (let index = 1; index <= 26; index += 1) {
      await run('mutation GrantRole($input: GrantRoleInput!) { grantRole(input: $input) { id } }', {
        input: { email: `analytiker${index}@lovesa.kommune.no`, name: `Analytiker ${index}`, role: 'ANALYST', communityId },
      });
    }
    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@lovesa.demo', `${lofotenPath}/audit`);
      const rows = page.getByRole('table', { name: 'Endringer, nyeste først' }).locator('tbody > tr');
      await page.getByText('Viser 50 endringer.').waitFor();
      await expect.poll(() => rows.count()).toBe(50);
      expect((await cellTexts(rows.first())).slice(2, 4)).toEqual(['Opprettet', 'Rolle']);

      await page.getByRole('button', { name: 'Vis eldre' }).click();
      await page.getByText(/^Viser \d+ endringer\. Alle endringer er vist\.$/).waitFor();
      await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(52);
      await expect.poll(() => page.getByRole('button', { name: 'Vis eldre' }).count()).toBe(0);
      await expectNoAxeViolations(page, 'the audit log after showing older changes');
    });
  });
});

import path from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from './support/accessibility';
import { graphqlInPage, at, idNamed } from './support/graphql-in-page';
import { type ApiServer, startApiServer } from './support/api-server';
import { launchChromium } from './support/browser';
import { signInThroughForm, tabTo, withPage } from './support/page-helpers';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');
const helgeland = 'Helsefellesskap Helgeland';
const ssu = 'Strategisk samarbeidsutvalg (SSU)';
const wide = { width: 1366, height: 900 };
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

/** Helgeland's id and a new open SSU meeting `daysAhead` from the server's today, scheduled through the API. */
async function scheduleSsuMeeting(
  page: Page,
  daysAhead: number,
  place: string,
  kind: 'ORDINARY' | 'EXTRAORDINARY' = 'ORDINARY',
): Promise<{ communityId: string; meetingId: string }> {
  const start = await graphqlInPage(page, '{ communities { id name } today }', {});
  const communityId = idNamed(at(start, 'communities'), helgeland);
  const organs = await graphqlInPage(page, 'query ($id: ID!) { community(id: $id) { organs { id name } } }', { id: communityId });
  const organId = idNamed(at(organs, 'community', 'organs'), ssu);
  const day = new Date(`${String(at(start, 'today'))}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + daysAhead);
  const date = day.toISOString().slice(0, 10);
  const scheduled = await graphqlInPage(page, 'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }', {
    input: { organId, date, startTime: '10:00', endTime: '15:00', place, isOpen: true, kind },
  });
  return { communityId, meetingId: String(at(scheduled, 'scheduleMeeting', 'id')) };
}

describe('the notice of a meeting', () => {
  it('the secretariat previews the notice, opens its PDF and sends it to the SSU on the meeting date', async () => {
    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@helgeland.demo', '/');
      const { communityId, meetingId } = await scheduleSsuMeeting(page, 7, 'Mo i Rana, Helgelandssykehuset');
      await page.goto(`/communities/${communityId}/meetings/${meetingId}/notice`);
      await page.getByRole('heading', { level: 1, name: 'Innkalling og forfall' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Innkalling' }).waitFor();
      // The demo SSU sets a notice period for extraordinary meetings only.
      await page.getByText('Organet har ingen frist for innkalling.').waitFor();
      const recipients = page.getByRole('table', { name: /mottakere på møtedatoen/ });
      await recipients.waitFor();
      // The 14 members, their deputies and the observers of the demo SSU, with the header row.
      expect(await recipients.getByRole('row').count()).toBeGreaterThan(25);
      await expectNoAxeViolations(page, 'the notice preview');

      const pdfHref = await page.getByRole('link', { name: 'Åpne innkallingen som PDF' }).getAttribute('href');
      const pdf = await page.request.get(pdfHref ?? '');
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

      // Sent by keyboard: the confirm dialog opens with Cancel focused, so Tab to the confirm button.
      await tabTo(page, 'Send innkallingen');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Sende innkallingen?' });
      await dialog.waitFor();
      await expectNoAxeViolations(page, 'the send dialog');
      await dialog.getByRole('button', { name: 'Send innkallingen' }).click();
      await page
        .getByRole('status')
        .getByText(/Innkallingen ble sendt .* til \d+ mottakere\./)
        .waitFor();
      await expect.poll(() => page.getByRole('button', { name: 'Send innkallingen' }).count()).toBe(0);
      await expectNoAxeViolations(page, 'the notice once sent');

      // An extraordinary meeting in three days is past its week's notice: the page says so, and offers no sending.
      const late = await scheduleSsuMeeting(page, 3, 'Video', 'EXTRAORDINARY');
      await page.goto(`/communities/${late.communityId}/meetings/${late.meetingId}/notice`);
      await page.getByText(/Fristen for innkalling er passert/).waitFor();
      expect(await page.getByRole('button', { name: 'Send innkallingen' }).count()).toBe(0);
      await expectNoAxeViolations(page, 'a notice too late');
    }, wide);
  });

  it('the secretariat reports a member’s absence and calls in the personal deputy, at 375 px', async () => {
    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@helgeland.demo', '/');
      const { communityId, meetingId } = await scheduleSsuMeeting(page, 9, 'Sandnessjøen');
      await page.goto(`/communities/${communityId}/meetings/${meetingId}/notice`);
      const members = page.getByRole('table', { name: 'Medlemmene på møtedatoen' });
      await members.waitFor();
      await expectNoAxeViolations(page, 'the attendance panel');
      // The first municipal member: a row whose deputy can be their own personal deputy.
      const reportButtons = members.getByRole('button', { name: /^Meld forfall for / });
      const count = await reportButtons.count();
      let reported = '';
      for (let index = 0; index < count && !reported; index += 1) {
        const button = reportButtons.nth(index);
        const name = ((await button.textContent()) ?? '').replace('Meld forfall for ', '').trim();
        await members.getByLabel(`Grunn (valgfritt) for ${name}`).fill('Kommunestyremøte');
        await button.click();
        await page.getByRole('status').getByText(`Forfall for ${name} er meldt.`).waitFor();
        if ((await members.getByLabel(`Vara for ${name}`).count()) > 0) reported = name;
      }
      expect(reported).not.toBe('');
      await expectNoAxeViolations(page, 'an absence reported');
      await members.getByRole('button', { name: `Kall inn vara for ${reported}` }).click();
      await page.getByRole('status').getByText(`er kalt inn for ${reported}.`).waitFor();
      await members
        .getByText(/er innkalt$/)
        .first()
        .waitFor();
    }, small);
  });
});

describe('the public calendar', () => {
  it('shows the public an open meeting without signing in, with its feed, at both widths', async () => {
    let communityId = '';
    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@helgeland.demo', '/');
      ({ communityId } = await scheduleSsuMeeting(page, 50, 'Brønnøysund rådhus'));
    });
    for (const viewport of [wide, small]) {
      await session(async (page) => {
        await page.goto(`/communities/${communityId}`);
        await page.getByRole('heading', { level: 1, name: helgeland }).waitFor();
        await tabTo(page, 'Møtekalender (åpne møter)');
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { level: 1, name: `Møtekalender – ${helgeland}` }).waitFor();
        const organ = page.getByRole('region', { name: ssu });
        await organ.getByText('Brønnøysund rådhus').waitFor();
        const feed = organ.getByRole('link', { name: `Abonner på kalenderen for ${ssu} (iCalendar)` });
        const href = await feed.getAttribute('href');
        const ics = await page.request.get(href ?? '');
        expect(ics.status()).toBe(200);
        expect(await ics.text()).toContain('Brønnøysund rådhus');
        await expectNoAxeViolations(page, `the public calendar at ${viewport.width} px`);
      }, viewport);
    }
  });
});

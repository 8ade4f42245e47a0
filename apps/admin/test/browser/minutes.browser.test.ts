import path from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from './support/accessibility';
import { graphqlInPage, at, idNamed } from './support/graphql-in-page';
import { type ApiServer, startApiServer } from './support/api-server';
import { launchChromium } from './support/browser';
import { fetchLinkInPage, signInThroughForm, withPage } from './support/page-helpers';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');
const lovesa = 'Helsefellesskapet Lofoten, Vesterålen, Salten';
const ssu = 'Strategisk samarbeidsutvalg (SSU)';
const wide = { width: 1366, height: 900 };
const small = { width: 375, height: 740 };
/**
 * The server's today: late in the year, so the demo's SSU meetings of March and June are held without minutes,
 * its September meeting's minutes are approved by silence and published, and the October partnership meeting's
 * (open) minutes are public.
 */
const clockDate = '2026-11-20';

let api: ApiServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  api = await startApiServer(repositoryRoot, { clockDate });
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

/** LoVeSa's id, its SSU's id and the SSU's first held meeting of the year without minutes. */
async function heldMeetingWithoutMinutes(page: Page): Promise<{ communityId: string; organId: string; meetingId: string }> {
  const communityId = idNamed(at(await graphqlInPage(page, '{ communities { id name } }', {}), 'communities'), lovesa);
  const organs = at(
    await graphqlInPage(
      page,
      'query ($id: ID!) { community(id: $id) { organs { id name meetings(year: 2026) { id state minutes { state } } } } }',
      { id: communityId },
    ),
    'community',
    'organs',
  );
  const organId = idNamed(organs, ssu);
  const organList: unknown[] = Array.isArray(organs) ? organs : [];
  const meetings = at(
    organList.find((organ) => at(organ, 'id') === organId),
    'meetings',
  );
  const list: unknown[] = Array.isArray(meetings) ? meetings : [];
  const meetingId = at(
    list.find((meeting) => at(meeting, 'state') === 'HELD' && at(meeting, 'minutes') === null),
    'id',
  );
  if (typeof meetingId !== 'string') throw new Error('No held SSU meeting without minutes');
  return { communityId, organId, meetingId };
}

describe('the minutes', () => {
  it('the secretariat drafts, edits and sends the minutes and sees the approval countdown, by keyboard at 375 px', async () => {
    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@lovesa.demo', '/');
      const { communityId, organId, meetingId } = await heldMeetingWithoutMinutes(page);
      await page.goto(`/communities/${communityId}/organs/${organId}/meetings/${meetingId}?year=2026`);
      const panel = page.getByRole('region', { name: 'Protokoll', exact: true });
      await panel.getByText('Møtet har ingen protokoll ennå.').waitFor();
      await expectNoAxeViolations(page, 'the meeting page without minutes');

      await panel.getByRole('button', { name: 'Lag utkast fra møtet' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('status').getByText('Utkastet er laget fra møtet.', { exact: false }).waitFor();
      const text = panel.getByLabel('Protokolltekst');
      await expect.poll(() => text.inputValue()).toContain(`Protokoll fra møte i ${ssu}`);
      // The draft is there as an archival PDF too, for the secretariat to read as it will be filed.
      const pdfLink = panel.getByRole('link', { name: 'Last ned protokoll (PDF)', exact: true });
      expect(await fetchLinkInPage(page, pdfLink)).toEqual({ status: 200, type: 'application/pdf', magic: '%PDF-' });
      await expectNoAxeViolations(page, 'the minutes editor');

      await text.focus();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type('\nMøtet ble hevet kl. 15.');
      await panel.getByRole('button', { name: 'Lagre teksten' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('status').getByText('Protokollteksten er lagret.').waitFor();
      await expect.poll(() => panel.getByLabel('Protokolltekst').inputValue()).toContain('Møtet ble hevet kl. 15.');

      await panel.getByRole('button', { name: 'Send til deltakerne' }).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Sende protokollen?' });
      await dialog.waitFor();
      await expectNoAxeViolations(page, 'the send dialog');
      await dialog.getByRole('button', { name: 'Send til deltakerne' }).click();
      await page.getByRole('status').getByText('Protokollen er sendt til deltakerne.').waitFor();
      // The countdown comes from the API: four days of 24 hours from now.
      await panel.getByText(/Godkjent uten merknader om 4 dager og 0 timer/).waitFor();
      await panel.getByText('Sendt til deltakerne – venter på merknader').waitFor();
      expect(await panel.getByLabel('Protokolltekst').count()).toBe(0);
      await expectNoAxeViolations(page, 'the minutes once sent');

      // An objection received by e-mail, recorded by the secretariat: the minutes wait, editable again, until it is resolved.
      await panel.getByLabel('Din merknad til protokollen').fill('Punkt 2 må presiseres.');
      await panel.getByRole('button', { name: 'Send merknad' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('status').getByText('Merknaden er registrert.').waitFor();
      await panel.getByText('Merknader mottatt', { exact: true }).waitFor();
      await panel.getByLabel('Hvordan merknaden er behandlet').fill('Presisert i punkt 2.');
      await panel.getByRole('button', { name: 'Marker som behandlet' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('status').getByText('Merknaden er behandlet.').waitFor();
      await panel.getByText('Behandlet: Presisert i punkt 2.').waitFor();
      await panel.getByLabel('Protokolltekst').waitFor();
      await panel.getByRole('button', { name: 'Send til deltakerne' }).waitFor();
      await expectNoAxeViolations(page, 'the minutes after an objection');
    }, small);
  });

  it('shows the public the published minutes of an open meeting without signing in, at both widths', async () => {
    for (const viewport of [wide, small]) {
      await session(async (page) => {
        await page.goto('/');
        const communities = await graphqlInPage(page, '{ communities { id name } }', {});
        await page.goto(`/communities/${idNamed(at(communities, 'communities'), lovesa)}/calendar?year=2026`);
        const organ = page.getByRole('region', { name: 'Partnerskapsmøtet' });
        const summary = organ.getByText(/^Protokoll, godkjent /);
        await summary.waitFor();
        await summary.focus();
        await page.keyboard.press('Enter');
        await organ.getByText('Protokoll fra møte i Partnerskapsmøtet', { exact: false }).waitFor();
        const pdfLink = organ.getByRole('link', { name: 'Last ned protokoll (PDF)', exact: true }).first();
        expect(await fetchLinkInPage(page, pdfLink)).toEqual({ status: 200, type: 'application/pdf', magic: '%PDF-' });
        // The SSU meets behind closed doors: its minutes are not public.
        expect(
          await page
            .getByRole('region', { name: ssu })
            .getByText(/^Protokoll, godkjent /)
            .count(),
        ).toBe(0);
        await expectNoAxeViolations(page, `the public minutes at ${viewport.width} px`);
      }, viewport);
    }
  });
});

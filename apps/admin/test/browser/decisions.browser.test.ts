import path from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from './support/accessibility';
import { graphqlInPage, at, list, idNamed } from './support/graphql-in-page';
import { type ApiServer, startApiServer } from './support/api-server';
import { launchChromium } from './support/browser';
import { fetchLinkInPage, normalise, signInThroughForm, tabToField, withPage } from './support/page-helpers';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');
const helgeland = 'Helsefellesskap Helgeland';
const ssu = 'Strategisk samarbeidsutvalg (SSU)';
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

interface HeldMeeting {
  communityId: string;
  organId: string;
  meetingId: string;
  year: number;
  references: string[];
}

/**
 * A Helgeland SSU meeting that started yesterday, set up as the other features' UIs would: three new
 * submitted cases, two of them on the agenda when the notice went out and the third added after it.
 */
async function heldMeetingWithAgenda(page: Page): Promise<HeldMeeting> {
  const start = await graphqlInPage(page, '{ communities { id name } today }', {});
  const communityId = idNamed(at(start, 'communities'), helgeland);
  const organs = await graphqlInPage(page, 'query ($id: ID!) { community(id: $id) { organs { id name } } }', { id: communityId });
  const organId = idNamed(at(organs, 'community', 'organs'), ssu);
  const day = new Date(`${String(at(start, 'today'))}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  const date = day.toISOString().slice(0, 10);
  const scheduled = await graphqlInPage(page, 'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }', {
    input: { organId, date, startTime: '09:00', endTime: '15:00', place: 'Mosjøen', isOpen: true, kind: 'ORDINARY' },
  });
  const meetingId = String(at(scheduled, 'scheduleMeeting', 'id'));
  const submittedOn = new Date(day);
  submittedOn.setUTCDate(submittedOn.getUTCDate() - 40);
  const references: string[] = [];
  const addCase = async (title: string, recommendation: string[]) => {
    const registered = await graphqlInPage(
      page,
      'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version reference } }',
      { input: { organId, title, kind: 'DECISION', recommendation } },
    );
    const caseId = String(at(registered, 'registerCase', 'id'));
    references.push(String(at(registered, 'registerCase', 'reference')));
    await graphqlInPage(page, 'mutation ($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { id } }', {
      input: {
        caseId,
        expectedVersion: Number(at(registered, 'registerCase', 'version')),
        status: 'SUBMITTED',
        submittedOn: submittedOn.toISOString().slice(0, 10),
      },
    });
    await graphqlInPage(page, 'mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }', {
      input: { meetingId, caseId, lateExceptionReason: 'Kan ikke vente' },
    });
  };
  await addCase('Felles rutine for utskrivning', ['SSU vedtar rutinen.']);
  await addCase('Forlengelse av handlingsplanen', ['Handlingsplanen forlenges.', 'Det lages en statusrapport for 2024.']);
  await graphqlInPage(page, 'mutation ($id: ID!) { sendNotice(meetingId: $id) { meetingId } }', { id: meetingId });
  await addCase('Sak meldt etter innkallingen', ['Tas til orientering.']);
  return { communityId, organId, meetingId, year: day.getUTCFullYear(), references };
}

describe('attendance and decisions at a meeting', () => {
  it('the secretariat records attendance with a deputy standing in, a split vote, a consensus, and is refused a case not sent out', async () => {
    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@helgeland.demo', '/');
      const meeting = await heldMeetingWithAgenda(page);
      const [splitCase = '', consensusCase = '', lateCase = ''] = meeting.references;
      // A municipal member and their personal deputy, from the sheet the page shows.
      const sheet = await graphqlInPage(
        page,
        'query ($id: ID!) { meeting(id: $id) { attendanceSheet { appointmentId name role mayStandInFor } } }',
        { id: meeting.meetingId },
      );
      const lines = list(at(sheet, 'meeting', 'attendanceSheet'));
      const deputy = lines.find((line) => at(line, 'role') === 'PERSONAL_DEPUTY');
      const memberId = String(at(deputy, 'mayStandInFor', 0));
      const memberName = String(at(lines.find((line) => at(line, 'appointmentId') === memberId) ?? {}, 'name'));
      const deputyName = String(at(deputy, 'name'));

      await page.goto(`/communities/${meeting.communityId}/organs/${meeting.organId}/meetings/${meeting.meetingId}?year=${meeting.year}`);
      const attendance = page.getByRole('table', { name: 'Organets medlemmer, varaer og observatører på møtedatoen' });
      await attendance.waitFor();
      await expectNoAxeViolations(page, 'the attendance sheet');

      await page.getByRole('checkbox', { name: `${memberName} møtte`, exact: true }).uncheck();
      await page.getByRole('combobox', { name: `${deputyName} møter for`, exact: true }).selectOption({ label: memberName });
      await page.getByRole('button', { name: 'Lagre oppmøtet' }).click();
      await page.getByRole('status').getByText('Oppmøtet er lagret.').waitFor();
      await page.getByText(/^Beslutningsdyktig: \d+ med stemmerett til stede\.$/).waitFor();

      // A split vote, by keyboard in the grid: the arrow key moves within a person's For/Mot/Avstår.
      const split = page.getByRole('article', { name: new RegExp(`${splitCase}:`) });
      await split.getByRole('radio', { name: 'Avstemning' }).check();
      const votes = split.getByRole('table', { name: `Stemmer i ${splitCase}` });
      await votes.waitFor();
      const voterRadios = votes.getByRole('radio', { name: /: For$/ });
      const voters = await voterRadios.count();
      expect(voters).toBeGreaterThan(5);
      // The deputy standing in votes; the member does not.
      await votes.getByRole('radio', { name: `${deputyName}: For`, exact: true }).waitFor();
      expect(await votes.getByRole('radio', { name: `${memberName}: For`, exact: true }).count()).toBe(0);
      await voterRadios.first().focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      for (let index = 1; index < voters; index += 1) await voterRadios.nth(index).check();
      await expectNoAxeViolations(page, 'the vote grid');
      await split.getByRole('button', { name: `Registrer vedtak i ${splitCase}` }).click();
      await page.getByRole('status').getByText(`Vedtaket i ${splitCase} er registrert.`).waitFor();
      await split.getByText(`For: ${voters - 1}, mot: 1, avstår: 0`).waitFor();

      // A consensus from the recommendation as prefilled.
      const consensus = page.getByRole('article', { name: new RegExp(`${consensusCase}:`) });
      expect(await consensus.getByRole('textbox', { name: `Vedtakstekst for ${consensusCase}` }).inputValue()).toBe(
        '1. Handlingsplanen forlenges.\n2. Det lages en statusrapport for 2024.',
      );
      await consensus.getByRole('button', { name: `Registrer vedtak i ${consensusCase}` }).click();
      await consensus.getByText('Vedtaket følger innstillingen.').waitFor();

      // A recorded decision is corrected by a new one with its reason.
      await consensus.getByRole('button', { name: `Rett vedtaket i ${consensusCase}` }).click();
      await consensus.getByRole('textbox', { name: `Vedtakstekst for ${consensusCase}` }).fill('Handlingsplanen forlenges til 2025.');
      await consensus.getByRole('textbox', { name: `Begrunnelse for rettelsen i ${consensusCase}` }).fill('Skrivefeil i protokollen');
      await consensus.getByRole('button', { name: `Lagre rettelsen i ${consensusCase}` }).click();
      await page.getByRole('status').getByText(`Vedtaket i ${consensusCase} er rettet.`).waitFor();
      await consensus.getByText('Rettet: Skrivefeil i protokollen').waitFor();
      await consensus.getByText('Vedtaket avviker fra innstillingen.').waitFor();
      // The decision record (særutskrift) of each decision, as an archival PDF.
      const record = consensus.getByRole('link', { name: `Særutskrift (PDF) for ${consensusCase}`, exact: true });
      expect(await fetchLinkInPage(page, record)).toEqual({ status: 200, type: 'application/pdf', magic: '%PDF-' });

      // The case put on the agenda after the notice went out cannot be decided.
      const late = page.getByRole('article', { name: new RegExp(`${lateCase}:`) });
      await late.getByRole('button', { name: `Registrer vedtak i ${lateCase}` }).click();
      await late.getByRole('alert').getByText(`${lateCase} ble ikke meldt og sendt ut med innkallingen.`, { exact: false }).waitFor();
      await expectNoAxeViolations(page, 'the decisions');
    }, small);
  });

  it('the secretariat postpones a case to a later meeting by keyboard, and the case page shows where it went', async () => {
    await session(async (page) => {
      await signInThroughForm(page, 'sekretariat@helgeland.demo', '/');
      const meeting = await heldMeetingWithAgenda(page);
      const [postponed = ''] = meeting.references;
      // A later SSU meeting with its notice still to be sent.
      const today = String(at(await graphqlInPage(page, '{ today }', {}), 'today'));
      const later = new Date(new Date(`${today}T12:00:00Z`).getTime() + 30 * 24 * 3600 * 1000);
      await graphqlInPage(page, 'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }', {
        input: {
          organId: meeting.organId,
          date: later.toISOString().slice(0, 10),
          startTime: '10:00',
          endTime: '15:00',
          place: 'Sandnessjøen',
          isOpen: true,
          kind: 'ORDINARY',
        },
      });

      await page.goto(`/communities/${meeting.communityId}/organs/${meeting.organId}/meetings/${meeting.meetingId}?year=${meeting.year}`);
      const item = page.getByRole('article', { name: new RegExp(`${postponed}:`) });
      // By keyboard: the arrow keys move from Konsensus to Utsatt in the kind's radio group, Tab reaches the meeting.
      await item.getByRole('radio', { name: 'Konsensus' }).focus();
      for (let presses = 0; presses < 3; presses += 1) await page.keyboard.press('ArrowRight');
      expect(await item.getByRole('radio', { name: 'Utsatt' }).isChecked()).toBe(true);
      const target = item.getByRole('combobox', { name: `Flytt ${postponed} til møte`, exact: true });
      await target.waitFor();
      await tabToField(page, `Flytt ${postponed} til møte`);
      await page.keyboard.press('ArrowDown');
      const chosen = normalise(await target.locator('option:checked').textContent());
      expect(chosen).toMatch(/ kl\. \d\d:\d\d/);
      await expectNoAxeViolations(page, 'the postponement form');
      await item.getByRole('textbox', { name: `Vedtakstekst for ${postponed}` }).fill('Saken utsettes til neste møte.');
      await item.getByRole('button', { name: `Registrer vedtak i ${postponed}` }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('status').getByText(`Vedtaket i ${postponed} er registrert.`).waitFor();
      await item.getByText('Saken er flyttet til møtet').waitFor();
      const moved = item.getByRole('link', { name: chosen.replace(/ kl\..*$/, '') });
      await moved.waitFor();

      // The later meeting has the case on its agenda, sent out with its notice when that goes.
      await moved.click();
      await page.getByRole('rowheader', { name: new RegExp(postponed) }).waitFor();
      await expectNoAxeViolations(page, 'the later meeting with the postponed case');

      // The case page shows its handling: postponed at the first meeting, and where it went.
      await page
        .getByRole('link', { name: new RegExp(postponed) })
        .first()
        .click();
      const handling = page.getByRole('region', { name: 'Behandling' });
      await handling.waitFor();
      await handling.getByText('Utsatt', { exact: true }).waitFor();
      await handling.getByText('Flyttet til møtet').waitFor();
      await handling.getByText('Saken utsettes til neste møte.').waitFor();
      await expectNoAxeViolations(page, 'the case page with its handling');
    }, small);
  });
});

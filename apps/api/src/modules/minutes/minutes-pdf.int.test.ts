import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, signInAs, type Session } from '../../../test/factories.js';
import {
  buildHeldMeeting,
  EXEMPT_DECISION,
  EXEMPT_TITLE,
  publishMinutesDirectly,
  type HeldMeeting,
} from '../../../test/held-meeting-factory.js';
import { inspectArchivalPdf } from '../../../test/pdf-archival.js';
import { pdfTextLines } from '../../../test/pdf-text.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type Headers = Record<string, string>;
const as = (session: Session): Headers => ({ cookie: session.cookie });

async function tokenOf(session: Session): Promise<Headers> {
  const created = await must<{ createApiToken: { token: string } }>(
    app,
    'mutation { createApiToken(input: { name: "Protokollskript" }) { token } }',
    {},
    session,
  );
  return { authorization: `Bearer ${created.createApiToken.token}` };
}

const minutesUrl = (meetingId: string) => `${app.url}/api/meetings/${meetingId}/minutes.pdf`;

/** Downloads the minutes PDF; fails the test unless it is one. */
async function downloadPdf(meetingId: string, headers: Headers = {}): Promise<Buffer> {
  const response = await fetch(minutesUrl(meetingId), { headers });
  expect(
    response.status,
    await response
      .clone()
      .text()
      .catch(() => ''),
  ).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  return Buffer.from(await response.arrayBuffer());
}

async function pdfText(pdf: Buffer): Promise<string> {
  return (await pdfTextLines(pdf)).join('\n');
}

async function refusal(meetingId: string, headers: Headers = {}) {
  const response = await fetch(minutesUrl(meetingId), { headers });
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as { errors: { extensions: { code: string; reason: string; params: Record<string, unknown> } }[] };
  return { status: response.status, ...body.errors[0]?.extensions };
}

const draftMinutes = (meeting: HeldMeeting) =>
  must(app, 'mutation($id: ID!) { draftMinutes(meetingId: $id) { state } }', { id: meeting.meetingId }, meeting.community.secretariat);

describe('the minutes PDF', () => {
  it('gives the secretariat the draft minutes as PDF/A with embedded fonts and tags: decisions, the split vote by name, the exempt case', async () => {
    const meeting = await buildHeldMeeting(app);
    await draftMinutes(meeting);
    const pdf = await downloadPdf(meeting.meetingId, as(meeting.community.secretariat));

    const report = await inspectArchivalPdf(pdf);
    expect(report.fonts.length).toBeGreaterThan(0);
    expect(report.fonts.filter((font) => !font.embedded)).toEqual([]);
    expect(report.hasStructureTree).toBe(true);
    expect(report.structureTypes).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'H3', 'P', 'Table', 'TD']));
    expect(report.pdfa).toEqual({ part: '2', conformance: 'A' });

    const lines = await pdfTextLines(pdf);
    const text = lines.join('\n');
    expect(text).toContain('Utkast – ikke godkjent');
    expect(text).toContain('Viggo Vara – Vara, Sykehusets varaliste, møtte for Siri Sykehus');
    expect(text).toContain('Siri Sykehus – Medlem, Sykehuset 1');
    expect(text).toContain('Olga Observatør – Observatør, KS');
    expect(text).toContain(`${meeting.references.consensus}: Forlengelse av handlingsplanen`);
    expect(text).toContain('Handlingsplanen forlenges ut 2027.');
    expect(text).toContain('Stillingen fordeles etter folketall.');
    expect(text).toContain('For 1, mot 1, avstår 1.');
    expect(lines).toEqual(
      expect.arrayContaining(['Kari Kommune', 'For', 'Mona Medlem', 'Mot', 'Viggo Vara (vara for Siri Sykehus)', 'Avstår']),
    );
    // The secretariat reads the exempt case's content; the file still says it is exempt.
    expect(text).toContain(`${meeting.references.exempt}: ${EXEMPT_TITLE}`);
    expect(text).toContain('Unntatt offentlighet (Offl. § 25)');
    expect(text).toContain(EXEMPT_DECISION);
  });

  it('prints the minutes text as the secretariat edited it, before what the records hold', async () => {
    const meeting = await buildHeldMeeting(app);
    const drafted = await must<{ draftMinutes: { body: string; version: number } }>(
      app,
      'mutation($id: ID!) { draftMinutes(meetingId: $id) { body version } }',
      { id: meeting.meetingId },
      meeting.community.secretariat,
    );
    const added = 'Rødøy ba om at rutinen også gjelder i helgene; SSU sluttet seg til det.';
    await must(
      app,
      'mutation($input: UpdateMinutesInput!) { updateMinutes(input: $input) { version } }',
      {
        input: {
          meetingId: meeting.meetingId,
          body: `${drafted.draftMinutes.body}\n${added}\n`,
          expectedVersion: drafted.draftMinutes.version,
        },
      },
      meeting.community.secretariat,
    );
    const lines = await pdfTextLines(await downloadPdf(meeting.meetingId, as(meeting.community.secretariat)));
    expect(lines).toContain('Protokolltekst');
    expect(lines).toContain(added);
    expect(lines.indexOf(added)).toBeLessThan(lines.indexOf('Til stede'));
  });

  it('lets the community read unpublished minutes, and nobody else: the public and another community’s member and secretariat get a 404', async () => {
    const meeting = await buildHeldMeeting(app);
    await draftMinutes(meeting);
    expect(await pdfText(await downloadPdf(meeting.meetingId, as(meeting.member)))).toContain(EXEMPT_DECISION);

    const other = await buildCommunity(app, { municipalities: 1, organs: 0 });
    const outsider = await signInAs(app, { role: 'SSU_MEMBER', communityId: other.id });
    for (const headers of [{}, as(outsider), as(other.secretariat)]) {
      expect(await refusal(meeting.meetingId, headers)).toEqual({
        status: 404,
        code: 'NOT_FOUND',
        reason: 'NOT_FOUND',
        params: { entity: 'minutes', id: meeting.meetingId },
      });
    }
  });

  it('gives everyone the published minutes of an open meeting, without the exempt case’s content for those who may not read it', async () => {
    const meeting = await buildHeldMeeting(app);
    await publishMinutesDirectly(app, meeting);
    const other = await buildCommunity(app, { municipalities: 1, organs: 0 });
    const readers: Record<string, Headers> = {
      public: {},
      'another community': as(await signInAs(app, { role: 'SSU_MEMBER', communityId: other.id })),
      'the community’s analyst': as(await signInAs(app, { role: 'ANALYST', communityId: meeting.community.id })),
      'an SSU member’s API token': await tokenOf(meeting.member),
    };
    for (const [reader, headers] of Object.entries(readers)) {
      const pdf = await downloadPdf(meeting.meetingId, headers);
      expect((await inspectArchivalPdf(pdf)).pdfa, reader).toEqual({ part: '2', conformance: 'A' });
      const lines = await pdfTextLines(pdf);
      const text = lines.join('\n');
      expect(text, reader).toContain('Godkjent uten merknader');
      expect(text, reader).toContain('Stillingen fordeles etter folketall.');
      expect(lines, reader).toEqual(expect.arrayContaining(['Mona Medlem', 'Mot']));
      expect(text, reader).toContain(`${meeting.references.exempt}: Unntatt offentlighet`);
      expect(text, reader).toContain('Vedtaket er unntatt offentlighet.');
      expect(text, reader).not.toContain(EXEMPT_TITLE);
      expect(text, reader).not.toContain('Ola Nordmann');
    }
  });

  it('keeps a closed meeting’s published minutes from the public', async () => {
    const meeting = await buildHeldMeeting(app, { isOpen: false });
    await publishMinutesDirectly(app, meeting);
    expect((await refusal(meeting.meetingId)).status).toBe(404);
    expect((await fetch(minutesUrl(meeting.meetingId), { headers: as(meeting.community.secretariat) })).status).toBe(200);
  });

  it('answers an unknown meeting, a meeting without minutes and a malformed id with a JSON refusal and its reason', async () => {
    const meeting = await buildHeldMeeting(app);
    const secretariat = as(meeting.community.secretariat);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await refusal(unknown, secretariat)).toEqual({
      status: 404,
      code: 'NOT_FOUND',
      reason: 'NOT_FOUND',
      params: { entity: 'meeting', id: unknown },
    });
    expect(await refusal(meeting.meetingId, secretariat)).toMatchObject({ status: 404, params: { entity: 'minutes' } });
    expect(await refusal('not-an-id', secretariat)).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
  });

  it('reads the minutes in as many statements for a meeting of three cases as for one of eight', async () => {
    const small = await buildHeldMeeting(app);
    const large = await buildHeldMeeting(app, { extraCases: 5 });
    for (const meeting of [small, large]) await publishMinutesDirectly(app, meeting);
    const count = async (meeting: HeldMeeting) =>
      (await app.countStatements(() => downloadPdf(meeting.meetingId, as(meeting.community.secretariat)))).statements;
    const smallCount = await count(small);
    expect(await count(large)).toBe(smallCount);
    expect(await pdfText(await downloadPdf(large.meetingId))).toContain('Tilleggssak 5 vedtas.');
  });
});

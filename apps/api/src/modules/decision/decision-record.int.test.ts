import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, signInAs, type Session } from '../../../test/factories.js';
import { buildHeldMeeting, EXEMPT_DECISION, EXEMPT_RECOMMENDATION, EXEMPT_TITLE } from '../../../test/held-meeting-factory.js';
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
    'mutation { createApiToken(input: { name: "Vedtaksskript" }) { token } }',
    {},
    session,
  );
  return { authorization: `Bearer ${created.createApiToken.token}` };
}

const recordUrl = (decisionId: string) => `${app.url}/api/decisions/${decisionId}/record.pdf`;

/** Downloads a decision record; fails the test unless it is a PDF. */
async function downloadPdf(decisionId: string, headers: Headers = {}): Promise<Buffer> {
  const response = await fetch(recordUrl(decisionId), { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  expect(response.headers.get('content-disposition')).toMatch(/^inline; filename="saerutskrift-ssu-sak-\d+-2026\.pdf"$/);
  return Buffer.from(await response.arrayBuffer());
}

async function refusal(decisionId: string, headers: Headers = {}) {
  const response = await fetch(recordUrl(decisionId), { headers });
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as { errors: { extensions: { code: string; reason: string; params: Record<string, unknown> } }[] };
  return { status: response.status, ...body.errors[0]?.extensions };
}

describe('the decision record (særutskrift) PDF', () => {
  it('gives the secretariat the record of a split vote as PDF/A with embedded fonts and tags: recommendation, decision, each vote', async () => {
    const meeting = await buildHeldMeeting(app);
    const pdf = await downloadPdf(meeting.decisions.split, as(meeting.community.secretariat));

    const report = await inspectArchivalPdf(pdf);
    expect(report.fonts.length).toBeGreaterThan(0);
    expect(report.fonts.filter((font) => !font.embedded)).toEqual([]);
    expect(report.hasStructureTree).toBe(true);
    expect(report.structureTypes).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'P', 'Table']));
    expect(report.pdfa).toEqual({ part: '2', conformance: 'A' });
    expect(report.title).toBe(`Særutskrift – ${meeting.references.split}`);

    const lines = await pdfTextLines(pdf);
    const text = lines.join('\n');
    expect(text).toContain(`${meeting.references.split}: Fordeling av koordinatorstilling`);
    expect(text).toContain('Stillingen fordeles likt.');
    expect(text).toContain('Stillingen fordeles etter folketall.');
    expect(text).toContain('For 1, mot 1, avstår 1.');
    expect(lines).toEqual(
      expect.arrayContaining(['Kari Kommune', 'For', 'Mona Medlem', 'Mot', 'Viggo Vara (vara for Siri Sykehus)', 'Avstår']),
    );
    expect(text).toMatch(/Rett utskrift, \d\d\.\d\d\.\d{4}/);
  });

  it('gives the exempt case’s record in full to its community’s readers of exempt content only', async () => {
    const meeting = await buildHeldMeeting(app);
    for (const session of [meeting.community.secretariat, meeting.member]) {
      const text = (await pdfTextLines(await downloadPdf(meeting.decisions.exempt, as(session)))).join('\n');
      expect(text).toContain(`${meeting.references.exempt}: ${EXEMPT_TITLE}`);
      expect(text).toContain(EXEMPT_RECOMMENDATION);
      expect(text).toContain(EXEMPT_DECISION);
    }

    const other = await buildCommunity(app, { municipalities: 1, organs: 0 });
    const readers: Record<string, Headers> = {
      public: {},
      'another community': as(await signInAs(app, { role: 'SSU_MEMBER', communityId: other.id })),
      'the community’s analyst': as(await signInAs(app, { role: 'ANALYST', communityId: meeting.community.id })),
      'an SSU member’s API token': await tokenOf(meeting.member),
    };
    for (const [reader, headers] of Object.entries(readers)) {
      const pdf = await downloadPdf(meeting.decisions.exempt, headers);
      expect((await inspectArchivalPdf(pdf)).pdfa, reader).toEqual({ part: '2', conformance: 'A' });
      const text = (await pdfTextLines(pdf)).join('\n');
      expect(text, reader).toContain(`${meeting.references.exempt}: Unntatt offentlighet`);
      expect(text, reader).toContain('Unntatt offentlighet (Offl. § 25)');
      expect(text, reader).toContain('Vedtaket er unntatt offentlighet.');
      expect(text, reader).not.toContain(EXEMPT_TITLE);
      expect(text, reader).not.toContain('Ola Nordmann');
      // A public case's record of the same open meeting is theirs to read in full.
      expect((await pdfTextLines(await downloadPdf(meeting.decisions.split, headers))).join('\n'), reader).toContain('Mona Medlem');
    }
  });

  it('keeps a closed meeting’s decisions within the community, and answers an unknown or malformed id with a JSON refusal', async () => {
    const meeting = await buildHeldMeeting(app, { isOpen: false });
    const other = await buildCommunity(app, { municipalities: 1, organs: 0 });
    for (const headers of [{}, as(other.secretariat)]) {
      expect(await refusal(meeting.decisions.consensus, headers)).toEqual({
        status: 404,
        code: 'NOT_FOUND',
        reason: 'NOT_FOUND',
        params: { entity: 'decision', id: meeting.decisions.consensus },
      });
    }
    const analyst = await signInAs(app, { role: 'ANALYST', communityId: meeting.community.id });
    expect((await pdfTextLines(await downloadPdf(meeting.decisions.consensus, as(analyst)))).join('\n')).toContain(
      'Handlingsplanen forlenges ut 2027.',
    );

    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await refusal(unknown, as(meeting.community.secretariat))).toEqual({
      status: 404,
      code: 'NOT_FOUND',
      reason: 'NOT_FOUND',
      params: { entity: 'decision', id: unknown },
    });
    expect(await refusal('123', as(meeting.community.secretariat))).toMatchObject({ status: 400, reason: 'INVALID_ID' });
  });

  it('reads the record in as many statements for a meeting of three cases as for one of eight', async () => {
    const small = await buildHeldMeeting(app);
    const large = await buildHeldMeeting(app, { extraCases: 5 });
    const count = async (decisionId: string, session: Session) =>
      (await app.countStatements(() => downloadPdf(decisionId, as(session)))).statements;
    expect(await count(large.decisions.split, large.community.secretariat)).toBe(
      await count(small.decisions.split, small.community.secretariat),
    );
  });
});

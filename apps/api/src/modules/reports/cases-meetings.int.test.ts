import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, signInAs, type CommunityFixture, type Session } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
let community: CommunityFixture;
let other: CommunityFixture;
let analyst: Session;
const EXEMPT_TITLE = 'Skjermet sak om en navngitt pasient';

const REPORT = `query($filter: ReportFilter!) { reports { casesAndMeetings(filter: $filter) { from to
  organs { organName year decisions decisionCases orientationCases discussionCases consensus vote noted postponed consensusShare
    averageDaysToDecision medianDaysToDecision meetings lateWithException lateWithoutException lateNotices lateMinutes } } } }`;

/** Small SQL factories: the rows the decisions, minutes and meeting helpers write, as the report reads them. */
async function buildYear(fixture: CommunityFixture): Promise<void> {
  const [organ] = await app.sql<{ id: string }>('SELECT id FROM organ WHERE community_id = $1', [fixture.id]);
  const organId = organ?.id ?? '';
  await app.sql(
    `UPDATE organ_rule_version SET effective_from = '2000-01-01', case_submission_deadline_days = 28, notice_period_days = 14, protocol_deadline_days = 14 WHERE organ_id = $1`,
    [organId],
  );
  let number = 0;
  const caseFile = async (kind: string, submittedOn: string, exempt = false) => {
    number += 1;
    const [row] = await app.sql<{ id: string }>(
      `INSERT INTO case_file (community_id, organ_id, year, number, reference, title, kind, status, submitted_on, access, exemption_basis)
       VALUES ($1, $2, 2025, $3::int, 'Sak ' || $3::int || '/2025', $4, $5, 'DECIDED', $6, $7, $8) RETURNING id`,
      [
        fixture.id,
        organId,
        number,
        exempt ? EXEMPT_TITLE : `Sak ${number}`,
        kind,
        submittedOn,
        exempt ? 'EXEMPT' : 'PUBLIC',
        exempt ? 'Offl. § 13' : null,
      ],
    );
    return row?.id ?? '';
  };
  const meeting = async (startsAt: string, state: string, noticeSentAt: string | null, minutesSentAt: string | null) => {
    const [row] = await app.sql<{ id: string }>(
      `INSERT INTO meeting (community_id, organ_id, starts_at, place, state, notice_sent_at, cancellation_reason)
       VALUES ($1, $2, $3, 'Møterom', $4, $5, $6) RETURNING id`,
      [fixture.id, organId, startsAt, state, noticeSentAt, state === 'CANCELLED' ? 'Avlyst' : null],
    );
    const id = row?.id ?? '';
    if (minutesSentAt)
      await app.sql('INSERT INTO minutes (meeting_id, community_id, sent_at) VALUES ($1, $2, $3)', [id, fixture.id, minutesSentAt]);
    return id;
  };
  const onAgenda = (meetingId: string, caseId: string, position: number, exception: string | null = null) =>
    app.sql(
      `INSERT INTO agenda_item (meeting_id, case_id, position, late_exception_reason, late_exception_recorded_at) VALUES ($1, $2, $3, $4, $5)`,
      [meetingId, caseId, position, exception, exception ? new Date() : null],
    );
  const decide = async (meetingId: string, caseId: string, kind: string, on: string, corrects: string | null = null) => {
    const [row] = await app.sql<{ id: string }>(
      `INSERT INTO decision (community_id, organ_id, meeting_id, case_id, kind, text, decided_on, corrects_decision_id, correction_reason, recorded_at)
       VALUES ($1, $2, $3, $4, $5, 'Vedtak', $6, $7, $8, now()) RETURNING id`,
      [fixture.id, organId, meetingId, caseId, kind, on, corrects, corrects ? 'Feil utfall' : null],
    );
    return row?.id ?? '';
  };

  // March: notice on time (deadline 6 March), minutes a week after the protocol deadline (3 April).
  const march = await meeting('2025-03-20T09:00:00Z', 'HELD', '2025-03-01T10:00:00Z', '2025-04-10T10:00:00Z');
  // June: notice a week late (deadline 29 May), minutes in time.
  const june = await meeting('2025-06-12T09:00:00Z', 'HELD', '2025-06-05T10:00:00Z', '2025-06-20T10:00:00Z');
  // Cancelled meetings count for nothing.
  await meeting('2025-09-10T09:00:00Z', 'CANCELLED', null, null);

  const first = await caseFile('DECISION', '2025-02-01');
  await onAgenda(march, first, 1);
  await decide(march, first, 'CONSENSUS', '2025-03-20');
  // Exempt, submitted after the deadline (20 February) with the chair's exception; a vote corrected to consensus.
  const exempt = await caseFile('DECISION', '2025-03-01', true);
  await onAgenda(march, exempt, 2, 'Haster');
  const voted = await decide(march, exempt, 'VOTE', '2025-03-20');
  await decide(march, exempt, 'CONSENSUS', '2025-03-20', voted);
  // After the deadline (15 May) without an exception.
  const orientation = await caseFile('ORIENTATION', '2025-05-30');
  await onAgenda(june, orientation, 1);
  await decide(june, orientation, 'NOTED', '2025-06-12');
  const discussion = await caseFile('DISCUSSION', '2025-05-01');
  await onAgenda(june, discussion, 2);
  await decide(june, discussion, 'POSTPONED', '2025-06-12');
}

beforeAll(async () => {
  app = await startTestApp();
  community = await buildCommunity(app);
  other = await buildCommunity(app);
  await buildYear(community);
  analyst = await signInAs(app, { role: 'ANALYST', communityId: community.id });
});
afterAll(() => app.close());

describe('the cases and meetings report', () => {
  it('counts decisions by kind and outcome, consensus, days to decision and the deadlines kept, per organ and year', async () => {
    const data = await must<{ reports: { casesAndMeetings: { organs: unknown[] } } }>(
      app,
      REPORT,
      { filter: { from: '2025-01-01', to: '2025-12-31' } },
      analyst,
    );
    expect(data.reports.casesAndMeetings.organs).toEqual([
      {
        organName: 'Utvalg 1',
        year: 2025,
        // The corrected vote is replaced by its correction, not counted twice.
        decisions: 4,
        decisionCases: 2,
        orientationCases: 1,
        discussionCases: 1,
        consensus: 2,
        vote: 0,
        noted: 1,
        postponed: 1,
        consensusShare: 1,
        // 47, 19 and 13 days; the postponement decides nothing.
        averageDaysToDecision: 26.3,
        medianDaysToDecision: 19,
        meetings: 2,
        lateWithException: 1,
        lateWithoutException: 1,
        lateNotices: 1,
        lateMinutes: 1,
      },
    ]);
  });

  it('reads only the period asked about', async () => {
    const data = await must<{ reports: { casesAndMeetings: { organs: unknown[] } } }>(
      app,
      REPORT,
      { filter: { from: '2025-05-01', to: '2025-12-31' } },
      analyst,
    );
    expect(data.reports.casesAndMeetings.organs).toEqual([
      expect.objectContaining({
        decisions: 2,
        noted: 1,
        postponed: 1,
        consensusShare: null,
        meetings: 1,
        lateWithException: 0,
        lateMinutes: 0,
      }),
    ]);
  });

  it('gives another community’s analyst nothing, and refuses the public', async () => {
    const theirs = await signInAs(app, { role: 'ANALYST', communityId: other.id });
    const refused = await app.gql(REPORT, { filter: { communityIds: [community.id] } }, theirs.cookie);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    const own = await must<{ reports: { casesAndMeetings: { organs: unknown[] } } }>(
      app,
      REPORT,
      { filter: { from: '2025-01-01' } },
      theirs,
    );
    expect(own.reports.casesAndMeetings.organs).toEqual([]);
    const anonymous = await fetch(`${app.url}/exports/casesAndMeetings.csv`);
    expect(anonymous.status).toBe(401);
  });

  it('counts the exempt case, but its title appears nowhere: not in GraphQL, the CSV or the XLSX', async () => {
    const response = await app.gql(REPORT, { filter: { from: '2025-01-01', to: '2025-12-31' } }, analyst.cookie);
    expect(JSON.stringify(response)).not.toContain(EXEMPT_TITLE);
    const { parse } = await import('csv-parse/sync');
    const ExcelJS = (await import('exceljs')).default;
    const url = (extension: string) => `${app.url}/exports/casesAndMeetings.${extension}?from=2025-01-01&to=2025-12-31`;
    const csv = Buffer.from(await (await fetch(url('csv'), { headers: { cookie: analyst.cookie } })).arrayBuffer());
    expect(csv.toString('utf8')).not.toContain(EXEMPT_TITLE);
    const records: string[][] = parse(csv, { bom: true, delimiter: ';' });
    expect(records[0]?.slice(2, 5)).toEqual(['År', 'Vedtak', 'Beslutningssaker']);
    expect(records[1]?.slice(2, 14)).toEqual(['2025', '4', '2', '1', '1', '2', '0', '1', '1', '100,00', '26,3', '19,0']);
    const xlsx = Buffer.from(await (await fetch(url('xlsx'), { headers: { cookie: analyst.cookie } })).arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as never);
    const sheet = workbook.getWorksheet('Saker og møter');
    const cells: unknown[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).not.toContain(EXEMPT_TITLE);
    expect([3, 4, 12, 19].map((column) => sheet?.getRow(2).getCell(column).value)).toEqual([2025, 4, 1, 1]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, signInAs, type CommunityFixture } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

interface Committee {
  community: CommunityFixture;
  organId: string;
}

/** An SSU whose cases are due 28 days before a meeting, notice 14 days, an extraordinary meeting's 7. */
async function withCommittee(): Promise<Committee> {
  const community = await buildCommunity(app, { organs: 0, municipalities: 1 });
  const created = await must<{ createOrgan: { id: string } }>(
    app,
    `mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }`,
    {
      input: {
        communityId: community.id,
        name: 'SSU',
        kind: 'STRATEGIC_COMMITTEE',
        rules: { caseSubmissionDeadlineDays: 28, noticePeriodDays: 14, extraordinaryNoticeDays: 7, decisionRule: 'VOTE' },
      },
    },
    community.secretariat,
  );
  return { community, organId: created.createOrgan.id };
}

async function meetingOn({ community, organId }: Committee, date: string, options: { isOpen?: boolean } = {}): Promise<string> {
  const data = await must<{ scheduleMeeting: { id: string } }>(
    app,
    `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
    { input: { organId, date, startTime: '10:00', place: 'Bodø', isOpen: options.isOpen ?? true, kind: 'ORDINARY' } },
    community.secretariat,
  );
  return data.scheduleMeeting.id;
}

let nextNumber = 1;
/** A case of the organ as the case register stores it (the register's own API is another feature's). */
async function caseOf(
  { community, organId }: Committee,
  options: { status?: string; submittedOn?: string | null; access?: 'PUBLIC' | 'EXEMPT' } = {},
): Promise<string> {
  const access = options.access ?? 'PUBLIC';
  const [row] = await app.sql<{ id: string }>(
    `INSERT INTO case_file (community_id, organ_id, year, number, reference, title, kind, status, submitted_on, access, exemption_basis)
     VALUES ($1, $2, 2025, $3, $8, 'Sak', 'DECISION', $4, $5, $6, $7) RETURNING id`,
    [
      community.id,
      organId,
      nextNumber,
      options.status ?? 'SUBMITTED',
      options.submittedOn === undefined ? '2025-01-02' : options.submittedOn,
      access,
      access === 'EXEMPT' ? 'Offl. § 14' : null,
      `SSU sak ${nextNumber++}/2025`,
    ],
  );
  return row?.id ?? '';
}

async function statusOf(caseId: string): Promise<string | undefined> {
  const [row] = await app.sql<{ status: string }>(`SELECT status FROM case_file WHERE id = $1`, [caseId]);
  return row?.status;
}

const add = `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`;
const agendaQuery = `query($id: ID!) { meeting(id: $id) {
  agenda { position submittedOn submittedLate lateExceptionReason }
  breaches { kind position deadline actual excepted }
} }`;

interface AgendaData {
  meeting: {
    agenda: { position: number; submittedOn: string; submittedLate: boolean; lateExceptionReason: string | null }[];
    breaches: { kind: string; position: number | null; deadline: string; actual: string | null; excepted: boolean }[];
  };
}

const lateCases = (data: AgendaData) => data.meeting.breaches.filter((breach) => breach.kind === 'LATE_CASE');

describe("a meeting's agenda", () => {
  it('puts submitted cases on the agenda in order, refuses a draft and a case already on another agenda', async () => {
    const committee = await withCommittee();
    const meetingId = await meetingOn(committee, '2025-03-12');
    const first = await caseOf(committee);
    const second = await caseOf(committee);
    const draft = await caseOf(committee, { status: 'DRAFT', submittedOn: null });
    const { secretariat } = committee.community;
    await must(app, add, { input: { meetingId, caseId: first } }, secretariat);
    await must(app, add, { input: { meetingId, caseId: second } }, secretariat);
    expect(await statusOf(first)).toBe('ON_AGENDA');

    const refusedDraft = await app.gql(add, { input: { meetingId, caseId: draft } }, secretariat.cookie);
    expect(refusedDraft.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CASE_NOT_SUBMITTED', field: 'caseId' });
    const other = await meetingOn(committee, '2025-05-07');
    const twice = await app.gql(add, { input: { meetingId: other, caseId: first } }, secretariat.cookie);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CASE_ON_ANOTHER_AGENDA' });

    const data = await must<AgendaData>(app, agendaQuery, { id: meetingId });
    expect(data.meeting.agenda.map((item) => item.position)).toEqual([1, 2]);
    // The meeting is in the past with no notice sent: that is a breach of its own.
    expect(data.meeting.breaches.map((breach) => breach.kind)).toEqual(['NOTICE_OVERDUE']);
  });

  it("refuses a late case without the chair's exception, takes it with one, and shows the breach", async () => {
    const committee = await withCommittee();
    const meetingId = await meetingOn(committee, '2025-03-12');
    const late = await caseOf(committee, { submittedOn: '2025-02-20' });
    const { secretariat } = committee.community;
    const refused = await app.gql(add, { input: { meetingId, caseId: late } }, secretariat.cookie);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CASE_SUBMITTED_LATE',
      field: 'lateExceptionReason',
      params: { deadline: '2025-02-12', submittedOn: '2025-02-20' },
    });
    await must(app, add, { input: { meetingId, caseId: late, lateExceptionReason: 'Saken kan ikke vente.' } }, secretariat);
    const data = await must<AgendaData>(app, agendaQuery, { id: meetingId }, secretariat);
    expect(data.meeting.agenda).toEqual([
      { position: 1, submittedOn: '2025-02-20', submittedLate: true, lateExceptionReason: 'Saken kan ikke vente.' },
    ]);
    expect(lateCases(data)).toEqual([{ kind: 'LATE_CASE', position: 1, deadline: '2025-02-12', actual: '2025-02-20', excepted: true }]);
  });

  it('shows a breach for a case that became late when the meeting moved, until the exception is recorded', async () => {
    const committee = await withCommittee();
    const meetingId = await meetingOn(committee, '2025-03-12');
    const caseId = await caseOf(committee, { submittedOn: '2025-02-10' });
    const { secretariat } = committee.community;
    await must(app, add, { input: { meetingId, caseId } }, secretariat);
    await must(
      app,
      `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`,
      { input: { meetingId, version: 1, date: '2025-03-05', startTime: '10:00', place: 'Bodø', isOpen: true, kind: 'ORDINARY' } },
      secretariat,
    );
    let data = await must<AgendaData>(app, agendaQuery, { id: meetingId }, secretariat);
    expect(lateCases(data)).toEqual([{ kind: 'LATE_CASE', position: 1, deadline: '2025-02-05', actual: '2025-02-10', excepted: false }]);
    await must(
      app,
      `mutation($input: RecordLateExceptionInput!) { recordLateException(input: $input) { id } }`,
      { input: { meetingId, caseId, reason: 'Frist for høring.' } },
      secretariat,
    );
    data = await must<AgendaData>(app, agendaQuery, { id: meetingId }, secretariat);
    expect(lateCases(data)[0]?.excepted).toBe(true);
  });

  it('reorders the agenda, refuses an incomplete order, and takes a case off (submitted again)', async () => {
    const committee = await withCommittee();
    const meetingId = await meetingOn(committee, '2025-03-12');
    const ids = [await caseOf(committee), await caseOf(committee), await caseOf(committee)];
    const { secretariat } = committee.community;
    for (const caseId of ids) await must(app, add, { input: { meetingId, caseId } }, secretariat);
    const reorder = `mutation($input: ReorderAgendaInput!) { reorderAgenda(input: $input) { id } }`;
    const [a, b, c] = ids;
    await must(app, reorder, { input: { meetingId, caseIds: [c, a, b] } }, secretariat);
    const incomplete = await app.gql(reorder, { input: { meetingId, caseIds: [c, a] } }, secretariat.cookie);
    expect(incomplete.errors?.[0]?.extensions).toMatchObject({ reason: 'AGENDA_ORDER_INCOMPLETE' });
    const order = async () =>
      (await app.sql<{ case_id: string }>(`SELECT case_id FROM agenda_item WHERE meeting_id = $1 ORDER BY position`, [meetingId])).map(
        (row) => row.case_id,
      );
    expect(await order()).toEqual([c, a, b]);
    await must(
      app,
      `mutation($input: AgendaItemKeyInput!) { removeAgendaItem(input: $input) { id } }`,
      { input: { meetingId, caseId: a } },
      secretariat,
    );
    expect(await order()).toEqual([c, b]);
    expect(await statusOf(a ?? '')).toBe('SUBMITTED');
    const positions = await app.sql<{ position: number }>(`SELECT position FROM agenda_item WHERE meeting_id = $1 ORDER BY position`, [
      meetingId,
    ]);
    expect(positions.map((row) => row.position)).toEqual([1, 2]);
  });

  it("frees a cancelled meeting's cases for another meeting", async () => {
    const committee = await withCommittee();
    const meetingId = await meetingOn(committee, '2025-03-12');
    const caseId = await caseOf(committee);
    const { secretariat } = committee.community;
    await must(app, add, { input: { meetingId, caseId } }, secretariat);
    await must(
      app,
      `mutation($input: CancelMeetingInput!) { cancelMeeting(input: $input) { id } }`,
      { input: { meetingId, version: 1, reason: 'Flyttet' } },
      secretariat,
    );
    expect(await statusOf(caseId)).toBe('SUBMITTED');
    await must(app, add, { input: { meetingId: await meetingOn(committee, '2025-03-19'), caseId } }, secretariat);
    expect(await statusOf(caseId)).toBe('ON_AGENDA');
  });

  it("keeps a closed meeting's agenda and late cases from the public, and an exempt case's exception from analysts", async () => {
    const committee = await withCommittee();
    const closed = await meetingOn(committee, '2025-03-12', { isOpen: false });
    const open = await meetingOn(committee, '2025-04-09');
    const { secretariat } = committee.community;
    await must(
      app,
      add,
      { input: { meetingId: closed, caseId: await caseOf(committee, { submittedOn: '2025-03-01' }), lateExceptionReason: 'Haster.' } },
      secretariat,
    );
    const exempt = await caseOf(committee, { access: 'EXEMPT', submittedOn: '2025-04-01' });
    await must(app, add, { input: { meetingId: open, caseId: exempt, lateExceptionReason: 'Om søkerlisten.' } }, secretariat);

    const publicClosed = await must<AgendaData>(app, agendaQuery, { id: closed });
    expect(publicClosed.meeting.agenda).toEqual([]);
    expect(lateCases(publicClosed)).toEqual([]);
    const analyst = await signInAs(app, { role: 'ANALYST', communityId: committee.community.id });
    const analystClosed = await must<AgendaData>(app, agendaQuery, { id: closed }, analyst);
    expect(analystClosed.meeting.agenda).toHaveLength(1);

    const publicOpen = await must<AgendaData>(app, agendaQuery, { id: open });
    expect(publicOpen.meeting.agenda).toEqual([{ position: 1, submittedOn: '2025-04-01', submittedLate: true, lateExceptionReason: null }]);
    const titles = `query($id: ID!) { meeting(id: $id) { agenda { case { reference title } } } }`;
    const publicTitles = await must<{ meeting: { agenda: { case: { reference: string; title: string | null } }[] } }>(app, titles, {
      id: open,
    });
    expect(publicTitles.meeting.agenda[0]?.case.title).toBeNull();
    expect(publicTitles.meeting.agenda[0]?.case.reference).toMatch(/^SSU sak \d+\/2025$/);
    const memberTitles = await must<{ meeting: { agenda: { case: { title: string | null } }[] } }>(
      app,
      titles,
      { id: open },
      await signInAs(app, { role: 'SECRETARIAT', communityId: committee.community.id }),
    );
    expect(memberTitles.meeting.agenda[0]?.case.title).toBe('Sak');
    const analystOpen = await must<AgendaData>(app, agendaQuery, { id: open }, analyst);
    expect(analystOpen.meeting.agenda[0]?.lateExceptionReason).toBeNull();
    const member = await signInAs(app, { role: 'SSU_MEMBER', communityId: committee.community.id });
    const memberOpen = await must<AgendaData>(app, agendaQuery, { id: open }, member);
    expect(memberOpen.meeting.agenda[0]?.lateExceptionReason).toBe('Om søkerlisten.');
  });

  it('refuses a case of another community as not of the organ', async () => {
    const committee = await withCommittee();
    const other = await withCommittee();
    const meetingId = await meetingOn(committee, '2025-03-12');
    const response = await app.gql(add, { input: { meetingId, caseId: await caseOf(other) } }, committee.community.secretariat.cookie);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CASE_OF_ANOTHER_ORGAN' });
  });
});

import { addDays } from '@helsefellesskap/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, signInAs, type CommunityFixture, type Session } from '../../../test/factories.js';
import { testClock } from '../../../test/clock.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const createSeat = 'mutation($input: CreateSeatInput!) { createSeat(input: $input) { id } }';
const appoint = 'mutation($input: AppointInput!) { appoint(input: $input) { id } }';

const RECORD_ATTENDANCE = `mutation($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) { id version attendance { name votes standsInForName } quorum { votingPresent quorate rule } }
}`;
const RECORD_DECISION = `mutation($input: RecordDecisionInput!) {
  recordDecision(input: $input) { id kind text differsFromRecommendation recommendation votes { name vote } counts { yes no abstain unanimous } }
}`;
const CORRECT_DECISION = `mutation($input: CorrectDecisionInput!) {
  correctDecision(input: $input) { id text correctionReason current history { id text current } }
}`;

interface Committee {
  community: CommunityFixture;
  organId: string;
  appointments: {
    municipal: string;
    personalDeputy: string;
    hospital1: string;
    hospital2: string;
    listDeputy1: string;
    listDeputy2: string;
    observer: string;
  };
  persons: Record<string, string>;
}

/** An SSU deciding by vote: a municipal member and personal deputy, two hospital members, a two-deputy list and an observer. */
async function buildCommittee(decisionRule: 'VOTE' | 'CONSENSUS' = 'VOTE'): Promise<Committee> {
  const community = await buildCommunity(app, { municipalities: 1, regionalCouncils: 1, organs: 0 });
  const run = <T>(query: string, variables: Record<string, unknown>) => must<T>(app, query, variables, community.secretariat);
  const organ = await run<{ createOrgan: { id: string } }>('mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }', {
    input: { communityId: community.id, name: 'Strategisk samarbeidsutvalg', kind: 'STRATEGIC_COMMITTEE', rules: { decisionRule } },
  });
  const organId = organ.createOrgan.id;
  const seat = async (label: string, side: string, voting: boolean, appointingBody: Record<string, unknown>) =>
    (await run<{ createSeat: { id: string } }>(createSeat, { input: { organId, label, side, voting, appointingBody } })).createSeat.id;
  const hospitalBody = { kind: 'PARTNER', partnerId: community.hospitalTrustId };
  const municipalSeat = await seat('Kommunal 1', 'MUNICIPAL', true, {
    kind: 'REGIONAL_COUNCIL',
    regionalCouncilId: community.regionalCouncilIds[0],
  });
  const hospitalSeat1 = await seat('Sykehuset 1', 'HOSPITAL', true, hospitalBody);
  const hospitalSeat2 = await seat('Sykehuset 2', 'HOSPITAL', true, hospitalBody);
  const deputySeat = await seat('Sykehusets varaliste', 'HOSPITAL', false, hospitalBody);
  const observerSeat = await seat('KS', 'OBSERVER', false, { kind: 'EXTERNAL', name: 'KS' });
  const startsOn = addDays(testClock.today(), -365);
  const persons: Record<string, string> = {};
  const appointOne = async (seatId: string, name: string, role: string, extra: Record<string, unknown> = {}) => {
    const id = (
      await run<{ appoint: { id: string } }>(appoint, {
        input: { seatId, newPerson: { name }, role, startsOn, decisionReference: 'Test sak 1/2025', ...extra },
      })
    ).appoint.id;
    const [row] = await app.sql<{ personId: string }>(`SELECT person_id AS "personId" FROM appointment WHERE id = $1`, [id]);
    persons[name] = row?.personId ?? '';
    return id;
  };
  const municipal = await appointOne(municipalSeat, 'Kari Kommune', 'MEMBER');
  const personalDeputy = await appointOne(municipalSeat, 'Per Personlig', 'PERSONAL_DEPUTY', { deputyForAppointmentId: municipal });
  const hospital1 = await appointOne(hospitalSeat1, 'Siri Sykehus', 'MEMBER');
  const hospital2 = await appointOne(hospitalSeat2, 'Stein Sykehus', 'MEMBER');
  const listDeputy1 = await appointOne(deputySeat, 'Viggo Vara En', 'DEPUTY', { deputyRank: 1 });
  const listDeputy2 = await appointOne(deputySeat, 'Vera Vara To', 'DEPUTY', { deputyRank: 2 });
  const observer = await appointOne(observerSeat, 'Olga Observatør', 'OBSERVER');
  return {
    community,
    organId,
    appointments: { municipal, personalDeputy, hospital1, hospital2, listDeputy1, listDeputy2, observer },
    persons,
  };
}

/** A meeting that started `daysAgo` days ago (negative: still to come), its notice sent with the cases given. */
async function insertMeeting(committee: Committee, daysAgo: number, options: { isOpen?: boolean } = {}): Promise<string> {
  const date = addDays(testClock.today(), -daysAgo);
  const [row] = await app.sql<{ id: string }>(
    `INSERT INTO meeting (community_id, organ_id, starts_at, ends_at, place, is_open, kind, state, notice_sent_at)
     VALUES ($1, $2, $3, $4, 'Bodø', $5, 'ORDINARY', 'NOTICE_SENT', $3::timestamptz - interval '14 days') RETURNING id`,
    [committee.community.id, committee.organId, `${date}T00:00:00Z`, `${date}T14:00:00Z`, options.isOpen ?? true],
  );
  const meetingId = row?.id ?? '';
  const [document] = await app.sql<{ id: string }>(
    `INSERT INTO mail_attachment (filename, content_type, content) VALUES ('innkalling.pdf', 'application/pdf', '\\x25') RETURNING id`,
  );
  await app.sql(
    `INSERT INTO meeting_notice (meeting_id, community_id, sent_at, document_id, recipient_count) VALUES ($1, $2, now(), $3, 1)`,
    [meetingId, committee.community.id, document?.id],
  );
  return meetingId;
}

let caseNumber = 0;
/** A case on the meeting's agenda; `sentOut` puts it among the cases sent with the notice. */
async function insertCase(
  committee: Committee,
  meetingId: string,
  options: { sentOut?: boolean; access?: 'PUBLIC' | 'EXEMPT'; recommendation?: string[] } = {},
): Promise<string> {
  caseNumber += 1;
  const exempt = options.access === 'EXEMPT';
  const [row] = await app.sql<{ id: string }>(
    `INSERT INTO case_file (community_id, organ_id, year, number, reference, title, kind, status, submitted_on, access, exemption_basis, recommendation)
     VALUES ($1, $2, 2026, $3::int, 'SSU sak ' || $3::int || '/2026', $4, 'DECISION', 'ON_AGENDA', $5, $6, $7, $8) RETURNING id`,
    [
      committee.community.id,
      committee.organId,
      caseNumber,
      exempt ? 'Ansettelse av koordinator' : `Sak ${caseNumber}`,
      addDays(testClock.today(), -60),
      options.access ?? 'PUBLIC',
      exempt ? 'Offl. § 25' : null,
      options.recommendation ?? ['Handlingsplanen forlenges.', 'Det lages en statusrapport.'],
    ],
  );
  const caseId = row?.id ?? '';
  const [{ position } = { position: 1 }] = await app.sql<{ position: number }>(
    `SELECT count(*)::int + 1 AS position FROM agenda_item WHERE meeting_id = $1`,
    [meetingId],
  );
  await app.sql(`INSERT INTO agenda_item (meeting_id, case_id, position) VALUES ($1, $2, $3)`, [meetingId, caseId, position]);
  if (options.sentOut ?? true) {
    await app.sql(`INSERT INTO meeting_notice_case (meeting_id, case_id, position) VALUES ($1, $2, $3)`, [meetingId, caseId, position]);
  }
  return caseId;
}

async function attempt(query: string, input: Record<string, unknown>, session: Session) {
  return app.gql<Record<string, unknown>>(query, { input }, session.cookie);
}

/** Kari absent with her personal deputy standing in, Siri present, Stein absent with the first list deputy, the observer. */
function usualAttendance(committee: Committee) {
  const a = committee.appointments;
  return [
    { appointmentId: a.personalDeputy, standsInForAppointmentId: a.municipal },
    { appointmentId: a.hospital1 },
    { appointmentId: a.listDeputy1, standsInForAppointmentId: a.hospital2 },
    { appointmentId: a.observer },
  ];
}

describe('attendance', () => {
  it('records the attendance as a whole with deputies standing in, and the meeting is quorate with those present', async () => {
    const committee = await buildCommittee();
    const meetingId = await insertMeeting(committee, 1);
    const recorded = await must<{
      recordAttendance: { attendance: { name: string; votes: boolean; standsInForName: string | null }[]; quorum: Record<string, unknown> };
    }>(app, RECORD_ATTENDANCE, { input: { meetingId, attendees: usualAttendance(committee) } }, committee.community.secretariat);
    expect(recorded.recordAttendance.attendance).toEqual([
      { name: 'Per Personlig', votes: true, standsInForName: 'Kari Kommune' },
      { name: 'Siri Sykehus', votes: true, standsInForName: null },
      { name: 'Viggo Vara En', votes: true, standsInForName: 'Stein Sykehus' },
      { name: 'Olga Observatør', votes: false, standsInForName: null },
    ]);
    expect(recorded.recordAttendance.quorum).toEqual({ votingPresent: 3, quorate: true, rule: 'THOSE_PRESENT' });
    const [audit] = await app.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM audit_event WHERE entity_type = 'MeetingAttendance' AND entity_id = $1`,
      [meetingId],
    );
    expect(audit?.count).toBe(1);
  });

  it('refuses a personal deputy for another member, skipping the list order, a stale version and a meeting not started', async () => {
    const committee = await buildCommittee();
    const a = committee.appointments;
    const meetingId = await insertMeeting(committee, 1);
    const session = committee.community.secretariat;
    const reasonOf = async (input: Record<string, unknown>) =>
      (await attempt(RECORD_ATTENDANCE, input, session)).errors?.[0]?.extensions?.reason;
    expect(await reasonOf({ meetingId, attendees: [{ appointmentId: a.personalDeputy, standsInForAppointmentId: a.hospital1 }] })).toBe(
      'STAND_IN_NOT_ELIGIBLE',
    );
    expect(
      await reasonOf({
        meetingId,
        attendees: [{ appointmentId: a.listDeputy1 }, { appointmentId: a.listDeputy2, standsInForAppointmentId: a.hospital2 }],
      }),
    ).toBe('DEPUTY_ORDER_SKIPPED');
    expect(await reasonOf({ meetingId, expectedVersion: 99, attendees: [] })).toBe('CONCURRENT_CHANGE');
    expect(await reasonOf({ meetingId: await insertMeeting(committee, -3), attendees: [] })).toBe('MEETING_NOT_STARTED');
    const analyst = await signInAs(app, { role: 'ANALYST', communityId: committee.community.id });
    const refused = await attempt(RECORD_ATTENDANCE, { meetingId, attendees: [] }, analyst);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('prefills the attendance sheet from the reported absences and the deputy called in', async () => {
    const committee = await buildCommittee();
    const a = committee.appointments;
    const meetingId = await insertMeeting(committee, 1);
    await app.sql(
      `INSERT INTO meeting_absence (community_id, meeting_id, member_appointment_id, reported_at, deputy_appointment_id, deputy_called_at)
       VALUES ($1, $2, $3, now(), $4, now())`,
      [committee.community.id, meetingId, a.municipal, a.personalDeputy],
    );
    const data = await must<{
      meeting: { attendanceSheet: { name: string; present: boolean; standsInForAppointmentId: string | null }[] };
    }>(
      app,
      'query($id: ID!) { meeting(id: $id) { attendanceSheet { name present standsInForAppointmentId } } }',
      { id: meetingId },
      committee.community.secretariat,
    );
    const line = (name: string) => data.meeting.attendanceSheet.find((candidate) => candidate.name === name);
    expect(line('Kari Kommune')?.present).toBe(false);
    expect(line('Per Personlig')).toEqual({ name: 'Per Personlig', present: true, standsInForAppointmentId: a.municipal });
    expect(line('Siri Sykehus')?.present).toBe(true);
    expect(line('Olga Observatør')?.present).toBe(false);
  });
});

describe('decisions', () => {
  it('records a split vote with every voting member’s vote, and a consensus that keeps the recommendation and its difference', async () => {
    const committee = await buildCommittee();
    const session = committee.community.secretariat;
    const meetingId = await insertMeeting(committee, 1);
    const splitCase = await insertCase(committee, meetingId);
    const consensusCase = await insertCase(committee, meetingId);
    await must(app, RECORD_ATTENDANCE, { input: { meetingId, attendees: usualAttendance(committee) } }, session);
    const p = committee.persons;
    const incomplete = await attempt(
      RECORD_DECISION,
      {
        meetingId,
        caseId: splitCase,
        kind: 'VOTE',
        text: 'Vedtatt',
        votes: [
          { personId: p['Per Personlig'], vote: 'YES' },
          { personId: p['Siri Sykehus'], vote: 'NO' },
        ],
      },
      session,
    );
    expect(incomplete.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INDIVIDUAL_VOTES_REQUIRED' });
    const observerVote = await attempt(
      RECORD_DECISION,
      { meetingId, caseId: splitCase, kind: 'VOTE', text: 'Vedtatt', votes: [{ personId: p['Olga Observatør'], vote: 'YES' }] },
      session,
    );
    expect(observerVote.errors?.[0]?.extensions?.reason).toBe('VOTER_NOT_ENTITLED');
    const split = await must<{ recordDecision: Record<string, unknown> }>(
      app,
      RECORD_DECISION,
      {
        input: {
          meetingId,
          caseId: splitCase,
          kind: 'VOTE',
          text: 'Vedtatt mot én stemme.',
          votes: [
            { personId: p['Per Personlig'], vote: 'YES' },
            { personId: p['Siri Sykehus'], vote: 'NO' },
            { personId: p['Viggo Vara En'], vote: 'YES' },
          ],
        },
      },
      session,
    );
    expect(split.recordDecision).toMatchObject({
      kind: 'VOTE',
      counts: { yes: 2, no: 1, abstain: 0, unanimous: false },
      votes: [
        { name: 'Per Personlig', vote: 'YES' },
        { name: 'Siri Sykehus', vote: 'NO' },
        { name: 'Viggo Vara En', vote: 'YES' },
      ],
    });
    const consensus = await must<{ recordDecision: Record<string, unknown> }>(
      app,
      RECORD_DECISION,
      {
        input: {
          meetingId,
          caseId: consensusCase,
          kind: 'CONSENSUS',
          text: '1. Handlingsplanen forlenges til 2025.\n2. Det lages en statusrapport.',
        },
      },
      session,
    );
    expect(consensus.recordDecision).toMatchObject({
      kind: 'CONSENSUS',
      differsFromRecommendation: true,
      recommendation: ['Handlingsplanen forlenges.', 'Det lages en statusrapport.'],
      counts: null,
    });
    const [status] = await app.sql<{ status: string }>(`SELECT status FROM case_file WHERE id = $1`, [consensusCase]);
    expect(status?.status).toBe('DECIDED');
  });

  it('refuses deciding a case that was not sent out with the notice, a vote where the organ decides by consensus, and a second decision', async () => {
    const committee = await buildCommittee('CONSENSUS');
    const session = committee.community.secretariat;
    const meetingId = await insertMeeting(committee, 1);
    const late = await insertCase(committee, meetingId, { sentOut: false });
    const sent = await insertCase(committee, meetingId);
    const notSent = await attempt(RECORD_DECISION, { meetingId, caseId: late, kind: 'CONSENSUS', text: 'Vedtatt' }, session);
    expect(notSent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CASE_NOT_SENT_OUT' });
    const vote = await attempt(RECORD_DECISION, { meetingId, caseId: sent, kind: 'VOTE', text: 'Vedtatt' }, session);
    expect(vote.errors?.[0]?.extensions?.reason).toBe('VOTE_NOT_ALLOWED');
    await must(app, RECORD_DECISION, { input: { meetingId, caseId: sent, kind: 'CONSENSUS', text: 'Vedtatt' } }, session);
    const second = await attempt(RECORD_DECISION, { meetingId, caseId: sent, kind: 'NOTED', text: 'Tatt til orientering' }, session);
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DECISION_ALREADY_RECORDED' });
  });

  it('records exactly one decision when two requests race, and answers the other with CONFLICT', async () => {
    const committee = await buildCommittee();
    const session = committee.community.secretariat;
    const meetingId = await insertMeeting(committee, 1);
    const caseId = await insertCase(committee, meetingId);
    const results = await Promise.all(
      ['Vedtatt A', 'Vedtatt B', 'Vedtatt C'].map((text) =>
        attempt(RECORD_DECISION, { meetingId, caseId, kind: 'CONSENSUS', text }, session),
      ),
    );
    expect(results.filter((result) => !result.errors).length).toBe(1);
    expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions?.code)).toEqual(['CONFLICT', 'CONFLICT']);
    const [count] = await app.sql<{ count: number }>(`SELECT count(*)::int AS count FROM decision WHERE case_id = $1`, [caseId]);
    expect(count?.count).toBe(1);
  });

  it('corrects a decision with a new audited record and reason; reads show the current one and its history', async () => {
    const committee = await buildCommittee();
    const session = committee.community.secretariat;
    const meetingId = await insertMeeting(committee, 1);
    const caseId = await insertCase(committee, meetingId);
    const first = await must<{ recordDecision: { id: string } }>(
      app,
      RECORD_DECISION,
      { input: { meetingId, caseId, kind: 'CONSENSUS', text: 'Vedtatt med skrivefeil' } },
      session,
    );
    const corrected = await must<{ correctDecision: Record<string, unknown> & { id: string } }>(
      app,
      CORRECT_DECISION,
      { input: { decisionId: first.recordDecision.id, kind: 'POSTPONED', text: 'Utsatt til neste møte', reason: 'Feil i protokollen' } },
      session,
    );
    expect(corrected.correctDecision).toMatchObject({
      text: 'Utsatt til neste møte',
      correctionReason: 'Feil i protokollen',
      current: true,
      history: [{ id: first.recordDecision.id, text: 'Vedtatt med skrivefeil', current: false }],
    });
    const again = await attempt(
      CORRECT_DECISION,
      { decisionId: first.recordDecision.id, kind: 'CONSENSUS', text: 'Annet', reason: 'Igjen' },
      session,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DECISION_ALREADY_CORRECTED' });
    const [status] = await app.sql<{ status: string }>(`SELECT status FROM case_file WHERE id = $1`, [caseId]);
    expect(status?.status).toBe('POSTPONED');
    const read = await must<{ case: { decisions: { id: string; text: string }[] } }>(
      app,
      'query($id: ID!) { case(id: $id) { decisions { id text } } }',
      { id: caseId },
      session,
    );
    expect(read.case.decisions).toEqual([{ id: corrected.correctDecision.id, text: 'Utsatt til neste møte' }]);
    const [audit] = await app.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM audit_event WHERE entity_type = 'Decision' AND entity_id = ANY($1::text[])`,
      [[first.recordDecision.id, corrected.correctDecision.id]],
    );
    expect(audit?.count).toBe(2);
  });

  it('postpones a case, which then goes on a later meeting’s agenda and is decided there; the case lists both decisions', async () => {
    const committee = await buildCommittee();
    const session = committee.community.secretariat;
    const first = await insertMeeting(committee, 2);
    const caseId = await insertCase(committee, first);
    await must(app, RECORD_DECISION, { input: { meetingId: first, caseId, kind: 'POSTPONED', text: 'Saken utsettes.' } }, session);
    const later = await insertMeeting(committee, 1);
    await app.sql(`UPDATE meeting SET state = 'PLANNED', notice_sent_at = NULL WHERE id = $1`, [later]);
    await app.sql(`DELETE FROM meeting_notice WHERE meeting_id = $1`, [later]);
    await must(
      app,
      'mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }',
      { input: { meetingId: later, caseId } },
      session,
    );
    await app.sql(`UPDATE meeting SET state = 'NOTICE_SENT', notice_sent_at = starts_at - interval '14 days' WHERE id = $1`, [later]);
    const [document] = await app.sql<{ id: string }>(
      `INSERT INTO mail_attachment (filename, content_type, content) VALUES ('innkalling.pdf', 'application/pdf', '\\x25') RETURNING id`,
    );
    await app.sql(
      `INSERT INTO meeting_notice (meeting_id, community_id, sent_at, document_id, recipient_count) VALUES ($1, $2, now(), $3, 1)`,
      [later, committee.community.id, document?.id],
    );
    await app.sql(`INSERT INTO meeting_notice_case (meeting_id, case_id, position) VALUES ($1, $2, 1)`, [later, caseId]);
    await must(app, RECORD_DECISION, { input: { meetingId: later, caseId, kind: 'CONSENSUS', text: 'Vedtatt.' } }, session);
    const read = await must<{ case: { status: string; decisions: { kind: string }[] } }>(
      app,
      'query($id: ID!) { case(id: $id) { status decisions { kind } } }',
      { id: caseId },
      session,
    );
    expect(read.case).toEqual({ status: 'DECIDED', decisions: [{ kind: 'POSTPONED' }, { kind: 'CONSENSUS' }] });
  });

  it('postpones a case to a named later meeting, whose agenda it joins in the same step; refuses a meeting already noticed, an earlier one and another kind', async () => {
    const committee = await buildCommittee();
    const session = committee.community.secretariat;
    const first = await insertMeeting(committee, 2);
    const caseId = await insertCase(committee, first);
    const otherCaseId = await insertCase(committee, first);
    const noticed = await insertMeeting(committee, -20);
    const later = await insertMeeting(committee, -40);
    await app.sql(`UPDATE meeting SET state = 'PLANNED', notice_sent_at = NULL WHERE id = $1`, [later]);
    const earlier = await insertMeeting(committee, 30);
    await app.sql(`UPDATE meeting SET state = 'PLANNED', notice_sent_at = NULL WHERE id = $1`, [earlier]);

    // The meeting page offers the planned later meetings only.
    const targets = await must<{ meeting: { postponementTargets: { meetingId: string; date: string }[] } }>(
      app,
      'query($id: ID!) { meeting(id: $id) { postponementTargets { meetingId date } } }',
      { id: first },
      session,
    );
    expect(targets.meeting.postponementTargets).toEqual([{ meetingId: later, date: addDays(testClock.today(), 40) }]);
    const publicTargets = await must<{ meeting: { postponementTargets: unknown[] } }>(
      app,
      'query($id: ID!) { meeting(id: $id) { postponementTargets { meetingId } } }',
      { id: first },
    );
    expect(publicTargets.meeting.postponementTargets).toEqual([]);

    const reasonOf = async (input: Record<string, unknown>) =>
      (await attempt(RECORD_DECISION, { meetingId: first, caseId, text: 'Saken utsettes.', kind: 'POSTPONED', ...input }, session))
        .errors?.[0]?.extensions?.reason;
    expect(await reasonOf({ postponedToMeetingId: noticed })).toBe('POSTPONED_TO_MEETING_NOT_PLANNED');
    expect(await reasonOf({ postponedToMeetingId: earlier })).toBe('POSTPONED_TO_NOT_A_LATER_MEETING');
    expect(await reasonOf({ kind: 'CONSENSUS', postponedToMeetingId: later })).toBe('POSTPONED_TO_ONLY_WHEN_POSTPONED');
    // Nothing of a refused attempt is kept: no decision, the case still on the first agenda.
    const [untouched] = await app.sql<{ status: string; decisions: number }>(
      `SELECT status, (SELECT count(*)::int FROM decision WHERE case_id = $1) AS decisions FROM case_file WHERE id = $1`,
      [caseId],
    );
    expect(untouched).toEqual({ status: 'ON_AGENDA', decisions: 0 });

    const decided = await must<{ recordDecision: { id: string; kind: string; postponedToMeetingId: string; postponedToDate: string } }>(
      app,
      `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { id kind postponedToMeetingId postponedToDate } }`,
      { input: { meetingId: first, caseId, kind: 'POSTPONED', text: 'Saken utsettes.', postponedToMeetingId: later } },
      session,
    );
    expect(decided.recordDecision).toMatchObject({
      kind: 'POSTPONED',
      postponedToMeetingId: later,
      postponedToDate: addDays(testClock.today(), 40),
    });
    const other = await must<{ recordDecision: { id: string } }>(
      app,
      RECORD_DECISION,
      { input: { meetingId: first, caseId: otherCaseId, kind: 'POSTPONED', text: 'Også utsatt.', postponedToMeetingId: later } },
      session,
    );
    const agenda = await must<{ meeting: { agenda: { position: number; case: { id: string; status: string } }[] } }>(
      app,
      'query($id: ID!) { meeting(id: $id) { agenda { position case { id status } } } }',
      { id: later },
      session,
    );
    expect(agenda.meeting.agenda).toEqual([
      { position: 1, case: { id: caseId, status: 'ON_AGENDA' } },
      { position: 2, case: { id: otherCaseId, status: 'ON_AGENDA' } },
    ]);
    const [events] = await app.sql<{ statuses: string[] }>(
      `SELECT array_agg(after->>'status' ORDER BY id) AS statuses FROM audit_event WHERE entity_type = 'Case' AND entity_id = $1`,
      [caseId],
    );
    expect(events?.statuses.slice(-2)).toEqual(['POSTPONED', 'ON_AGENDA']);

    // Corrected to decided after all: the case leaves the later agenda (its notice not sent) and is decided.
    await must(
      app,
      CORRECT_DECISION,
      { input: { decisionId: decided.recordDecision.id, kind: 'CONSENSUS', text: 'Vedtatt.', reason: 'Saken ble likevel avgjort' } },
      session,
    );
    const after = await must<{ meeting: { agenda: { position: number; case: { id: string } }[] }; case: { status: string } }>(
      app,
      'query($id: ID!, $caseId: ID!) { meeting(id: $id) { agenda { position case { id } } } case(id: $caseId) { status } }',
      { id: later, caseId },
      session,
    );
    expect(after).toEqual({ meeting: { agenda: [{ position: 1, case: { id: otherCaseId } }] }, case: { status: 'DECIDED' } });

    // Once the later meeting's notice has gone out with the case, a correction leaves that agenda as sent.
    await app.sql(`UPDATE meeting SET state = 'NOTICE_SENT', notice_sent_at = now() WHERE id = $1`, [later]);
    await must(
      app,
      CORRECT_DECISION,
      { input: { decisionId: other.recordDecision.id, kind: 'NOTED', text: 'Tatt til orientering.', reason: 'Feil i protokollen' } },
      session,
    );
    const [stays] = await app.sql<{ status: string; items: number }>(
      `SELECT status, (SELECT count(*)::int FROM agenda_item WHERE meeting_id = $2 AND case_id = $1) AS items FROM case_file WHERE id = $1`,
      [otherCaseId, later],
    );
    expect(stays).toEqual({ status: 'ON_AGENDA', items: 1 });
  });

  it('never shows an exempt case’s decision text or votes to the public, another community or an analyst', async () => {
    const committee = await buildCommittee();
    const session = committee.community.secretariat;
    const meetingId = await insertMeeting(committee, 1);
    const caseId = await insertCase(committee, meetingId, { access: 'EXEMPT', recommendation: ['Kari Kommune ansettes.'] });
    await must(app, RECORD_ATTENDANCE, { input: { meetingId, attendees: usualAttendance(committee) } }, session);
    const p = committee.persons;
    await must(
      app,
      RECORD_DECISION,
      {
        input: {
          meetingId,
          caseId,
          kind: 'VOTE',
          text: 'Kari Kommune ansettes som koordinator.',
          votes: [
            { personId: p['Per Personlig'], vote: 'YES' },
            { personId: p['Siri Sykehus'], vote: 'NO' },
            { personId: p['Viggo Vara En'], vote: 'ABSTAIN' },
          ],
        },
      },
      session,
    );
    const query = `query($id: ID!) { meeting(id: $id) {
      decisions { kind text recommendation differsFromRecommendation votes { name } counts { yes } }
      agenda { recommendationText decision { text } }
    } }`;
    const other = await buildCommunity(app, { organs: 0 });
    const analyst = await signInAs(app, { role: 'ANALYST', communityId: committee.community.id });
    for (const reader of [undefined, other.secretariat, analyst]) {
      const response = await app.gql(query, { id: meetingId }, reader?.cookie);
      expect(JSON.stringify(response)).not.toContain('ansettes');
      expect(response.data).toMatchObject({
        meeting: {
          decisions: [{ kind: 'VOTE', text: null, recommendation: null, differsFromRecommendation: null, votes: [], counts: null }],
        },
      });
    }
    const own = await must<{ meeting: { decisions: { text: string }[] } }>(app, query, { id: meetingId }, session);
    expect(own.meeting.decisions[0]?.text).toBe('Kari Kommune ansettes som koordinator.');
    // The audit log is read with audit:read, which API tokens keep: it holds no exempt text.
    const [logged] = await app.sql<{ after: string }>(
      `SELECT after::text AS after FROM audit_event WHERE entity_type = 'Decision' AND community_id = $1`,
      [committee.community.id],
    );
    expect(logged?.after).toContain('"kind": "VOTE"');
    expect(logged?.after).not.toContain('ansettes');
  });

  it('reads Meeting.decisions in the same number of statements for one decision and for many', async () => {
    const committee = await buildCommittee();
    const session = committee.community.secretariat;
    const query = `query($id: ID!) { meeting(id: $id) {
      attendance { name } quorum { quorate } attendanceSheet { name }
      decisions { text votes { name } counts { yes } history { id } }
      agenda { recommendationText decision { id } case { reference } }
    } }`;
    const statementsFor = async (cases: number) => {
      const meetingId = await insertMeeting(committee, 1);
      await must(app, RECORD_ATTENDANCE, { input: { meetingId, attendees: usualAttendance(committee) } }, session);
      for (let index = 0; index < cases; index += 1) {
        const caseId = await insertCase(committee, meetingId);
        await must(app, RECORD_DECISION, { input: { meetingId, caseId, kind: 'VOTE', text: `Vedtak ${index}` } }, session);
      }
      return (await app.countStatements(() => must(app, query, { id: meetingId }, session))).statements;
    };
    expect(await statementsFor(5)).toBe(await statementsFor(1));
  });
});

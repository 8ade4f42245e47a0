import { addDays, osloDate } from '@helsefellesskap/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../common/clock.js';
import { testClock } from '../../../test/clock.js';
import { buildCommunity, must, signInAs, type CommunityFixture, type Session } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

const HOUR = 3_600_000;

/** A clock the tests move forward by hand: approval by silence must follow it, with no job and no waiting. */
let current = new Date(`${testClock.today()}T10:00:00Z`);
const movableClock: Clock = { today: () => osloDate(current), now: () => new Date(current) };
const advanceHours = (hours: number) => {
  current = new Date(current.getTime() + hours * HOUR);
};

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ clock: movableClock });
});
afterAll(() => app.close());

interface Committee {
  community: CommunityFixture;
  organId: string;
  /** An SSU member user who is a member of the organ (by e-mail), and one who is not. */
  member: Session;
  outsider: Session;
  appointments: { chair: string; hospital: string; deputy: string; member: string };
}

const createSeat = 'mutation($input: CreateSeatInput!) { createSeat(input: $input) { id } }';
const appoint = 'mutation($input: AppointInput!) { appoint(input: $input) { id } }';
let counter = 0;

async function buildCommittee(): Promise<Committee> {
  const community = await buildCommunity(app, { municipalities: 1, regionalCouncils: 1, organs: 0 });
  const run = <T>(query: string, variables: Record<string, unknown>) => must<T>(app, query, variables, community.secretariat);
  const organ = await run<{ createOrgan: { id: string } }>('mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }', {
    input: {
      communityId: community.id,
      name: 'Strategisk samarbeidsutvalg',
      kind: 'STRATEGIC_COMMITTEE',
      rules: { decisionRule: 'VOTE', minutesObjectionPeriodDays: 4, protocolDeadlineDays: 7 },
    },
  });
  const organId = organ.createOrgan.id;
  const seat = async (label: string, side: string, voting: boolean, appointingBody: Record<string, unknown>) =>
    (await run<{ createSeat: { id: string } }>(createSeat, { input: { organId, label, side, voting, appointingBody } })).createSeat.id;
  const municipalSeat = await seat('Kommunal 1', 'MUNICIPAL', true, {
    kind: 'REGIONAL_COUNCIL',
    regionalCouncilId: community.regionalCouncilIds[0],
  });
  const municipalSeat2 = await seat('Kommunal 2', 'MUNICIPAL', true, {
    kind: 'REGIONAL_COUNCIL',
    regionalCouncilId: community.regionalCouncilIds[0],
  });
  const hospitalSeat = await seat('Sykehuset 1', 'HOSPITAL', true, { kind: 'PARTNER', partnerId: community.hospitalTrustId });
  const deputySeat = await seat('Sykehusets varaliste', 'HOSPITAL', false, { kind: 'PARTNER', partnerId: community.hospitalTrustId });
  const startsOn = addDays(osloDate(current), -365);
  const member = await signInAs(app, { role: 'SSU_MEMBER', communityId: community.id });
  const outsider = await signInAs(app, { role: 'SSU_MEMBER', communityId: community.id });
  const appointOne = async (seatId: string, name: string, email: string, role: string, extra: Record<string, unknown> = {}) =>
    (
      await run<{ appoint: { id: string } }>(appoint, {
        input: { seatId, newPerson: { name, email }, role, startsOn, decisionReference: 'Test sak 1/2025', ...extra },
      })
    ).appoint.id;
  counter += 1;
  const chair = await appointOne(municipalSeat, 'Kari Kommune', `kari-${counter}@test.example`, 'MEMBER');
  const memberAppointment = await appointOne(municipalSeat2, 'Mona Medlem', member.email, 'MEMBER');
  const hospital = await appointOne(hospitalSeat, 'Siri Sykehus', `siri-${counter}@test.example`, 'MEMBER');
  const deputy = await appointOne(deputySeat, 'Viggo Vara', `viggo-${counter}@test.example`, 'DEPUTY', { deputyRank: 1 });
  return { community, organId, member, outsider, appointments: { chair, hospital, deputy, member: memberAppointment } };
}

/** A held meeting two days ago, straight in the tables, with attendance (a deputy standing in) and decisions. */
async function insertHeldMeeting(committee: Committee, options: { isOpen?: boolean } = {}): Promise<{ id: string; date: string }> {
  const date = addDays(osloDate(current), -2);
  const [meeting] = await app.sql<{ id: string }>(
    `INSERT INTO meeting (community_id, organ_id, starts_at, ends_at, place, is_open, kind, state, notice_sent_at)
     VALUES ($1, $2, $3, $4, 'Bodø, Nordlandssykehuset', $5, 'ORDINARY', 'HELD', $6) RETURNING id`,
    [
      committee.community.id,
      committee.organId,
      `${date}T09:00:00Z`,
      `${date}T14:00:00Z`,
      options.isOpen ?? true,
      `${addDays(date, -20)}T09:00:00Z`,
    ],
  );
  const meetingId = meeting?.id ?? '';
  const attend = async (appointmentId: string, standsInFor: string | null) =>
    app.sql(
      `INSERT INTO meeting_attendance (community_id, meeting_id, appointment_id, person_id, stands_in_for_appointment_id, recorded_at)
       SELECT $1, $2, a.id, a.person_id, $4, now() FROM appointment a WHERE a.id = $3`,
      [committee.community.id, meetingId, appointmentId, standsInFor],
    );
  await attend(committee.appointments.chair, null);
  await attend(committee.appointments.member, null);
  await attend(committee.appointments.deputy, committee.appointments.hospital);
  const publicCase = await insertCase(committee, meetingId, 1, 'Forlengelse av handlingsplanen', 'PUBLIC');
  const splitCase = await insertCase(committee, meetingId, 2, 'Fordeling av koordinatorstilling', 'PUBLIC');
  const exemptCase = await insertCase(committee, meetingId, 3, 'Søkerliste koordinator', 'EXEMPT');
  await insertDecision(committee, meetingId, publicCase, 'CONSENSUS', 'Handlingsplanen forlenges ut 2025.', date, []);
  await insertDecision(committee, meetingId, splitCase, 'VOTE', 'Stillingen fordeles etter folketall.', date, [
    [committee.appointments.chair, 'YES'],
    [committee.appointments.member, 'NO'],
    [committee.appointments.deputy, 'ABSTAIN'],
  ]);
  await insertDecision(committee, meetingId, exemptCase, 'CONSENSUS', 'Ola Nordmann tilsettes som koordinator.', date, []);
  return { id: meetingId, date };
}

let caseNumber = 0;
async function insertCase(committee: Committee, meetingId: string, position: number, title: string, access: 'PUBLIC' | 'EXEMPT') {
  caseNumber += 1;
  const exempt = access === 'EXEMPT';
  const [row] = await app.sql<{ id: string }>(
    `INSERT INTO case_file (community_id, organ_id, year, number, reference, title, kind, status, submitted_on, access, exemption_basis)
     VALUES ($1, $2, 2026, $3::int, 'SSU sak ' || $3::int || '/2026', $4, 'DECISION', 'DECIDED', $5, $6, $7) RETURNING id`,
    [committee.community.id, committee.organId, caseNumber, title, addDays(osloDate(current), -60), access, exempt ? 'Offl. § 25' : null],
  );
  const caseId = row?.id ?? '';
  await app.sql(`INSERT INTO agenda_item (meeting_id, case_id, position) VALUES ($1, $2, $3)`, [meetingId, caseId, position]);
  return caseId;
}

async function insertDecision(
  committee: Committee,
  meetingId: string,
  caseId: string,
  kind: string,
  text: string,
  date: string,
  votes: [string, string][],
) {
  const [row] = await app.sql<{ id: string }>(
    `INSERT INTO decision (community_id, organ_id, meeting_id, case_id, kind, text, decided_on, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now()) RETURNING id`,
    [committee.community.id, committee.organId, meetingId, caseId, kind, text, date],
  );
  for (const [appointmentId, vote] of votes) {
    await app.sql(
      `INSERT INTO decision_vote (decision_id, person_id, appointment_id, vote) SELECT $1, a.person_id, a.id, $3 FROM appointment a WHERE a.id = $2`,
      [row?.id, appointmentId, vote],
    );
  }
}

const MINUTES_FIELDS = `meetingId state body version sentAt objectionDeadline untilApproval { days hours } approvedOn approvedBySilence
  publishedAt publicationDeadline publishedLate objections { id text resolvedAt resolution } corrections { text reason }
  canEdit canSend canPublish canObject canResolveObjections canCorrect`;

interface MinutesData {
  meetingId: string;
  state: string;
  body: string;
  version: number;
  sentAt: string | null;
  objectionDeadline: string | null;
  untilApproval: { days: number; hours: number } | null;
  approvedOn: string | null;
  approvedBySilence: boolean | null;
  publishedAt: string | null;
  publicationDeadline: string | null;
  publishedLate: boolean;
  objections: { id: string; text: string; resolvedAt: string | null; resolution: string | null }[];
  corrections: { text: string; reason: string }[];
  canEdit: boolean;
  canSend: boolean;
  canPublish: boolean;
  canObject: boolean;
  canResolveObjections: boolean;
  canCorrect: boolean;
}

const readMinutes = async (meetingId: string, session?: Session) =>
  (
    await must<{ meeting: { minutes: MinutesData | null; breaches: { kind: string; deadline: string; actual: string | null }[] } }>(
      app,
      `query($id: ID!) { meeting(id: $id) { minutes { ${MINUTES_FIELDS} } breaches { kind deadline actual } } }`,
      { id: meetingId },
      session,
    )
  ).meeting;

const draft = (committee: Committee, meetingId: string) =>
  must<{ draftMinutes: MinutesData }>(
    app,
    `mutation($id: ID!) { draftMinutes(meetingId: $id) { ${MINUTES_FIELDS} } }`,
    { id: meetingId },
    committee.community.secretariat,
  ).then((data) => data.draftMinutes);
const send = (committee: Committee, meetingId: string) =>
  app.gql<{ sendMinutes: MinutesData }>(
    `mutation($id: ID!) { sendMinutes(meetingId: $id) { ${MINUTES_FIELDS} } }`,
    { id: meetingId },
    committee.community.secretariat.cookie,
  );
const update = (committee: Committee, meetingId: string, body: string, expectedVersion: number) =>
  app.gql<{ updateMinutes: MinutesData }>(
    `mutation($input: UpdateMinutesInput!) { updateMinutes(input: $input) { ${MINUTES_FIELDS} } }`,
    { input: { meetingId, body, expectedVersion } },
    committee.community.secretariat.cookie,
  );
const object = (meetingId: string, text: string, session: Session) =>
  app.gql<{ raiseMinutesObjection: MinutesData }>(
    `mutation($input: RaiseMinutesObjectionInput!) { raiseMinutesObjection(input: $input) { ${MINUTES_FIELDS} } }`,
    { input: { meetingId, text } },
    session.cookie,
  );
const publish = (committee: Committee, meetingId: string) =>
  app.gql<{ publishMinutes: MinutesData }>(
    `mutation($id: ID!) { publishMinutes(meetingId: $id) { ${MINUTES_FIELDS} } }`,
    { id: meetingId },
    committee.community.secretariat.cookie,
  );

const reasonOf = (response: { errors?: { extensions?: { code?: string; reason?: string } }[] }) => ({
  code: response.errors?.[0]?.extensions?.code,
  reason: response.errors?.[0]?.extensions?.reason,
});

describe('the minutes', () => {
  it('drafts the minutes from the meeting: attendance with the deputy, decisions, split votes, and no exempt content', async () => {
    const committee = await buildCommittee();
    const meeting = await insertHeldMeeting(committee);
    const minutes = await draft(committee, meeting.id);
    expect(minutes.state).toBe('DRAFT');
    expect(minutes.body).toContain('Protokoll fra møte i Strategisk samarbeidsutvalg');
    expect(minutes.body).toContain('Viggo Vara (Sykehusets varaliste), møtte for Siri Sykehus');
    expect(minutes.body).toContain('Vedtak (konsensus): Handlingsplanen forlenges ut 2025.');
    expect(minutes.body).toContain('Vedtak (votering): Stillingen fordeles etter folketall.\nStemmer:');
    expect(minutes.body).toContain('- Mona Medlem: mot');
    expect(minutes.body).not.toContain('Ola Nordmann');
    expect(minutes.body).not.toContain('Søkerliste');
    expect(minutes).toMatchObject({ canEdit: true, canSend: true, canPublish: false, publicationDeadline: addDays(meeting.date, 7) });

    const again = await app.gql(
      `mutation($id: ID!) { draftMinutes(meetingId: $id) { state } }`,
      { id: meeting.id },
      committee.community.secretariat.cookie,
    );
    expect(reasonOf(again)).toEqual({ code: 'CONFLICT', reason: 'MINUTES_ALREADY_DRAFTED' });
    const stale = await update(committee, meeting.id, 'Ny tekst', minutes.version + 1);
    expect(reasonOf(stale)).toEqual({ code: 'CONFLICT', reason: 'CONCURRENT_CHANGE' });
    // Two edits from the same version at once: PostgreSQL lets one through, the other is a conflict.
    const both = await Promise.all([
      update(committee, meeting.id, `${minutes.body}\nMøtet ble hevet kl. 14.`, minutes.version),
      update(committee, meeting.id, `${minutes.body}\nMøtet ble hevet kl. 15.`, minutes.version),
    ]);
    expect(both.filter((answer) => answer.data?.updateMinutes.version === minutes.version + 1)).toHaveLength(1);
    expect(both.map(reasonOf)).toContainEqual({ code: 'CONFLICT', reason: 'CONCURRENT_CHANGE' });

    const [audit] = await app.sql<{ count: string }>(`SELECT count(*) FROM audit_event WHERE entity_type = 'Minutes' AND entity_id = $1`, [
      meeting.id,
    ]);
    expect(Number(audit?.count)).toBe(2);
  });

  it('is approved by silence four days after sending with no objection, and not at 3 days 23 hours', async () => {
    const committee = await buildCommittee();
    const meeting = await insertHeldMeeting(committee);
    const drafted = await draft(committee, meeting.id);
    const sent = await send(committee, meeting.id);
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.sendMinutes).toMatchObject({ state: 'SENT', canEdit: false, canSend: false, untilApproval: { days: 4, hours: 0 } });
    const mails = await app.sql<{ recipient: string; subject: string }>(
      `SELECT recipient, subject FROM mail_outbox WHERE recipient = ANY($1::text[])`,
      [[committee.member.email, `kari-${counter}@test.example`, `viggo-${counter}@test.example`, `siri-${counter}@test.example`]],
    );
    // The three who attended get the minutes; the member the deputy stood in for does not.
    expect(mails.map((mail) => mail.recipient).sort()).toEqual(
      [committee.member.email, `kari-${counter}@test.example`, `viggo-${counter}@test.example`].sort(),
    );
    expect(mails[0]?.subject).toMatch(/^Protokoll til godkjenning: Strategisk samarbeidsutvalg/);

    const refused = await update(committee, meeting.id, 'Endret etter sending', drafted.version + 1);
    expect(reasonOf(refused)).toEqual({ code: 'CONFLICT', reason: 'MINUTES_NOT_EDITABLE' });

    advanceHours(95);
    const almost = (await readMinutes(meeting.id, committee.community.secretariat)).minutes;
    expect(almost).toMatchObject({ state: 'SENT', approvedOn: null, untilApproval: { days: 0, hours: 1 }, canPublish: false });
    expect((await readMinutes(meeting.id, committee.member)).minutes?.canObject).toBe(true);
    expect(reasonOf(await publish(committee, meeting.id))).toEqual({ code: 'CONFLICT', reason: 'MINUTES_NOT_APPROVED' });

    advanceHours(1);
    const approved = (await readMinutes(meeting.id, committee.community.secretariat)).minutes;
    expect(approved).toMatchObject({
      state: 'APPROVED',
      approvedOn: osloDate(new Date(new Date(sent.data?.sendMinutes.sentAt ?? '').getTime() + 96 * HOUR)),
      approvedBySilence: true,
      untilApproval: null,
      canPublish: true,
      canObject: false,
    });
    expect(reasonOf(await object(meeting.id, 'For sent', committee.member))).toEqual({ code: 'CONFLICT', reason: 'OBJECTION_PERIOD_OVER' });
  });

  it('holds the minutes on an objection until it is resolved and they are sent again; approved by silence after the new period', async () => {
    const committee = await buildCommittee();
    const meeting = await insertHeldMeeting(committee);
    await draft(committee, meeting.id);
    await send(committee, meeting.id);
    advanceHours(24);
    expect(reasonOf(await object(meeting.id, 'Jeg stemte for, ikke mot.', committee.outsider))).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_A_PARTICIPANT',
    });
    const objected = await object(meeting.id, 'Jeg stemte for, ikke mot.', committee.member);
    expect(objected.errors).toBeUndefined();
    expect(objected.data?.raiseMinutesObjection).toMatchObject({ state: 'OBJECTED', canObject: true });
    const objection = objected.data?.raiseMinutesObjection.objections[0];
    expect(reasonOf(await send(committee, meeting.id))).toEqual({ code: 'CONFLICT', reason: 'MINUTES_NOT_SENDABLE' });

    advanceHours(96);
    expect((await readMinutes(meeting.id, committee.community.secretariat)).minutes?.state).toBe('OBJECTED');
    const resolved = await must<{ resolveMinutesObjection: MinutesData }>(
      app,
      `mutation($input: ResolveMinutesObjectionInput!) { resolveMinutesObjection(input: $input) { ${MINUTES_FIELDS} } }`,
      { input: { objectionId: objection?.id, resolution: 'Rettet: Mona Medlem stemte for.' } },
      committee.community.secretariat,
    );
    expect(resolved.resolveMinutesObjection).toMatchObject({ state: 'OBJECTED', canEdit: true, canSend: true });
    const fixed = await update(
      committee,
      meeting.id,
      resolved.resolveMinutesObjection.body.replace('Mona Medlem: mot', 'Mona Medlem: for'),
      resolved.resolveMinutesObjection.version,
    );
    expect(fixed.errors).toBeUndefined();
    const resent = await send(committee, meeting.id);
    expect(resent.data?.sendMinutes).toMatchObject({ state: 'SENT', untilApproval: { days: 4, hours: 0 } });
    advanceHours(96);
    const approved = (await readMinutes(meeting.id, committee.community.secretariat)).minutes;
    expect(approved).toMatchObject({ state: 'APPROVED', approvedBySilence: true });
    expect(approved?.body).toContain('Mona Medlem: for');
  });

  it('publishes approved minutes of an open meeting for the public, late as a breach; a correction keeps the approved text', async () => {
    const committee = await buildCommittee();
    const meeting = await insertHeldMeeting(committee);
    const closed = await insertHeldMeeting(committee, { isOpen: false });
    for (const id of [meeting.id, closed.id]) {
      await draft(committee, id);
      await send(committee, id);
    }
    advanceHours(24 * 8);
    const published = await publish(committee, meeting.id);
    expect(published.errors).toBeUndefined();
    expect(published.data?.publishMinutes).toMatchObject({ state: 'PUBLISHED', publishedLate: true, canPublish: false, canCorrect: true });
    expect(reasonOf(await publish(committee, meeting.id))).toEqual({ code: 'CONFLICT', reason: 'MINUTES_ALREADY_PUBLISHED' });
    await must(app, `mutation($id: ID!) { publishMinutes(meetingId: $id) { state } }`, { id: closed.id }, committee.community.secretariat);

    const { breaches } = await readMinutes(meeting.id, committee.community.secretariat);
    expect(breaches).toContainEqual({ kind: 'MINUTES_PUBLISHED_LATE', deadline: addDays(meeting.date, 7), actual: osloDate(current) });

    const body = published.data?.publishMinutes.body ?? '';
    const corrected = await must<{ correctMinutes: MinutesData }>(
      app,
      `mutation($input: CorrectMinutesInput!) { correctMinutes(input: $input) { ${MINUTES_FIELDS} } }`,
      { input: { meetingId: meeting.id, reason: 'Feil stednavn', text: 'Sted: Bodø, Nordlandssykehuset, møterom 2' } },
      committee.community.secretariat,
    );
    expect(corrected.correctMinutes.body).toBe(body);
    expect(corrected.correctMinutes.corrections).toEqual([{ text: 'Sted: Bodø, Nordlandssykehuset, møterom 2', reason: 'Feil stednavn' }]);

    // Without signing in: the open meeting's minutes and decisions, never the exempt decision; not the closed meeting's minutes.
    const asPublic = (await readMinutes(meeting.id)).minutes;
    expect(asPublic).toMatchObject({ state: 'PUBLISHED', objections: [], canEdit: false, canCorrect: false });
    expect((await readMinutes(closed.id)).minutes).toBeNull();
    const calendar = await must<{
      publicCalendar: {
        organs: {
          meetings: {
            id: string;
            minutes: { body: string; approvedBySilence: boolean; corrections: { reason: string }[] } | null;
            agenda: { reference: string; title: string | null; decision: { kind: string; text: string | null } | null }[];
          }[];
        }[];
      };
    }>(
      app,
      `query($id: ID!, $year: Int) { publicCalendar(communityId: $id, year: $year) { organs { meetings { id
        minutes { body approvedBySilence corrections { reason } } agenda { reference title decision { kind text } } } } } }`,
      { id: committee.community.id, year: Number(meeting.date.slice(0, 4)) },
    );
    const shown = calendar.publicCalendar.organs.flatMap((organ) => organ.meetings);
    expect(shown.map((item) => item.id)).not.toContain(closed.id);
    const open = shown.find((item) => item.id === meeting.id);
    expect(open?.minutes).toMatchObject({ body, approvedBySilence: true, corrections: [{ reason: 'Feil stednavn' }] });
    expect(open?.agenda.map((item) => item.decision)).toEqual([
      { kind: 'CONSENSUS', text: 'Handlingsplanen forlenges ut 2025.' },
      { kind: 'VOTE', text: 'Stillingen fordeles etter folketall.' },
      { kind: 'CONSENSUS', text: null },
    ]);
    expect(JSON.stringify(calendar)).not.toContain('Ola Nordmann');
  });

  it('refuses drafting for a meeting not held, and every write to another community’s secretariat', async () => {
    const committee = await buildCommittee();
    const other = await buildCommittee();
    const meeting = await insertHeldMeeting(committee);
    await app.sql(`UPDATE meeting SET state = 'NOTICE_SENT' WHERE id = $1`, [meeting.id]);
    const notHeld = await app.gql(
      `mutation($id: ID!) { draftMinutes(meetingId: $id) { state } }`,
      { id: meeting.id },
      committee.community.secretariat.cookie,
    );
    expect(reasonOf(notHeld)).toEqual({ code: 'CONFLICT', reason: 'MEETING_NOT_HELD' });
    await app.sql(`UPDATE meeting SET state = 'HELD' WHERE id = $1`, [meeting.id]);
    const foreign = await app.gql(
      `mutation($id: ID!) { draftMinutes(meetingId: $id) { state } }`,
      { id: meeting.id },
      other.community.secretariat.cookie,
    );
    expect(reasonOf(foreign).code).toBe('FORBIDDEN');
    await draft(committee, meeting.id);
    expect((await readMinutes(meeting.id, other.member)).minutes).toBeNull();
  });
});

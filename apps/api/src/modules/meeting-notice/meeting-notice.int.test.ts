import { addDays } from '@helsefellesskap/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, signInAs, type CommunityFixture, type Session } from '../../../test/factories.js';
import { testClock } from '../../../test/clock.js';
import { pdfTextLines } from '../../../test/pdf-text.js';
import { waitForMailTo } from '../../../test/mailbox.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ mail: true });
});
afterAll(() => app.close());

const createSeat = 'mutation($input: CreateSeatInput!) { createSeat(input: $input) { id } }';
const appoint = 'mutation($input: AppointInput!) { appoint(input: $input) { id } }';

interface Committee {
  community: CommunityFixture;
  organId: string;
  /** E-mail addresses by who they are. */
  email: { municipal: string; personalDeputy: string; hospital: string; listDeputy1: string; listDeputy2: string; observer: string };
  appointments: { municipal: string; personalDeputy: string; hospital: string; listDeputy1: string; listDeputy2: string };
}

let counter = 0;
const address = (who: string) => `${who}-${Date.now()}-${(counter += 1)}@test.example`;

/** An SSU with a municipal member and personal deputy, a hospital member and a two-deputy list, and an observer, all from a year ago. */
async function buildCommittee(): Promise<Committee> {
  const community = await buildCommunity(app, { municipalities: 1, regionalCouncils: 1, organs: 0 });
  const run = <T>(query: string, variables: Record<string, unknown>) => must<T>(app, query, variables, community.secretariat);
  const organ = await run<{ createOrgan: { id: string } }>('mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }', {
    input: {
      communityId: community.id,
      name: 'Strategisk samarbeidsutvalg',
      kind: 'STRATEGIC_COMMITTEE',
      rules: { decisionRule: 'VOTE', noticePeriodDays: 14, extraordinaryNoticeDays: 7, caseSubmissionDeadlineDays: 28 },
    },
  });
  const organId = organ.createOrgan.id;
  const seat = async (label: string, side: string, voting: boolean, appointingBody: Record<string, unknown>) =>
    (await run<{ createSeat: { id: string } }>(createSeat, { input: { organId, label, side, voting, appointingBody } })).createSeat.id;
  const municipalSeat = await seat('Kommunal 1', 'MUNICIPAL', true, {
    kind: 'REGIONAL_COUNCIL',
    regionalCouncilId: community.regionalCouncilIds[0],
  });
  const hospitalSeat = await seat('Sykehuset 1', 'HOSPITAL', true, { kind: 'PARTNER', partnerId: community.hospitalTrustId });
  const deputySeat = await seat('Sykehusets varaliste', 'HOSPITAL', false, { kind: 'PARTNER', partnerId: community.hospitalTrustId });
  const observerSeat = await seat('KS', 'OBSERVER', false, { kind: 'EXTERNAL', name: 'KS' });
  const startsOn = addDays(testClock.today(), -365);
  const email = {
    municipal: address('kommunal'),
    personalDeputy: address('personlig-vara'),
    hospital: address('sykehus'),
    listDeputy1: address('vara-1'),
    listDeputy2: address('vara-2'),
    observer: address('observator'),
  };
  const appointOne = async (seatId: string, name: string, mail: string, role: string, extra: Record<string, unknown> = {}) =>
    (
      await run<{ appoint: { id: string } }>(appoint, {
        input: { seatId, newPerson: { name, email: mail }, role, startsOn, decisionReference: 'Test sak 1/2025', ...extra },
      })
    ).appoint.id;
  const municipal = await appointOne(municipalSeat, 'Kari Kommune', email.municipal, 'MEMBER');
  const personalDeputy = await appointOne(municipalSeat, 'Per Personlig', email.personalDeputy, 'PERSONAL_DEPUTY', {
    deputyForAppointmentId: municipal,
  });
  const hospital = await appointOne(hospitalSeat, 'Siri Sykehus', email.hospital, 'MEMBER');
  const listDeputy2 = await appointOne(deputySeat, 'Vera Vara To', email.listDeputy2, 'DEPUTY', { deputyRank: 2 });
  const listDeputy1 = await appointOne(deputySeat, 'Viggo Vara En', email.listDeputy1, 'DEPUTY', { deputyRank: 1 });
  await appointOne(observerSeat, 'Olga Observatør', email.observer, 'OBSERVER');
  return { community, organId, email, appointments: { municipal, personalDeputy, hospital, listDeputy1, listDeputy2 } };
}

/** A meeting straight in the meeting tables (the meetings feature schedules them through the API). */
async function insertMeeting(
  committee: Committee,
  daysAhead: number,
  options: { kind?: 'ORDINARY' | 'EXTRAORDINARY'; isOpen?: boolean } = {},
): Promise<{ id: string; date: string }> {
  const date = addDays(testClock.today(), daysAhead);
  const [row] = await app.sql<{ id: string }>(
    `INSERT INTO meeting (community_id, organ_id, starts_at, ends_at, place, is_open, kind)
     VALUES ($1, $2, $3, $4, 'Bodø, Nordlandssykehuset', $5, $6) RETURNING id`,
    [
      committee.community.id,
      committee.organId,
      `${date}T09:00:00Z`,
      `${date}T14:00:00Z`,
      options.isOpen ?? true,
      options.kind ?? 'ORDINARY',
    ],
  );
  return { id: row?.id ?? '', date };
}

let caseNumber = 0;
async function insertCase(
  committee: Committee,
  title: string,
  options: { access?: 'PUBLIC' | 'EXEMPT'; status?: string; publicTitle?: string | null; meetingId?: string; position?: number } = {},
): Promise<string> {
  caseNumber += 1;
  const exempt = options.access === 'EXEMPT';
  const [row] = await app.sql<{ id: string }>(
    `INSERT INTO case_file (community_id, organ_id, year, number, reference, title, kind, status, submitted_on, access, exemption_basis, public_title)
     VALUES ($1, $2, 2026, $3::int, 'SSU sak ' || $3::int || '/2026', $4, 'DECISION', $5, $6, $7, $8, $9) RETURNING id`,
    [
      committee.community.id,
      committee.organId,
      caseNumber,
      title,
      options.status ?? 'ON_AGENDA',
      options.status === 'DRAFT' ? null : testClock.today(),
      options.access ?? 'PUBLIC',
      exempt ? 'Offl. § 14' : null,
      exempt ? (options.publicTitle ?? null) : null,
    ],
  );
  const id = row?.id ?? '';
  if (options.meetingId) {
    await app.sql(`INSERT INTO agenda_item (meeting_id, case_id, position) VALUES ($1, $2, $3)`, [
      options.meetingId,
      id,
      options.position ?? 1,
    ]);
  }
  return id;
}

/** An attachment of a case straight in the case tables (the case feature uploads them through the API). */
async function insertAttachment(
  committee: Committee,
  caseId: string,
  fileName: string,
  content: Buffer,
  options: { access?: 'PUBLIC' | 'EXEMPT'; position?: number } = {},
): Promise<void> {
  const exempt = options.access === 'EXEMPT';
  await app.sql(
    `INSERT INTO case_attachment (case_id, community_id, position, file_name, content_type, size_bytes, sha256, content, access, exemption_basis)
     VALUES ($1, $2, $3, $4, 'application/pdf', $5, encode(sha256($6::bytea), 'hex'), $6, $7, $8)`,
    [
      caseId,
      committee.community.id,
      options.position ?? 1,
      fileName,
      content.length,
      content,
      exempt ? 'EXEMPT' : 'PUBLIC',
      exempt ? 'Offl. § 13' : null,
    ],
  );
}

const preview = `query($id: ID!) { noticePreview(meetingId: $id) {
  meetingDate subject text pdfUrl window { requiredDays latestOn late }
  recipients { name email roles } agenda { position reference title exemptionBasis } sent { recipientCount } } }`;
const send = `mutation($id: ID!) { sendNotice(meetingId: $id) { sent { recipientCount } } }`;

interface Preview {
  noticePreview: {
    meetingDate: string;
    subject: string;
    window: { requiredDays: number; latestOn: string; late: boolean };
    pdfUrl: string;
    recipients: { name: string; email: string; roles: string[] }[];
    agenda: { position: number; reference: string; title: string | null; exemptionBasis: string | null }[];
    sent: { recipientCount: number } | null;
  };
}

describe('the notice', () => {
  it('previews the notice: recipients on the meeting date, the window, the agenda with an exempt case by its basis only', async () => {
    const committee = await buildCommittee();
    const meeting = await insertMeeting(committee, 30);
    await insertCase(committee, 'Forlengelse av handlingsplanen', { meetingId: meeting.id, position: 1 });
    await insertCase(committee, 'Søkerliste koordinator', { access: 'EXEMPT', meetingId: meeting.id, position: 2 });
    const data = await must<Preview>(app, preview, { id: meeting.id }, committee.community.secretariat);
    expect(data.noticePreview.window).toEqual({ requiredDays: 14, latestOn: addDays(meeting.date, -14), late: false });
    expect(data.noticePreview.recipients.map((recipient) => recipient.name).sort()).toEqual(
      ['Kari Kommune', 'Olga Observatør', 'Per Personlig', 'Siri Sykehus', 'Vera Vara To', 'Viggo Vara En'].sort(),
    );
    expect(data.noticePreview.agenda).toEqual([
      {
        position: 1,
        reference: expect.stringMatching(/^SSU sak \d+\/2026$/) as unknown,
        title: 'Forlengelse av handlingsplanen',
        exemptionBasis: null,
      },
      { position: 2, reference: expect.stringMatching(/^SSU sak \d+\/2026$/) as unknown, title: null, exemptionBasis: 'Offl. § 14' },
    ]);
    expect(data.noticePreview.sent).toBeNull();

    const pdf = await fetch(`${app.url}${data.noticePreview.pdfUrl}`, { headers: { cookie: committee.community.secretariat.cookie } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await fetch(`${app.url}${data.noticePreview.pdfUrl}`)).status).toBe(401);
  });

  it('sends the notice with its PDF to every member, deputy and observer, once, and marks the meeting', async () => {
    const committee = await buildCommittee();
    const meeting = await insertMeeting(committee, 21);
    await insertCase(committee, 'Status for handlingsplanen', { meetingId: meeting.id });
    const sent = await must<{ sendNotice: { sent: { recipientCount: number } } }>(
      app,
      send,
      { id: meeting.id },
      committee.community.secretariat,
    );
    expect(sent.sendNotice.sent.recipientCount).toBe(6);
    for (const recipient of Object.values(committee.email)) {
      const [mail] = await waitForMailTo(recipient);
      expect(mail?.subject).toMatch(/^Innkalling: Strategisk samarbeidsutvalg /);
      expect(mail?.text).toContain('Status for handlingsplanen');
      expect(mail?.attachments).toHaveLength(1);
      expect(mail?.attachments[0]?.filename).toBe(`innkalling-strategisk-samarbeidsutvalg-${meeting.date}.pdf`);
      expect(mail?.attachments[0]?.contentType).toBe('application/pdf');
      expect(mail?.attachments[0]?.content.subarray(0, 5).toString()).toBe('%PDF-');
    }
    const [state] = await app.sql<{ state: string; sent: boolean; cases: number; files: number }>(
      `SELECT m.state, m.notice_sent_at IS NOT NULL AS sent,
         (SELECT count(*)::int FROM meeting_notice_case WHERE meeting_id = m.id) AS cases,
         (SELECT count(DISTINCT oa.attachment_id)::int FROM mail_outbox_attachment oa JOIN mail_outbox o ON o.id = oa.message_id
          WHERE o.recipient = ANY($2::text[])) AS files
       FROM meeting m WHERE m.id = $1`,
      [meeting.id, Object.values(committee.email)],
    );
    expect(state).toEqual({ state: 'NOTICE_SENT', sent: true, cases: 1, files: 1 });
    const again = await app.gql(send, { id: meeting.id }, committee.community.secretariat.cookie);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOTICE_ALREADY_SENT' });
    const audit = await app.sql<{ entity_type: string }>(`SELECT entity_type FROM audit_event WHERE entity_id = $1`, [meeting.id]);
    expect(audit.map((event) => event.entity_type)).toContain('MeetingNotice');
  });

  it('carries the papers: a public case’s texts in the PDF, its public files in the e-mail; an exempt case by reference only', async () => {
    const committee = await buildCommittee();
    const meeting = await insertMeeting(committee, 21);
    const open = await insertCase(committee, 'Felles rutine for utskrivning', { meetingId: meeting.id, position: 1 });
    await app.sql(`UPDATE case_file SET recommendation = $2, background = $3, municipal_assessment = $4 WHERE id = $1`, [
      open,
      ['SSU vedtar felles utskrivningsrutine.', 'Rutinen evalueres etter ett år.'],
      'Det er meldt avvik ved utskrivning.',
      'Kommunene støtter forslaget.',
    ]);
    const closed = await insertCase(committee, 'Tilsetting av Ola Hemmeligsen', {
      access: 'EXEMPT',
      publicTitle: 'Tilsetting av koordinator',
      meetingId: meeting.id,
      position: 2,
    });
    await app.sql(`UPDATE case_file SET recommendation = $2, background = $3 WHERE id = $1`, [
      closed,
      ['Hemmeligsen tilsettes.'],
      'Søkerlisten er lang.',
    ]);
    const routine = Buffer.from('%PDF-1.7 rutine for utskrivning');
    await insertAttachment(committee, open, 'rutine-utskrivning.pdf', routine, { position: 1 });
    await insertAttachment(committee, open, 'pasientavvik.pdf', Buffer.from('%PDF-1.7 avvik'), { access: 'EXEMPT', position: 2 });
    await insertAttachment(committee, closed, 'soknader.pdf', Buffer.from('%PDF-1.7 soknader'), { position: 1 });
    await must(app, send, { id: meeting.id }, committee.community.secretariat);

    for (const recipient of [committee.email.observer, committee.email.hospital]) {
      const [mail] = await waitForMailTo(recipient);
      expect(mail?.attachments.map((file) => file.filename)).toEqual([
        `innkalling-strategisk-samarbeidsutvalg-${meeting.date}.pdf`,
        'rutine-utskrivning.pdf',
      ]);
      expect(mail?.attachments[1]?.content.equals(routine)).toBe(true);
      expect(mail?.text).toContain('Tilsetting av koordinator');
      expect(mail?.text).not.toContain('Hemmeligsen');
      const text = (await pdfTextLines(mail?.attachments[0]?.content ?? Buffer.alloc(0))).join('\n');
      for (const shown of [
        'Innstilling',
        '1. SSU vedtar felles utskrivningsrutine.',
        '2. Rutinen evalueres etter ett år.',
        'Det er meldt avvik ved utskrivning.',
        'Kommunenes vurdering',
        'Kommunene støtter forslaget.',
        'rutine-utskrivning.pdf',
        'Tilsetting av koordinator',
        'Offl. § 14',
      ]) {
        expect(text).toContain(shown);
      }
      for (const hidden of ['Hemmeligsen', 'Søkerlisten', 'pasientavvik', 'soknader']) expect(text).not.toContain(hidden);
    }
    const [stored] = await app.sql<{ files: number }>(
      `SELECT count(DISTINCT oa.attachment_id)::int AS files FROM mail_outbox_attachment oa JOIN mail_outbox o ON o.id = oa.message_id
       WHERE o.recipient = ANY($1::text[])`,
      [Object.values(committee.email)],
    );
    expect(stored?.files).toBe(2);
  });

  it('refuses a notice whose case attachments add up to more than a notice carries, and sends nothing', async () => {
    const committee = await buildCommittee();
    const meeting = await insertMeeting(committee, 21);
    const heavy = await insertCase(committee, 'Regional plan med vedlegg', { meetingId: meeting.id });
    const sevenMegabytes = Buffer.alloc(7 * 1024 * 1024, 1);
    for (const position of [1, 2, 3]) {
      await insertAttachment(committee, heavy, `vedlegg-${position}.pdf`, sevenMegabytes, { position });
    }
    const refused = await app.gql(send, { id: meeting.id }, committee.community.secretariat.cookie);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOTICE_ATTACHMENTS_TOO_LARGE',
      params: { totalBytes: 3 * 7 * 1024 * 1024, maxBytes: 20 * 1024 * 1024 },
    });
    const [state] = await app.sql<{ state: string; messages: number }>(
      `SELECT state, (SELECT count(*)::int FROM mail_outbox WHERE recipient = $2) AS messages FROM meeting WHERE id = $1`,
      [meeting.id, committee.email.hospital],
    );
    expect(state).toEqual({ state: 'PLANNED', messages: 0 });
  });

  it("refuses a notice later than the organ's period; an extraordinary meeting needs a week", async () => {
    const committee = await buildCommittee();
    const late = await insertMeeting(committee, 10);
    const refused = await app.gql(send, { id: late.id }, committee.community.secretariat.cookie);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOTICE_TOO_LATE',
      params: { latestOn: addDays(late.date, -14), requiredDays: 14 },
    });
    const [state] = await app.sql<{ state: string; messages: number }>(
      `SELECT state, (SELECT count(*)::int FROM mail_outbox WHERE recipient = $2) AS messages FROM meeting WHERE id = $1`,
      [late.id, committee.email.hospital],
    );
    expect(state).toEqual({ state: 'PLANNED', messages: 0 });
    const extraordinary = await insertMeeting(committee, 8, { kind: 'EXTRAORDINARY' });
    await must(app, send, { id: extraordinary.id }, committee.community.secretariat);
    const tooLateEvenSo = await insertMeeting(committee, 5, { kind: 'EXTRAORDINARY' });
    const refusedAgain = await app.gql(send, { id: tooLateEvenSo.id }, committee.community.secretariat.cookie);
    expect(refusedAgain.errors?.[0]?.extensions).toMatchObject({ reason: 'NOTICE_TOO_LATE', params: { requiredDays: 7 } });
  });

  it('lets only the secretariat of the community preview and send', async () => {
    const committee = await buildCommittee();
    const other = await buildCommunity(app, { organs: 0 });
    const meeting = await insertMeeting(committee, 30);
    const member = await signInAs(app, { role: 'SSU_MEMBER', communityId: committee.community.id });
    expect((await app.gql(send, { id: meeting.id }, member.cookie)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await app.gql(send, { id: meeting.id }, other.secretariat.cookie)).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await app.gql(preview, { id: meeting.id }, other.secretariat.cookie)).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    // A closed meeting of another community is not even known to exist.
    const closed = await insertMeeting(committee, 30, { isOpen: false });
    expect((await app.gql(preview, { id: closed.id }, other.secretariat.cookie)).errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

const attendance = `query($id: ID!) { meetingAttendance(meetingId: $id) { mayCallInDeputies
  members { appointmentId name mayReport absence { id reason deputyName } deputyCandidates { appointmentId name role deputyRank } } } }`;
const reportAbsence = `mutation($input: ReportAbsenceInput!) { reportAbsence(input: $input) { members { name absence { id deputyName } } } }`;
const callInDeputy = `mutation($input: CallInDeputyInput!) { callInDeputy(input: $input) { members { name absence { id deputyName } } } }`;

interface Attendance {
  meetingAttendance: {
    mayCallInDeputies: boolean;
    members: {
      appointmentId: string;
      name: string;
      mayReport: boolean;
      absence: { id: string; reason: string | null; deputyName: string | null } | null;
      deputyCandidates: { appointmentId: string; name: string; role: string; deputyRank: number | null }[];
    }[];
  };
}

/** A user whose e-mail is the member's, with the SSU member role. */
async function memberUser(committee: Committee, email: string): Promise<Session> {
  const session = await signInAs(app, { role: 'SSU_MEMBER', communityId: committee.community.id });
  await app.sql(`UPDATE app_user SET email = $2 WHERE id = $1`, [session.userId, email]);
  return session;
}

describe('absence and deputies', () => {
  it('a member reports their own absence, not another’s; the secretariat calls in the personal deputy, who gets the notice and its papers', async () => {
    const committee = await buildCommittee();
    const meeting = await insertMeeting(committee, 30);
    const paper = await insertCase(committee, 'Felles rutine for innleggelse', { meetingId: meeting.id, position: 1 });
    const routine = Buffer.from('%PDF-1.7 rutine for innleggelse');
    await insertAttachment(committee, paper, 'rutine-innleggelse.pdf', routine, { position: 1 });
    await must(app, send, { id: meeting.id }, committee.community.secretariat);
    const kari = await memberUser(committee, committee.email.municipal);
    const mine = await must<Attendance>(app, attendance, { id: meeting.id }, kari);
    expect(mine.meetingAttendance.mayCallInDeputies).toBe(false);
    expect(mine.meetingAttendance.members.map((member) => [member.name, member.mayReport])).toEqual([
      ['Kari Kommune', true],
      ['Siri Sykehus', false],
    ]);
    const notMine = await app.gql(
      reportAbsence,
      { input: { meetingId: meeting.id, memberAppointmentId: committee.appointments.hospital } },
      kari.cookie,
    );
    expect(notMine.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWN_ABSENCE' });
    await must(
      app,
      reportAbsence,
      { input: { meetingId: meeting.id, memberAppointmentId: committee.appointments.municipal, reason: 'Kommunestyremøte' } },
      kari,
    );
    const twice = await app.gql(
      reportAbsence,
      { input: { meetingId: meeting.id, memberAppointmentId: committee.appointments.municipal } },
      kari.cookie,
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ABSENCE_ALREADY_REPORTED' });

    const plan = await must<Attendance>(app, attendance, { id: meeting.id }, committee.community.secretariat);
    const absent = plan.meetingAttendance.members.find((member) => member.name === 'Kari Kommune');
    expect(absent?.absence?.reason).toBe('Kommunestyremøte');
    expect(absent?.deputyCandidates.map((deputy) => deputy.name)).toEqual(['Per Personlig']);
    const wrong = await app.gql(
      callInDeputy,
      { input: { absenceId: absent?.absence?.id, deputyAppointmentId: committee.appointments.listDeputy1 } },
      committee.community.secretariat.cookie,
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DEPUTY_NOT_ELIGIBLE' });
    const byMember = await app.gql(
      callInDeputy,
      { input: { absenceId: absent?.absence?.id, deputyAppointmentId: committee.appointments.personalDeputy } },
      kari.cookie,
    );
    expect(byMember.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const called = await must<{ callInDeputy: { members: { name: string; absence: { deputyName: string | null } | null }[] } }>(
      app,
      callInDeputy,
      { input: { absenceId: absent?.absence?.id, deputyAppointmentId: committee.appointments.personalDeputy } },
      committee.community.secretariat,
    );
    expect(called.callInDeputy.members.find((member) => member.name === 'Kari Kommune')?.absence?.deputyName).toBe('Per Personlig');
    const mails = await waitForMailTo(committee.email.personalDeputy, 2);
    const callIn = mails.find((mail) => mail.subject.startsWith('Innkalling som vara'));
    expect(callIn?.text).toContain('Kari Kommune');
    expect(callIn?.attachments.map((file) => file.filename)).toEqual([
      `innkalling-strategisk-samarbeidsutvalg-${meeting.date}.pdf`,
      'rutine-innleggelse.pdf',
    ]);
    expect(callIn?.attachments[0]?.contentType).toBe('application/pdf');
    expect(callIn?.attachments[1]?.content.equals(routine)).toBe(true);
  });

  it("offers the hospital's deputy list in order, and one deputy stands in for one member", async () => {
    const committee = await buildCommittee();
    const meeting = await insertMeeting(committee, 30);
    const reported = await must<{ reportAbsence: { members: { name: string; absence: { id: string } | null }[] } }>(
      app,
      reportAbsence,
      { input: { meetingId: meeting.id, memberAppointmentId: committee.appointments.hospital } },
      committee.community.secretariat,
    );
    const absenceId = reported.reportAbsence.members.find((member) => member.name === 'Siri Sykehus')?.absence?.id;
    const plan = await must<Attendance>(app, attendance, { id: meeting.id }, committee.community.secretariat);
    expect(plan.meetingAttendance.members.find((member) => member.name === 'Siri Sykehus')?.deputyCandidates).toEqual([
      { appointmentId: committee.appointments.listDeputy1, name: 'Viggo Vara En', role: 'DEPUTY', deputyRank: 1 },
      { appointmentId: committee.appointments.listDeputy2, name: 'Vera Vara To', role: 'DEPUTY', deputyRank: 2 },
    ]);
    await must(
      app,
      callInDeputy,
      { input: { absenceId, deputyAppointmentId: committee.appointments.listDeputy1 } },
      committee.community.secretariat,
    );
    const [row] = await app.sql<{ deputy: string }>(`SELECT deputy_appointment_id AS deputy FROM meeting_absence WHERE id = $1`, [
      absenceId,
    ]);
    expect(row?.deputy).toBe(committee.appointments.listDeputy1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppointmentEntity, PersonEntity, SeatEntity, type SeatSide } from '../appointment/appointment.entity.js';
import { buildCommunity, must, signInAs, type CommunityFixture, type Session } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
let community: CommunityFixture;
let other: CommunityFixture;
let analyst: Session;
let organId: string;
const EXEMPT_TITLE = 'Skjermet sak om avtalebrudd';

const FOLLOW_UP = `query($filter: ReportFilter!) { reports { followUp(filter: $filter) {
  municipalities { municipalityNumber municipalityName decisions adopted inProgress notStarted declined averageDaysToAdopt medianDaysToAdopt } } } }`;
const ATTENDANCE = `query($filter: ReportFilter!) { reports { representation(filter: $filter) {
  attendanceBySeat { seatLabel side called attended deputised absent share }
  attendanceByPerson { personName called attended deputised absent share }
  attendanceByPartner { partnerName called attended deputised absent share } } } }`;

const sqlId = async (query: string, parameters: unknown[]) => (await app.sql<{ id: string }>(query, parameters))[0]?.id ?? '';

async function heldMeeting(startsAt: string): Promise<string> {
  return sqlId(
    `INSERT INTO meeting (community_id, organ_id, starts_at, place, state, notice_sent_at) VALUES ($1, $2, $3, 'Møterom', 'HELD', $3::timestamptz - interval '20 days') RETURNING id`,
    [community.id, organId, startsAt],
  );
}

let caseNumber = 0;
async function decide(meetingId: string, kind: string, on: string, exempt = false, corrects: string | null = null): Promise<string> {
  caseNumber += 1;
  const caseId = corrects
    ? ((await app.sql<{ case_id: string }>('SELECT case_id FROM decision WHERE id = $1', [corrects]))[0]?.case_id ?? '')
    : await sqlId(
        `INSERT INTO case_file (community_id, organ_id, year, number, reference, title, kind, status, submitted_on, access, exemption_basis)
         VALUES ($1, $2, 2025, $3::int, 'Sak ' || $3::int || '/2025', $4, 'DECISION', 'DECIDED', '2025-01-10', $5, $6) RETURNING id`,
        [
          community.id,
          organId,
          caseNumber,
          exempt ? EXEMPT_TITLE : `Sak ${caseNumber}`,
          exempt ? 'EXEMPT' : 'PUBLIC',
          exempt ? 'Offl. § 13' : null,
        ],
      );
  return sqlId(
    `INSERT INTO decision (community_id, organ_id, meeting_id, case_id, kind, text, decided_on, corrects_decision_id, correction_reason, recorded_at)
     VALUES ($1, $2, $3, $4, $5, 'Vedtak', $6, $7, $8, now()) RETURNING id`,
    [community.id, organId, meetingId, caseId, kind, on, corrects, corrects ? 'Feil utfall' : null],
  );
}

async function followUp(decisionId: string, partnerId: string, status: string, localDate: string | null): Promise<void> {
  await app.sql(
    `INSERT INTO follow_up (decision_id, partner_id, community_id, status, local_date, updated_at) VALUES ($1, $2, $3, $4, $5, now())`,
    [decisionId, partnerId, community.id, status, localDate],
  );
}

async function appoint(
  side: SeatSide,
  personName: string,
  partnerId: string | null,
  role = 'MEMBER',
  deputyRank: number | null = null,
  seatId?: string,
) {
  const repositories = app.repositories.appointments;
  const person = await repositories.savePerson(
    Object.assign(new PersonEntity(), {
      communityId: community.id,
      name: personName,
      title: null,
      employer: null,
      email: null,
      phone: null,
      partnerId,
    }),
  );
  const seat =
    seatId ??
    (
      await repositories.saveSeat(
        Object.assign(new SeatEntity(), {
          communityId: community.id,
          organId,
          position: side === 'HOSPITAL' ? 1 : 2,
          label: side === 'HOSPITAL' ? 'Helseforetaket 1' : 'Kommunene 1',
          side,
          voting: true,
          appointingBodyKind: side === 'MUNICIPAL' ? 'REGIONAL_COUNCIL' : 'PARTNER',
          appointingRegionalCouncilId: side === 'MUNICIPAL' ? (community.regionalCouncilIds[0] ?? null) : null,
          appointingPartnerId: side === 'HOSPITAL' ? community.hospitalTrustId : null,
          appointingOrganId: null,
          appointingBodyName: null,
          retiredOn: null,
        }),
      )
    ).id;
  const appointment = await repositories.saveAppointment(
    Object.assign(new AppointmentEntity(), {
      communityId: community.id,
      seatId: seat,
      personId: person.id,
      role,
      deputyForAppointmentId: null,
      deputyRank,
      startsOn: '2024-01-01',
      endsOn: null,
      appointedBy: 'Test',
      decisionReference: 'Sak 1/2024',
      cancelledAt: null,
      cancellationReason: null,
      replacedByAppointmentId: null,
    }),
  );
  return { seatId: seat, appointmentId: appointment.id, personId: person.id };
}

async function attend(
  meetingId: string,
  who: { appointmentId: string; personId: string },
  standsInFor: string | null = null,
): Promise<void> {
  await app.sql(
    `INSERT INTO meeting_attendance (community_id, meeting_id, appointment_id, person_id, stands_in_for_appointment_id, recorded_at)
     VALUES ($1, $2, $3, $4, $5, now())`,
    [community.id, meetingId, who.appointmentId, who.personId, standsInFor],
  );
}

beforeAll(async () => {
  app = await startTestApp();
  community = await buildCommunity(app);
  other = await buildCommunity(app);
  organId = (await app.sql<{ id: string }>('SELECT id FROM organ WHERE community_id = $1', [community.id]))[0]?.id ?? '';
  const [first, second] = community.municipalityIds as [string, string, string];

  const march = await heldMeeting('2025-03-20T09:00:00Z');
  const june = await heldMeeting('2025-06-12T09:00:00Z');
  const september = await heldMeeting('2025-09-11T09:00:00Z');

  const agreed = await decide(march, 'CONSENSUS', '2025-03-20', true);
  // A vote corrected to consensus: the follow-up is recorded on the original decision.
  const voted = await decide(june, 'VOTE', '2025-06-12');
  await decide(june, 'CONSENSUS', '2025-06-12', false, voted);
  await decide(june, 'NOTED', '2025-06-12');
  await followUp(agreed, first, 'ADOPTED', '2025-04-19');
  await followUp(voted, first, 'ADOPTED', '2025-06-22');
  await followUp(agreed, second, 'DECLINED', '2025-05-01');
  await followUp(voted, second, 'IN_PROGRESS', null);

  const hospitalMember = await appoint('HOSPITAL', 'Anne Sykehus', null);
  const municipalMember = await appoint('MUNICIPAL', 'Bjørn Kommune', first);
  const deputy = await appoint('MUNICIPAL', 'Cecilie Vara', first, 'DEPUTY', 1, municipalMember.seatId);
  await attend(march, hospitalMember);
  await attend(june, hospitalMember);
  await attend(march, municipalMember);
  await attend(june, deputy, municipalMember.appointmentId);
  void september;
  analyst = await signInAs(app, { role: 'ANALYST', communityId: community.id });
});
afterAll(() => app.close());

describe('the follow-up report', () => {
  it('counts per municipality the consensus decisions adopted, in progress, not started and declined, and the days to adopt', async () => {
    const data = await must<{ reports: { followUp: { municipalities: unknown[] } } }>(
      app,
      FOLLOW_UP,
      { filter: { from: '2025-01-01', to: '2025-12-31' } },
      analyst,
    );
    expect(data.reports.followUp.municipalities).toEqual([
      // 30 and 10 days.
      {
        municipalityNumber: '1000',
        municipalityName: 'Kommune 1',
        decisions: 2,
        adopted: 2,
        inProgress: 0,
        notStarted: 0,
        declined: 0,
        averageDaysToAdopt: 20,
        medianDaysToAdopt: 20,
      },
      {
        municipalityNumber: '1001',
        municipalityName: 'Kommune 2',
        decisions: 2,
        adopted: 0,
        inProgress: 1,
        notStarted: 0,
        declined: 1,
        averageDaysToAdopt: null,
        medianDaysToAdopt: null,
      },
      {
        municipalityNumber: '1002',
        municipalityName: 'Kommune 3',
        decisions: 2,
        adopted: 0,
        inProgress: 0,
        notStarted: 2,
        declined: 0,
        averageDaysToAdopt: null,
        medianDaysToAdopt: null,
      },
    ]);
  });

  it('gives another community’s analyst nothing of it, and the exempt case’s title appears in no export', async () => {
    const theirs = await signInAs(app, { role: 'ANALYST', communityId: other.id });
    const refused = await app.gql(FOLLOW_UP, { filter: { communityIds: [community.id] } }, theirs.cookie);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    const own = await must<{ reports: { followUp: { municipalities: unknown[] } } }>(
      app,
      FOLLOW_UP,
      { filter: { from: '2025-01-01' } },
      theirs,
    );
    expect(own.reports.followUp.municipalities).toEqual([]);
    for (const extension of ['csv', 'xlsx']) {
      const response = await fetch(`${app.url}/exports/followUp.${extension}?from=2025-01-01&to=2025-12-31`, {
        headers: { cookie: analyst.cookie },
      });
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).toString('latin1')).not.toContain('Skjermet');
    }
    const csv = await (
      await fetch(`${app.url}/exports/followUp.csv?from=2025-01-01&to=2025-12-31`, { headers: { cookie: analyst.cookie } })
    ).text();
    expect(csv.split('\r\n')[1]).toBe(`${community.name};"=""1000""";Kommune 1;2;2;0;0;0;20,0;20,0`);
  });
});

describe('attendance in the representation report', () => {
  it('counts the held meetings each seat, person and partner was called to, and who came', async () => {
    const data = await must<{ reports: { representation: unknown } }>(
      app,
      ATTENDANCE,
      { filter: { from: '2025-01-01', to: '2025-12-31' } },
      analyst,
    );
    expect(data.reports.representation).toEqual({
      attendanceBySeat: [
        { seatLabel: 'Helseforetaket 1', side: 'HOSPITAL', called: 3, attended: 2, deputised: 0, absent: 1, share: 0.6667 },
        { seatLabel: 'Kommunene 1', side: 'MUNICIPAL', called: 3, attended: 1, deputised: 1, absent: 1, share: 0.6667 },
      ],
      // The deputy was never called: she stood in.
      attendanceByPerson: [
        { personName: 'Anne Sykehus', called: 3, attended: 2, deputised: 0, absent: 1, share: 0.6667 },
        { personName: 'Bjørn Kommune', called: 3, attended: 1, deputised: 1, absent: 1, share: 0.6667 },
      ],
      attendanceByPartner: [
        { partnerName: 'Kommune 1', called: 3, attended: 1, deputised: 1, absent: 1, share: 0.6667 },
        { partnerName: 'Testsykehuset HF', called: 3, attended: 2, deputised: 0, absent: 1, share: 0.6667 },
      ],
    });
  });

  it('exports attendance per seat as CSV', async () => {
    const csv = await (
      await fetch(`${app.url}/exports/representation.csv?table=attendanceBySeat&from=2025-01-01&to=2025-12-31`, {
        headers: { cookie: analyst.cookie },
      })
    ).text();
    expect(csv.split('\r\n').slice(0, 2)).toEqual([
      'Helsefellesskap;Organ;Plass;Side;Innkalt;Møtt;Vara møtt;Ikke møtt;Oppmøte',
      `${community.name};Utvalg 1;Helseforetaket 1;Helseforetak;3;2;0;1;66,67`,
    ]);
  });
});

describe('the cost of the reports', () => {
  it('answers the new reports in a constant number of statements, one per table, whatever the data in scope', async () => {
    const query = `query($filter: ReportFilter!) { reports {
      casesAndMeetings(filter: $filter) { organs { year } } followUp(filter: $filter) { municipalities { adopted } }
      costSharing(filter: $filter) { lines { amount } }
      representation(filter: $filter) { attendanceBySeat { called } attendanceByPerson { called } attendanceByPartner { called } } } }`;
    const filter = { from: '2025-01-01', to: '2025-12-31' };
    const own = await app.countStatements(() => must(app, query, { filter }, analyst));
    // Every community of the suite's database, with far more rows.
    const national = await signInAs(app, { role: 'NATIONAL_ANALYST' });
    const all = await app.countStatements(() => must(app, query, { filter }, national));
    expect(all.statements).toBe(own.statements);
    // Six report statements, and the session's own reads.
    expect(own.statements).toBeLessThanOrEqual(9);
  });
});

import { addDays } from '@helsefellesskap/calendar';
import { testClock } from './clock.js';
import { buildCommunity, must, signInAs, type CommunityFixture, type Session } from './factories.js';
import type { TestApp } from './test-app.js';

/** What the exempt case holds that no outsider may ever read, in any document. */
export const EXEMPT_TITLE = 'Søkerliste koordinator';
export const EXEMPT_DECISION = 'Ola Nordmann tilsettes som koordinator.';
export const EXEMPT_RECOMMENDATION = 'Ola Nordmann innstilles som nummer én.';

/** A held meeting of an SSU, as the minutes and decision records are made from. */
export interface HeldMeeting {
  community: CommunityFixture;
  /** An SSU member user of the community who sits on the organ. */
  member: Session;
  meetingId: string;
  /** The meeting's date (Norway). */
  date: string;
  /** The references of the cases, by what they are. */
  references: { consensus: string; split: string; exempt: string };
  /** The decisions' ids, by case. */
  decisions: { consensus: string; split: string; exempt: string };
}

const createSeat = 'mutation($input: CreateSeatInput!) { createSeat(input: $input) { id } }';
const appoint = 'mutation($input: AppointInput!) { appoint(input: $input) { id } }';
let caseNumber = 0;

/**
 * A community with an SSU that decides by vote and a meeting held `daysAgo` days ago, straight in the tables:
 * the attendance (a list deputy standing in for an absent hospital member, an observer), a public case decided
 * by consensus, a public case decided by a split vote, and an exempt case (no public title) decided by consensus.
 */
export async function buildHeldMeeting(
  app: TestApp,
  options: { isOpen?: boolean; daysAgo?: number; /** More public cases, each decided by a split vote. */ extraCases?: number } = {},
): Promise<HeldMeeting> {
  const community = await buildCommunity(app, { municipalities: 1, regionalCouncils: 1, organs: 0 });
  const run = <T>(query: string, variables: Record<string, unknown>) => must<T>(app, query, variables, community.secretariat);
  const { createOrgan } = await run<{ createOrgan: { id: string } }>(
    'mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }',
    {
      input: {
        communityId: community.id,
        name: 'Strategisk samarbeidsutvalg',
        kind: 'STRATEGIC_COMMITTEE',
        rules: { decisionRule: 'VOTE', minutesObjectionPeriodDays: 4, protocolDeadlineDays: 7 },
      },
    },
  );
  const organId = createOrgan.id;
  const seat = async (label: string, side: string, voting: boolean, appointingBody: Record<string, unknown>) =>
    (await run<{ createSeat: { id: string } }>(createSeat, { input: { organId, label, side, voting, appointingBody } })).createSeat.id;
  const council = { kind: 'REGIONAL_COUNCIL', regionalCouncilId: community.regionalCouncilIds[0] };
  const hospitalBody = { kind: 'PARTNER', partnerId: community.hospitalTrustId };
  const municipal1 = await seat('Kommunal 1', 'MUNICIPAL', true, council);
  const municipal2 = await seat('Kommunal 2', 'MUNICIPAL', true, council);
  const hospitalSeat = await seat('Sykehuset 1', 'HOSPITAL', true, hospitalBody);
  const deputySeat = await seat('Sykehusets varaliste', 'HOSPITAL', false, hospitalBody);
  const observerSeat = await seat('KS', 'OBSERVER', false, { kind: 'EXTERNAL', name: 'KS' });
  const member = await signInAs(app, { role: 'SSU_MEMBER', communityId: community.id });
  const startsOn = addDays(testClock.today(), -365);
  const appointOne = async (
    seatId: string,
    name: string,
    role: string,
    extra: { person?: Record<string, unknown>; input?: Record<string, unknown> } = {},
  ) =>
    (
      await run<{ appoint: { id: string } }>(appoint, {
        input: { seatId, newPerson: { name, ...extra.person }, role, startsOn, decisionReference: 'Test sak 1/2025', ...extra.input },
      })
    ).appoint.id;
  const kari = await appointOne(municipal1, 'Kari Kommune', 'MEMBER');
  const mona = await appointOne(municipal2, 'Mona Medlem', 'MEMBER', { person: { email: member.email } });
  const siri = await appointOne(hospitalSeat, 'Siri Sykehus', 'MEMBER');
  const viggo = await appointOne(deputySeat, 'Viggo Vara', 'DEPUTY', { input: { deputyRank: 1 } });
  const olga = await appointOne(observerSeat, 'Olga Observatør', 'OBSERVER');

  const date = addDays(testClock.today(), -(options.daysAgo ?? 10));
  const [meeting] = await app.sql<{ id: string }>(
    `INSERT INTO meeting (community_id, organ_id, starts_at, ends_at, place, is_open, kind, state, notice_sent_at)
     VALUES ($1, $2, $3, $4, 'Bodø, Nordlandssykehuset', $5, 'ORDINARY', 'HELD', $6) RETURNING id`,
    [community.id, organId, `${date}T09:00:00Z`, `${date}T14:00:00Z`, options.isOpen ?? true, `${addDays(date, -20)}T09:00:00Z`],
  );
  const meetingId = meeting?.id ?? '';
  for (const [appointmentId, standsInFor] of [
    [kari, null],
    [mona, null],
    [viggo, siri],
    [olga, null],
  ] as const) {
    await app.sql(
      `INSERT INTO meeting_attendance (community_id, meeting_id, appointment_id, person_id, stands_in_for_appointment_id, recorded_at)
       SELECT $1, $2, a.id, a.person_id, $4, now() FROM appointment a WHERE a.id = $3`,
      [community.id, meetingId, appointmentId, standsInFor],
    );
  }

  const insertCase = async (position: number, title: string, access: 'PUBLIC' | 'EXEMPT', recommendation: string[]) => {
    caseNumber += 1;
    const reference = `SSU sak ${caseNumber}/2026`;
    const [row] = await app.sql<{ id: string }>(
      `INSERT INTO case_file (community_id, organ_id, year, number, reference, title, kind, status, submitted_on, access, exemption_basis, recommendation)
       VALUES ($1, $2, 2026, $3::int, $4, $5, 'DECISION', 'DECIDED', $6, $7, $8, $9) RETURNING id`,
      [
        community.id,
        organId,
        caseNumber,
        reference,
        title,
        addDays(date, -30),
        access,
        access === 'EXEMPT' ? 'Offl. § 25' : null,
        recommendation,
      ],
    );
    await app.sql(`INSERT INTO agenda_item (meeting_id, case_id, position) VALUES ($1, $2, $3)`, [meetingId, row?.id, position]);
    return { caseId: row?.id ?? '', reference };
  };
  const insertDecision = async (
    found: { caseId: string },
    kind: string,
    text: string,
    recommendation: string[],
    votes: [string, string][],
  ) => {
    const [row] = await app.sql<{ id: string }>(
      `INSERT INTO decision (community_id, organ_id, meeting_id, case_id, kind, text, recommendation, decided_on, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now()) RETURNING id`,
      [community.id, organId, meetingId, found.caseId, kind, text, recommendation, date],
    );
    for (const [appointmentId, vote] of votes) {
      await app.sql(
        `INSERT INTO decision_vote (decision_id, person_id, appointment_id, vote) SELECT $1, a.person_id, a.id, $3 FROM appointment a WHERE a.id = $2`,
        [row?.id, appointmentId, vote],
      );
    }
    return row?.id ?? '';
  };
  const consensus = await insertCase(1, 'Forlengelse av handlingsplanen', 'PUBLIC', ['Handlingsplanen forlenges.']);
  const split = await insertCase(2, 'Fordeling av koordinatorstilling', 'PUBLIC', ['Stillingen fordeles likt.']);
  const exempt = await insertCase(3, EXEMPT_TITLE, 'EXEMPT', [EXEMPT_RECOMMENDATION]);
  for (let index = 0; index < (options.extraCases ?? 0); index += 1) {
    const extra = await insertCase(4 + index, `Tilleggssak ${index + 1}`, 'PUBLIC', ['Forslaget vedtas.']);
    await insertDecision(
      extra,
      'VOTE',
      `Tilleggssak ${index + 1} vedtas.`,
      ['Forslaget vedtas.'],
      [
        [kari, 'YES'],
        [mona, 'NO'],
        [viggo, 'YES'],
      ],
    );
  }
  return {
    community,
    member,
    meetingId,
    date,
    references: { consensus: consensus.reference, split: split.reference, exempt: exempt.reference },
    decisions: {
      consensus: await insertDecision(consensus, 'CONSENSUS', 'Handlingsplanen forlenges ut 2027.', ['Handlingsplanen forlenges.'], []),
      split: await insertDecision(
        split,
        'VOTE',
        'Stillingen fordeles etter folketall.',
        ['Stillingen fordeles likt.'],
        [
          [kari, 'YES'],
          [mona, 'NO'],
          [viggo, 'ABSTAIN'],
        ],
      ),
      exempt: await insertDecision(exempt, 'CONSENSUS', EXEMPT_DECISION, [EXEMPT_RECOMMENDATION], []),
    },
  };
}

/** The meeting's minutes published straight in the tables: sent the day after, approved by silence, published a week after. */
export async function publishMinutesDirectly(app: TestApp, meeting: HeldMeeting): Promise<void> {
  await app.sql(
    `INSERT INTO minutes (meeting_id, community_id, body, sent_at, approved_on, approved_by_silence, published_at)
     VALUES ($1, $2, 'Protokoll', $3, $4, true, $5)`,
    [
      meeting.meetingId,
      meeting.community.id,
      `${addDays(meeting.date, 1)}T10:00:00Z`,
      addDays(meeting.date, 5),
      `${addDays(meeting.date, 6)}T10:00:00Z`,
    ],
  );
}

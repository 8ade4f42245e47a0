import { addDays, firstDayOfYear, osloDate, osloMoment, yearOf } from '@helsefellesskap/calendar';
import type { Repositories } from '../database/repositories.js';
import { AgendaItemEntity, MeetingEntity, MeetingPlanEntity, type MeetingState } from '../modules/meeting/meeting.entity.js';
import type { OrganEntity } from '../modules/organ/organ.entity.js';

const COMMUNITY = 'Helsefellesskapet Lofoten, Vesterålen, Salten';
const PARTNERSHIP_MEETING = 'Partnerskapsmøtet';
const SSU = 'Strategisk samarbeidsutvalg (SSU)';
const HOSPITAL_BOARD = 'Styret i Nordlandssykehuset HF';

interface DemoMeeting {
  organ: string;
  date: string;
  startTime: string;
  place: string;
  isOpen: boolean;
  state: MeetingState;
  /** Cases put on the agenda by reference, in order, when the case register has them. */
  agenda: string[];
}

/** The seeds' meetings at their dates (seeds 000, 001, 003, 004), held, with their cases on the agenda. */
const SEED_MEETINGS: DemoMeeting[] = [
  {
    organ: HOSPITAL_BOARD,
    date: '2021-05-25',
    startTime: '09:00',
    place: 'Bodø',
    isOpen: true,
    state: 'HELD',
    agenda: ['Styresak 052/2021'],
  },
  {
    organ: PARTNERSHIP_MEETING,
    date: '2021-09-23',
    startTime: '10:00',
    place: 'Bodø',
    isOpen: true,
    state: 'HELD',
    agenda: ['Partnerskapsmøte sak 10-2021'],
  },
  {
    organ: PARTNERSHIP_MEETING,
    date: '2022-10-25',
    startTime: '10:00',
    place: 'Bodø',
    isOpen: true,
    state: 'HELD',
    agenda: ['Partnerskapsmøte sak 04-2022'],
  },
  { organ: SSU, date: '2024-12-04', startTime: '10:00', place: 'Bodø', isOpen: false, state: 'HELD', agenda: ['SSU sak 26/2024'] },
];

/**
 * The demo's meetings: the seeds' meetings at their dates, and a meeting plan for the current year dated from the
 * day loaded (SSU's four quarterly meetings, held when past, and the partnership meeting), the next SSU meeting five weeks ahead,, adopted in December
 * before the year. Run after the case loader: cases go on the agendas by reference when they exist. Running it
 * again changes nothing (a meeting is found by its organ and start).
 */
export async function loadDemoMeetings(repositories: Repositories, today: string): Promise<void> {
  const community = await repositories.communities.findByName(COMMUNITY);
  if (!community) return;
  const organs = new Map<string, OrganEntity>();
  for (const name of [PARTNERSHIP_MEETING, SSU, HOSPITAL_BOARD]) {
    const organ = await repositories.organs.findByName(community.id, name);
    if (organ) organs.set(name, organ);
  }
  const year = yearOf(today);
  // SSU's four meetings a year, a quarter apart, held when past; the partnership meeting in the autumn; and the next
  // SSU meeting five weeks ahead, so there is always one to build an agenda for.
  const inYear = (day: number, organ: string, place: string, isOpen: boolean): DemoMeeting => {
    const date = addDays(firstDayOfYear(year), day);
    return { organ, date, startTime: '10:00', place, isOpen, state: date < today ? 'HELD' : 'PLANNED', agenda: [] };
  };
  const current: DemoMeeting[] = [
    inYear(70, SSU, 'Bodø', false),
    inYear(161, SSU, 'Svolvær', false),
    inYear(259, SSU, 'Sortland', false),
    inYear(336, SSU, 'Bodø', false),
    inYear(290, PARTNERSHIP_MEETING, 'Bodø', true),
    { organ: SSU, date: addDays(today, 35), startTime: '12:00', place: 'Bodø', isOpen: false, state: 'PLANNED', agenda: [] },
  ];
  for (const demo of [...SEED_MEETINGS, ...current]) {
    const organ = organs.get(demo.organ);
    if (organ) await ensureMeeting(repositories, organ, demo);
  }
  for (const organ of [organs.get(SSU), organs.get(PARTNERSHIP_MEETING)]) {
    if (!organ || (await repositories.meetings.readPlans([organ.id], year)).length > 0) continue;
    await repositories.meetings.savePlan(
      Object.assign(new MeetingPlanEntity(), {
        organId: organ.id,
        year,
        adoptedOn: addDays(firstDayOfYear(year), -20),
        adoptedByCaseId: null,
      }),
    );
  }
}

async function ensureMeeting(repositories: Repositories, organ: OrganEntity, demo: DemoMeeting): Promise<void> {
  const startsAt = osloMoment(demo.date, demo.startTime);
  const existing = await repositories.meetings.readByOrgansInYear([organ.id], yearOf(demo.date));
  if (existing.some((meeting) => meeting.startsAt.getTime() === startsAt.getTime())) return;
  const meeting = await repositories.meetings.save(
    Object.assign(new MeetingEntity(), {
      communityId: organ.communityId,
      organId: organ.id,
      startsAt,
      endsAt: osloMoment(demo.date, '15:00'),
      place: demo.place,
      videoUrl: null,
      isOpen: demo.isOpen,
      kind: 'ORDINARY',
      state: demo.state,
      // A held meeting was called: the notice went out two weeks before.
      noticeSentAt: demo.state === 'PLANNED' ? null : osloMoment(addDays(demo.date, -14), '09:00'),
      cancellationReason: null,
      version: 1,
    }),
  );
  const found = await repositories.cases.readByReferences(demo.agenda.map((reference) => ({ communityId: organ.communityId, reference })));
  let position = 0;
  for (const reference of demo.agenda) {
    const record = found.find((row) => row.reference.toLowerCase() === reference.toLowerCase() && row.organId === organ.id);
    if (!record || record.status === 'DRAFT' || record.status === 'ON_AGENDA') continue;
    position += 1;
    await repositories.agenda.saveItem(
      Object.assign(new AgendaItemEntity(), {
        meetingId: meeting.id,
        caseId: record.id,
        position,
        lateExceptionReason: null,
        lateExceptionRecordedBy: null,
        lateExceptionRecordedAt: null,
      }),
    );
    await repositories.agenda.setCaseStatus(record.id, 'ON_AGENDA');
  }
  // The date in Norway is the meeting's: a check that the times were read in Oslo.
  if (osloDate(startsAt) !== demo.date) throw new Error(`Demo meeting on ${demo.date} moved to ${osloDate(startsAt)}.`);
}

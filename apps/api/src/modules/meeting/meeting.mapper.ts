import { osloDate, osloTime, yearOf } from '@helsefellesskap/calendar';
import type { MeetingPlanRow, MeetingRow } from './meeting.repository.js';
import { Meeting, MeetingPlan } from './meeting.type.js';

/** A stored meeting (a row or an entity) as the GraphQL type, with its date and times in Norway. */
export function toMeeting(row: MeetingRow): Meeting {
  const date = osloDate(row.startsAt);
  return Object.assign(new Meeting(), {
    id: row.id,
    communityId: row.communityId,
    organId: row.organId,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    date,
    startTime: osloTime(row.startsAt),
    endTime: row.endsAt ? osloTime(row.endsAt) : null,
    year: yearOf(date),
    place: row.place,
    videoUrl: row.videoUrl,
    isOpen: row.isOpen,
    kind: row.kind,
    state: row.state,
    noticeSentAt: row.noticeSentAt,
    cancellationReason: row.cancellationReason,
    version: row.version,
  });
}

/** An organ's plan for a year; a year without a stored row is a plan not yet adopted. */
export function toMeetingPlan(organ: { id: string; communityId: string }, year: number, row: MeetingPlanRow | null): MeetingPlan {
  return Object.assign(new MeetingPlan(), {
    organId: organ.id,
    communityId: organ.communityId,
    year,
    adoptedOn: row?.adoptedOn ?? null,
  });
}

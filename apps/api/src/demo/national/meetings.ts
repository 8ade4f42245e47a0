import { addDays } from '@helsefellesskap/calendar';
import type { CommunitySeeding } from './national-scale.js';
import type { Register } from './register.js';

/**
 * The SSU's next meeting, five weeks ahead (its notice not yet due), with its first member's absence
 * reported: what the notice preview and the attendance panel read, for the bench and the statement counts.
 */
export async function seedMeetings({ services, caller, today }: CommunitySeeding, register: Register): Promise<void> {
  const meeting = await services.meetings.schedule(caller, register.ssu.id, {
    date: addDays(today, 35),
    startTime: '10:00',
    endTime: '15:00',
    place: 'Møterom Samhandling',
    videoUrl: null,
    isOpen: true,
    kind: 'ORDINARY',
  });
  const attendance = await services.meetingNotices.attendance(caller, meeting.id);
  const member = attendance.members[0];
  if (member)
    await services.meetingNotices.reportAbsence(caller, { meetingId: meeting.id, memberAppointmentId: member.appointmentId, reason: null });
}

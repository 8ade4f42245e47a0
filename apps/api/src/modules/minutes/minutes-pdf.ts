import { osloDate } from '@helsefellesskap/calendar';
import { fileSlug } from '../../documents/file-slug.js';
import type { MinutesAttendanceView, MinutesPdfView } from '../../documents/minutes.pdf.js';
import type { AppointmentRole } from '../appointment/appointment.entity.js';
import type { Caller } from '../auth/caller.js';
import { visibleCaseTitle } from '../case/case.policy.js';
import { decisionPdfView, standsInForByPerson } from '../decision/decision-pdf-view.js';
import type { AttendanceRow, DecisionRow, VoteRow } from '../decision/decision.repository.js';
import type { AgendaCaseRow, MeetingRow } from '../meeting-notice/meeting-notice.repository.js';
import type { Holder } from '../meeting-notice/meeting-notice.rules.js';
import type { CorrectionRow } from './minutes.repository.js';
import type { MinutesStatus } from './minutes.rules.js';

/** What the minutes PDF is made of, as read from the tables (MinutesService.pdf). */
export interface MinutesPdfMaterial {
  meeting: MeetingRow;
  /** The minutes text as written (and sent, and approved). */
  text: string;
  status: Pick<MinutesStatus, 'approvedOn'>;
  sentAt: Date | null;
  hadObjections: boolean;
  corrections: readonly CorrectionRow[];
  /** The attendance as recorded, in seat order. */
  attendance: readonly AttendanceRow[];
  /** The organ's holders on the meeting date: the members among them not present are absent. */
  holders: readonly Holder[];
  agenda: readonly AgendaCaseRow[];
  /** The current decision of each case (the one no later row corrects). */
  decisions: readonly DecisionRow[];
  votes: readonly VoteRow[];
}

const ROLE_LABELS: Record<AppointmentRole, string> = {
  MEMBER: 'Medlem',
  PERSONAL_DEPUTY: 'Personlig vara',
  DEPUTY: 'Vara',
  OBSERVER: 'Observatør',
  CHAIR: 'Leder',
  VICE_CHAIR: 'Nestleder',
  SECRETARY: 'Sekretær',
};

const roleOf = (person: { role: AppointmentRole; seatLabel: string }) => `${ROLE_LABELS[person.role]}, ${person.seatLabel}`;

/** Who attended, who sent apologies (a member not present, whether or not a deputy stood in) and the observers. */
export function minutesAttendance(attendance: readonly AttendanceRow[], holders: readonly Holder[]): MinutesAttendanceView {
  const present = new Set(attendance.map((attendee) => attendee.appointmentId));
  return {
    present: attendance
      .filter((attendee) => attendee.role !== 'OBSERVER')
      .map((attendee) => ({ name: attendee.name, role: roleOf(attendee), standingInFor: attendee.standsInForName })),
    // Before anything is recorded nobody is known to be absent.
    absent:
      attendance.length === 0
        ? []
        : holders
            .filter((holder) => holder.role === 'MEMBER' && !present.has(holder.appointmentId))
            .map((holder) => ({ name: holder.name, role: roleOf(holder) })),
    observers: attendance
      .filter((attendee) => attendee.role === 'OBSERVER')
      .map((attendee) => ({ name: attendee.name, role: roleOf(attendee) })),
  };
}

/**
 * The minutes as the caller may read them, for the PDF: every agenda item with its current decision; an
 * exempt case under its public title (or "Unntatt offentlighet") and its decision's text and votes withheld
 * unless the caller may read the case's content (case.policy.ts, as the GraphQL fields decide).
 */
export function minutesPdfView(caller: Caller, material: MinutesPdfMaterial): MinutesPdfView {
  const { meeting } = material;
  const standsInFor = standsInForByPerson(material.attendance);
  return {
    communityName: meeting.communityName,
    organName: meeting.organName,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    place: meeting.place,
    text: material.text,
    attendance: minutesAttendance(material.attendance, material.holders),
    items: material.agenda.map((item) => {
      const decision = material.decisions.find((candidate) => candidate.caseId === item.caseId);
      return {
        reference: item.reference,
        title: visibleCaseTitle(caller, item),
        exemptionBasis: item.access === 'EXEMPT' ? (item.exemptionBasis ?? 'unntatt') : null,
        decision: decision ? decisionPdfView(caller, decision, material.votes, standsInFor) : null,
      };
    }),
    approval: {
      sentOn: material.sentAt ? osloDate(material.sentAt) : null,
      approvedOn: material.status.approvedOn,
      hadObjections: material.hadObjections,
    },
    corrections: material.corrections.map((correction) => ({
      correctedOn: osloDate(correction.recordedAt),
      reference: null,
      text: correction.text,
      reason: correction.reason,
    })),
  };
}

/** Where the minutes PDF of a meeting is served (minutes.router.ts). */
export function minutesPdfPath(meetingId: string): string {
  return `/api/meetings/${meetingId}/minutes.pdf`;
}

/** "protokoll-strategisk-samarbeidsutvalg-2026-03-03.pdf" */
export function minutesFilename(organName: string, meetingDate: string): string {
  return `protokoll-${fileSlug(organName) || 'mote'}-${meetingDate}.pdf`;
}

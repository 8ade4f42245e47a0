import { osloDate, osloTime } from '@helsefellesskap/calendar';
import type { AttendanceRow, DecisionRow, PostponementTargetRow } from './decision.repository.js';
import type { SheetLine } from './decision.rules.js';
import { isVoting } from './decision.rules.js';
import { AttendanceSheetLine, Attendee, Decision, PostponementTarget } from './decision.type.js';

/** A recorded attendee as the GraphQL type shows it. */
export function toAttendee(row: AttendanceRow): Attendee {
  return Object.assign(new Attendee(), {
    appointmentId: row.appointmentId,
    personId: row.personId,
    name: row.name,
    seatLabel: row.seatLabel,
    role: row.role,
    votes: isVoting(
      { role: row.role, seatVoting: row.seatVoting },
      row.standsInForSeatVoting === null ? undefined : { seatVoting: row.standsInForSeatVoting },
    ),
    standsInForAppointmentId: row.standsInForAppointmentId,
    standsInForName: row.standsInForName,
  });
}

export function toSheetLine(line: SheetLine): AttendanceSheetLine {
  return Object.assign(new AttendanceSheetLine(), {
    appointmentId: line.holder.appointmentId,
    personId: line.holder.personId,
    name: line.holder.name,
    seatLabel: line.holder.seatLabel,
    role: line.holder.role,
    seatVoting: line.holder.seatVoting,
    deputyForAppointmentId: line.holder.deputyForAppointmentId,
    deputyRank: line.holder.deputyRank,
    absenceReported: line.absenceReported,
    present: line.present,
    standsInForAppointmentId: line.standsInForAppointmentId,
    mayStandInFor: line.mayStandInFor,
  });
}

export function toPostponementTarget(row: PostponementTargetRow): PostponementTarget {
  return Object.assign(new PostponementTarget(), {
    meetingId: row.meetingId,
    date: osloDate(row.startsAt),
    startTime: osloTime(row.startsAt),
    kind: row.kind,
  });
}

function toDecision(row: DecisionRow): Decision {
  return Object.assign(new Decision(), {
    id: row.id,
    meetingId: row.meetingId,
    caseId: row.caseId,
    caseReference: row.caseReference,
    kind: row.kind,
    decidedOn: row.decidedOn,
    recordedAt: row.recordedAt,
    correctsDecisionId: row.correctsDecisionId,
    correctionReason: row.correctionReason,
    current: row.current,
    postponedToMeetingId: row.postponedToMeetingId,
    postponedToDate: row.postponedToStartsAt ? osloDate(row.postponedToStartsAt) : null,
    communityId: row.communityId,
    text: row.text,
    recommendation: row.recommendation,
    caseStatus: row.caseStatus,
    caseAccess: row.caseAccess,
    meetingIsOpen: row.meetingIsOpen,
    earlier: [],
  });
}

/**
 * The current decisions among the rows (each case's at each meeting: the one nobody corrects), in the rows'
 * order, each with its earlier versions newest first.
 */
export function toCurrentDecisions(rows: readonly DecisionRow[]): Decision[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return rows
    .filter((row) => row.current)
    .map((row) => {
      const decision = toDecision(row);
      for (let at = row.correctsDecisionId ? byId.get(row.correctsDecisionId) : undefined; at;) {
        decision.earlier.push(toDecision(at));
        at = at.correctsDecisionId ? byId.get(at.correctsDecisionId) : undefined;
      }
      return decision;
    });
}

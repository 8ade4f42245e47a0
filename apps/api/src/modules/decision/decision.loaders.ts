import DataLoader from 'dataloader';
import { groupByKeys } from '../../common/group.js';
import type { Repositories } from '../../database/repositories.js';
import { toAttendee, toCurrentDecisions, toPostponementTarget, toSheetLine } from './decision.mapper.js';
import { attendanceComposition, attendanceSheet } from './decision.rules.js';
import type { AttendanceSheetLine, Attendee, Decision, PostponementTarget } from './decision.type.js';
import type { VoteRow } from './decision.repository.js';

/**
 * Attendance and decisions, one statement per kind for every meeting (or case) of the request. They load
 * what is stored; the resolvers decide through decision.policy.ts what each caller sees of it.
 */
export function createDecisionLoaders(repositories: Repositories) {
  return {
    attendanceByMeeting: new DataLoader<string, Attendee[]>(async (meetingIds) =>
      groupByKeys(meetingIds, await repositories.decisions.readAttendance(meetingIds), (row) => row.meetingId).map((rows) =>
        rows.map(toAttendee),
      ),
    ),
    attendanceSheetByMeeting: new DataLoader<string, AttendanceSheetLine[]>(async (meetingIds) => {
      const [holders, absences, recorded] = await Promise.all([
        repositories.decisions.readHoldersOfMeetings(meetingIds),
        repositories.decisions.readAbsencesOfMeetings(meetingIds),
        repositories.decisions.readAttendance(meetingIds),
      ]);
      const holdersBy = groupByKeys(meetingIds, holders, (row) => row.meetingId);
      const absencesBy = groupByKeys(meetingIds, absences, (row) => row.meetingId);
      const recordedBy = groupByKeys(meetingIds, recorded, (row) => row.meetingId);
      return meetingIds.map((_, index) =>
        attendanceSheet(attendanceComposition(holdersBy[index] ?? []), absencesBy[index] ?? [], recordedBy[index] ?? []).map(toSheetLine),
      );
    }),
    /** The current decisions of each meeting, in the order recorded, with their earlier versions. */
    decisionsByMeeting: new DataLoader<string, Decision[]>(async (meetingIds) =>
      groupByKeys(meetingIds, await repositories.decisions.readByMeetings(meetingIds), (row) => row.meetingId).map(toCurrentDecisions),
    ),
    /** The current decisions of each case, one per meeting that decided it, in meeting order. */
    decisionsByCase: new DataLoader<string, Decision[]>(async (caseIds) =>
      groupByKeys(caseIds, await repositories.decisions.readByCases(caseIds), (row) => row.caseId).map(toCurrentDecisions),
    ),
    /** The later planned meetings of each meeting's organ a case can be postponed to. */
    postponementTargetsByMeeting: new DataLoader<string, PostponementTarget[]>(async (meetingIds) =>
      groupByKeys(meetingIds, await repositories.decisions.readPostponementTargets(meetingIds), (row) => row.fromMeetingId).map((rows) =>
        rows.map(toPostponementTarget),
      ),
    ),
    votesByDecision: new DataLoader<string, VoteRow[]>(async (decisionIds) =>
      groupByKeys(decisionIds, await repositories.decisions.readVotes(decisionIds), (row) => row.decisionId),
    ),
  };
}

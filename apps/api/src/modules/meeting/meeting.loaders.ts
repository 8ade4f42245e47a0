import DataLoader from 'dataloader';
import { argumentLoader } from '../../common/argument-loader.js';
import { groupByKeys } from '../../common/group.js';
import type { Repositories } from '../../database/repositories.js';
import { toOrgan } from '../organ/organ.mapper.js';
import type { Organ } from '../organ/organ.type.js';
import { toMeeting } from './meeting.mapper.js';
import type { AgendaItemRow } from './agenda.repository.js';
import type { MeetingPlanRow, MeetingRulesRow } from './meeting.repository.js';
import type { Meeting } from './meeting.type.js';

/**
 * Meetings are public (their time, place and state); what a closed meeting keeps internal is filtered by
 * the resolvers through the meeting policy, so these loaders need no caller.
 */
export function createMeetingLoaders(repositories: Repositories) {
  return {
    meetingById: new DataLoader<string, Meeting | null>(async (meetingIds) => {
      const found = new Map((await repositories.meetings.readByIds(meetingIds)).map((row) => [row.id, toMeeting(row)]));
      return meetingIds.map((id) => found.get(id) ?? null);
    }),
    /** For `Organ.meetings(year:)`: one statement per year asked, for every organ of the request. */
    meetingsByOrganInYear: argumentLoader<number, Meeting[]>(async (organIds, year) =>
      groupByKeys(organIds, (await repositories.meetings.readByOrgansInYear(organIds, year)).map(toMeeting), (meeting) => meeting.organId),
    ),
    meetingPlanByOrganInYear: argumentLoader<number, MeetingPlanRow | null>(async (organIds, year) => {
      const found = new Map((await repositories.meetings.readPlans(organIds, year)).map((row) => [row.organId, row]));
      return organIds.map((organId) => found.get(organId) ?? null);
    }),
    /** The agenda of each meeting, in order, with what the policy and the deadline need of each case. */
    agendaByMeeting: new DataLoader<string, AgendaItemRow[]>(async (meetingIds) =>
      groupByKeys(meetingIds, await repositories.agenda.readByMeetings(meetingIds), (row) => row.meetingId),
    ),
    /** The rules that bind each meeting (the organ's on its date): one statement for every meeting of the request. */
    meetingRules: new DataLoader<string, MeetingRulesRow | null>(async (meetingIds) => {
      const found = new Map((await repositories.meetings.readRulesForMeetings(meetingIds)).map((row) => [row.meetingId, row]));
      return meetingIds.map((id) => found.get(id) ?? null);
    }),
    /** The ids of the cases that wait for an organ's agenda. */
    agendaCandidateIdsByOrgan: new DataLoader<string, string[]>(async (organIds) =>
      groupByKeys(organIds, await repositories.meetings.readAgendaCandidates(organIds), (row) => row.organId).map((rows) =>
        rows.map((row) => row.id),
      ),
    ),
    /** The organ of a meeting. */
    meetingOrganById: new DataLoader<string, Organ | null>(async (organIds) => {
      const found = new Map((await repositories.meetings.readOrgans(organIds)).map((row) => [row.id, toOrgan(row)]));
      return organIds.map((id) => found.get(id) ?? null);
    }),
  };
}

import DataLoader from 'dataloader';
import { argumentLoader } from '../../common/argument-loader.js';
import { groupByKeys } from '../../common/group.js';
import type { Repositories } from '../../database/repositories.js';
import { toOrgan } from '../organ/organ.mapper.js';
import type { Organ } from '../organ/organ.type.js';
import { toMeeting } from './meeting.mapper.js';
import type { MeetingPlanRow } from './meeting.repository.js';
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
    /** The organ of a meeting. */
    meetingOrganById: new DataLoader<string, Organ | null>(async (organIds) => {
      const found = new Map((await repositories.meetings.readOrgans(organIds)).map((row) => [row.id, toOrgan(row)]));
      return organIds.map((id) => found.get(id) ?? null);
    }),
  };
}

import DataLoader from 'dataloader';
import type { Repositories } from '../../database/repositories.js';
import type { MeetingMinutesRulesRow } from './minutes.repository.js';
import type { MinutesBundle } from './minutes.service.js';

/**
 * The minutes of the meetings of a request, read in a constant number of statements whatever their number;
 * the resolver shows each through the minutes policy (MinutesService.view), so these need no caller.
 */
export function createMinutesLoaders(repositories: Repositories) {
  const minutesRules = new DataLoader<string, MeetingMinutesRulesRow | null>(async (meetingIds) => {
    const found = new Map((await repositories.minutes.readRules(meetingIds)).map((row) => [row.meetingId, row]));
    return meetingIds.map((id) => found.get(id) ?? null);
  });
  return {
    /** The organ's minutes rules that bind each meeting (its objection period and protocol deadline on the meeting's date). */
    minutesRules,
    minutesByMeeting: new DataLoader<string, MinutesBundle | null>(async (meetingIds) => {
      const rows = await repositories.minutes.readMinutes(meetingIds);
      if (rows.length === 0) return meetingIds.map(() => null);
      const ids = rows.map((row) => row.meetingId);
      const [rules, objections, corrections, participants] = await Promise.all([
        minutesRules.loadMany(ids),
        repositories.minutes.readObjections(ids),
        repositories.minutes.readCorrections(ids),
        repositories.minutes.readParticipants(ids),
      ]);
      const bundles = new Map<string, MinutesBundle>();
      rows.forEach((minutes, index) => {
        const rule = rules[index];
        if (!rule || rule instanceof Error) return;
        bundles.set(minutes.meetingId, {
          minutes,
          rules: rule,
          objections: objections.filter((objection) => objection.meetingId === minutes.meetingId),
          corrections: corrections.filter((correction) => correction.meetingId === minutes.meetingId),
          participantEmails: participants.flatMap((participant) =>
            participant.meetingId === minutes.meetingId && participant.email ? [participant.email] : [],
          ),
        });
      });
      return meetingIds.map((id) => bundles.get(id) ?? null);
    }),
  };
}

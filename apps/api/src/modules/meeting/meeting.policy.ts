import type { Caller } from '../auth/caller.js';
import { authorize, can } from '../auth/policy.js';
import { mayWriteCases } from '../case/case.policy.js';

/**
 * Who reads and writes meetings: pure functions of the caller and the records (ADR 0024).
 *
 * - That a meeting exists, its time, place, kind and state: public (the public calendar shows open meetings;
 *   a closed meeting is still announced).
 * - A closed meeting's video link and agenda: internal to the community (`community:read-internal`). An open
 *   meeting's agenda is public, each case through the case policy (an exempt case shows its reference and
 *   public title only).
 * - Scheduling, moving, cancelling, the plan and the agenda: whoever writes the community's cases (the secretariat).
 */
interface MeetingLike {
  communityId: string;
  isOpen: boolean;
}

/** Whether the caller may read what a closed meeting keeps internal: its video link and its agenda. */
export function mayReadMeetingDetails(caller: Caller, meeting: MeetingLike): boolean {
  return meeting.isOpen || can(caller, 'community:read-internal', meeting.communityId);
}

/** Whether the caller may plan the community's meetings and build their agendas. */
export function mayWriteMeetings(caller: Caller, communityId: string): boolean {
  return mayWriteCases(caller, communityId);
}

/** Refuses, with the usual reason, a caller who may not plan the community's meetings. */
export function assertMayWriteMeetings(caller: Caller, communityId: string): void {
  if (!mayWriteMeetings(caller, communityId)) authorize(caller, 'community:administer', communityId);
}

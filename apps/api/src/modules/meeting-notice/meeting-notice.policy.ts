import type { Caller } from '../auth/caller.js';
import { can } from '../auth/policy.js';
import { mayWriteCases } from '../case/case.policy.js';

/**
 * Who handles a meeting's notice and attendance (ADR 0025): pure functions of the caller and the records.
 * The secretariat previews and sends the notice and calls in deputies (it plans meetings: `mayWriteCases`);
 * a member reports their own absence, recognised by the e-mail of their person record; the secretariat
 * reports one for a member who phones in.
 */
export function mayHandleNotice(caller: Caller, communityId: string): boolean {
  return mayWriteCases(caller, communityId);
}

/** Whether the caller may see who is called to the meeting: the community's own users. */
export function mayReadAttendance(caller: Caller, communityId: string): boolean {
  return can(caller, 'community:read-internal', communityId);
}

/** Whether the caller may report (or withdraw) the absence of the member with this e-mail. */
export function mayReportAbsence(caller: Caller, communityId: string, memberEmail: string | null): boolean {
  if (mayHandleNotice(caller, communityId)) return true;
  return (
    caller.kind === 'user' &&
    memberEmail !== null &&
    memberEmail.trim().toLowerCase() === caller.email.trim().toLowerCase() &&
    mayReadAttendance(caller, communityId)
  );
}

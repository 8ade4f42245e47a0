import type { Caller } from '../auth/caller.js';
import { can } from '../auth/policy.js';
import { mayWriteCases } from '../case/case.policy.js';

/**
 * Who reads and writes a meeting's minutes (ADR 0028): pure functions of the caller and the records.
 *
 * - Unpublished minutes, objections: internal to the community (`community:read-internal`).
 * - Published minutes of an open meeting: public. A closed meeting's minutes stay internal.
 * - Drafting, editing, sending, resolving objections, publishing, correcting: the secretariat (it keeps the
 *   organ's papers: `mayWriteCases`).
 * - An objection: a participant of the meeting, recognised by the e-mail of their person record (as an
 *   absence is), or the secretariat recording one received by e-mail. Never with a read-only API token.
 */
interface MeetingLike {
  communityId: string;
  isOpen: boolean;
}

export function mayReadInternalMinutes(caller: Caller, communityId: string): boolean {
  return can(caller, 'community:read-internal', communityId);
}

/** Whether the caller may read the minutes at all: internal readers always, the public once published for an open meeting. */
export function mayReadMinutes(caller: Caller, meeting: MeetingLike, published: boolean): boolean {
  return mayReadInternalMinutes(caller, meeting.communityId) || (published && meeting.isOpen);
}

export function mayWriteMinutes(caller: Caller, communityId: string): boolean {
  return mayWriteCases(caller, communityId);
}

/** Whether the caller may object to the minutes: the secretariat, or a participant whose e-mail is among `participantEmails`. */
export function mayObjectToMinutes(caller: Caller, communityId: string, participantEmails: readonly string[]): boolean {
  if (mayWriteMinutes(caller, communityId)) return true;
  if (caller.kind !== 'user' || caller.apiTokenId !== undefined || !mayReadInternalMinutes(caller, communityId)) return false;
  const own = caller.email.trim().toLowerCase();
  return participantEmails.some((email) => email.trim().toLowerCase() === own);
}

import type { Caller } from '../auth/caller.js';
import { authorize } from '../auth/policy.js';
import { mayReadCaseContent } from '../case/case.policy.js';
import type { CaseStatus, RecordAccess } from '../case/case.entity.js';
import { mayReadMeetingDetails, mayWriteMeetings } from '../meeting/meeting.policy.js';

/**
 * Who records and reads a meeting's attendance and decisions (ADR 0027): pure functions of the caller and
 * the records, used by the service, the resolvers and the loaders.
 *
 * - Recording attendance and decisions: the community's secretariat (who plans meetings and writes cases).
 * - Attendance and that a case was decided (kind, date): whoever reads the meeting's details (an open
 *   meeting: the public; a closed one: the community).
 * - A decision's content (its text, the recommendation it kept, the votes): besides, whoever may read the
 *   case's content (case.policy.ts): a decision on an exempt case is exempt content, never shown to the
 *   public, other communities, analysts or API tokens.
 */
export function mayRecordDecisions(caller: Caller, communityId: string): boolean {
  return mayWriteMeetings(caller, communityId);
}

/** Refuses, with the usual reason, a caller who may not record the community's attendance and decisions. */
export function assertMayRecordDecisions(caller: Caller, communityId: string): void {
  if (!mayRecordDecisions(caller, communityId)) authorize(caller, 'community:administer', communityId);
}

/** Whether the caller may read the meeting's attendance and which cases it decided how. */
export function mayReadMeetingOutcome(caller: Caller, meeting: { communityId: string; isOpen: boolean }): boolean {
  return mayReadMeetingDetails(caller, meeting);
}

/** A decision as the content rule needs it. */
export interface DecisionLike {
  communityId: string;
  caseStatus: CaseStatus;
  caseAccess: RecordAccess;
  meetingIsOpen: boolean;
}

/** Whether the caller may see the decision at all: its meeting's details. */
export function mayReadDecision(caller: Caller, decision: DecisionLike): boolean {
  return mayReadMeetingOutcome(caller, { communityId: decision.communityId, isOpen: decision.meetingIsOpen });
}

/** Whether the caller may read the decision's content: its text, recommendation and votes. */
export function mayReadDecisionContent(caller: Caller, decision: DecisionLike): boolean {
  return (
    mayReadDecision(caller, decision) &&
    mayReadCaseContent(caller, { communityId: decision.communityId, status: decision.caseStatus, access: decision.caseAccess })
  );
}

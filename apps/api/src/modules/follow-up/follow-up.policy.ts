import type { Caller } from '../auth/caller.js';
import { actsForPartner } from '../auth/permissions.js';
import { can } from '../auth/policy.js';
import { mayReadCaseContent } from '../case/case.policy.js';

/**
 * Who reads and records the follow-up of binding decisions (ADR 0029): pure functions of the caller and the
 * records. The follow-up is internal to the community: its own users read it (the municipality users among
 * them). The secretariat records any partner's; a municipality user only its own municipality's. A regional
 * council appoints and does nothing else, so it does not record for its members. An API token only reads.
 */
export function mayReadFollowUp(caller: Caller, communityId: string): boolean {
  return can(caller, 'community:read-internal', communityId);
}

/** Whether the caller may record this partner's follow-up in the community. */
export function mayRecordFollowUp(caller: Caller, communityId: string, partnerId: string): boolean {
  if (caller.kind !== 'user' || !can(caller, 'follow-up:record', communityId)) return false;
  return can(caller, 'community:administer', communityId) || actsForPartner(caller.grants, partnerId);
}

/** The decision's text and a follow-up's note are the case's content: exempt ones stay with those who read it. */
export { mayReadCaseContent as mayReadDecisionContent };

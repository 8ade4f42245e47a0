import type { Caller } from '../auth/caller.js';
import { authorize, can } from '../auth/policy.js';

/**
 * Who writes the coordinator's budgets: the community's secretariat. Budgets and their allocation are
 * public (the partners' invoices follow from them), so reading needs no policy.
 */
export function mayEditBudgets(caller: Caller, communityId: string): boolean {
  return can(caller, 'community:administer', communityId);
}

export function assertMayEditBudgets(caller: Caller, communityId: string): void {
  authorize(caller, 'community:administer', communityId);
}

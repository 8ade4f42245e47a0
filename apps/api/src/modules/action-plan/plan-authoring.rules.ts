import type { ActionPlanStatus } from './action-plan.entity.js';

/** The most users who report on one measure: a few people share the reporting, not a whole organ. */
export const MAX_REPORTERS_PER_MEASURE = 10;

/** A plan runs for at most this many years; the seeds' plans run three (2022–2024). */
export const MAX_PLAN_YEARS = 10;

/** Where a plan may go from where it stands: adopted by a case, prolonged once adopted, closed at last. */
const NEXT: Record<ActionPlanStatus, readonly ActionPlanStatus[]> = {
  DRAFT: ['ADOPTED'],
  ADOPTED: ['PROLONGED', 'CLOSED'],
  PROLONGED: ['CLOSED'],
  CLOSED: [],
};

export function mayMoveTo(from: ActionPlanStatus, to: ActionPlanStatus): boolean {
  return NEXT[from].includes(to);
}

/** The lifecycle steps open to a plan that stands at `status`, in the order the UI offers them. */
export function nextStatuses(status: ActionPlanStatus): readonly ActionPlanStatus[] {
  return NEXT[status];
}

/** Whether a period is one a plan can have: in order, and no longer than a plan runs. */
export function periodProblem(periodFrom: number, periodTo: number): 'ORDER' | 'LENGTH' | null {
  if (periodTo < periodFrom) return 'ORDER';
  if (periodTo - periodFrom + 1 > MAX_PLAN_YEARS) return 'LENGTH';
  return null;
}

/** The sibling an element changes places with when moved one step: null when it is first (up) or last (down) already. */
export function neighbourOf<T extends { id: string }>(siblings: readonly T[], id: string, direction: 'UP' | 'DOWN'): T | null {
  const index = siblings.findIndex((sibling) => sibling.id === id);
  if (index < 0) return null;
  return siblings[direction === 'UP' ? index - 1 : index + 1] ?? null;
}

/** Whether an element retired on `retiredOn` (or never) is part of the plan on `date`. */
export function isActiveOn(retiredOn: string | null, date: string): boolean {
  return retiredOn === null || retiredOn > date;
}

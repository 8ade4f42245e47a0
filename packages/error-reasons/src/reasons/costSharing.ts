import { reason } from '../reason.js';

/** Refusals of the coordinator's budget and its allocation among the municipalities. */
export const costSharingReasons = {
  /** The community has no coordinator budget for the year. */
  NO_BUDGET_FOR_YEAR: reason<{ budgetYear: number }>(),
  /** Municipalities (named, comma-separated) lack the population figure the allocation needs. */
  POPULATION_MISSING: reason<{ populationYear: number; budgetYear: number; municipalities: string }>(),
  /** A municipality number that is not four digits. */
  MUNICIPALITY_NUMBER_INVALID: reason<{ municipalityNumber: string }>(),
  /** The same municipality twice in one allocation. */
  MUNICIPALITY_LISTED_TWICE: reason<{ municipalityNumber: string }>(),
  /** An allocation among no municipalities. */
  NO_MUNICIPALITIES: reason(),
  /** Every municipality has population 0, so nobody takes part. */
  NO_PARTICIPATING_MUNICIPALITY: reason(),
  /** The community already has a budget for the year (null when a parallel request made it first). */
  BUDGET_EXISTS: reason<{ budgetYear: number | null }>(),
  /**
   * The budget was saved by someone else after the editor loaded it (the editor's version is older
   * than the stored one): nothing was overwritten; reload to see their change.
   */
  BUDGET_CHANGED: reason<{ budgetYear: number; expectedVersion: number; currentVersion: number }>(),
  /** Changing an existing budget without saying which version of it the change was made from. */
  BUDGET_VERSION_REQUIRED: reason<{ budgetYear: number; currentVersion: number }>(),
  /** Next year's budget starts from a year that has no budget. */
  NO_BUDGET_TO_COPY: reason<{ fromYear: number; budgetYear: number }>(),
} as const;

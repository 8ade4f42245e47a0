/**
 * Upper bounds for the report's text and lists. They stop a runaway paste or a malicious payload from
 * reaching the database or the document export, and the UI uses the same numbers as `maxLength` so the
 * user meets the limit while typing, not on save.
 */
export const TEXT_LIMITS = {
  /** Names of communities, organs, owners, units. */
  name: 200,
  /** Titles of plans, focus areas, measures and indicators. */
  title: 300,
  /** A target's description; a change's from/to value. */
  description: 2_000,
  /** A measure's comment. */
  comment: 5_000,
  /** A focus area's commentary, the report's main prose. */
  commentary: 20_000,
} as const;

export const LIST_LIMITS = {
  sections: 100,
  targets: 200,
  measures: 500,
  gaps: 1_000,
  changes: 2_000,
} as const;

/** Years a report, plan or comparison may name: wide enough for history, narrow enough to catch typos such as 20224. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

/** The largest magnitude of an indicator value: far beyond any count or rate the plan measures, so a slip such as 1e308 is refused. */
export const INDICATOR_VALUE_LIMIT = 1_000_000_000_000;

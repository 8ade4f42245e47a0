/**
 * The status rules of `@helsefellesskap/status-schema` (`effectiveMeasureStatus`, `targetStatus`,
 * `isActiveStatus`, the stale measure of `findGaps`) written as SQL expressions, so a report judges
 * thousands of measures in PostgreSQL instead of loading them into Node. A test runs both on the same
 * grid of inputs and fails when they part (status-sql.int.test.ts).
 *
 * Each function takes SQL expressions for its inputs (columns or parameters, already typed) and answers
 * one expression.
 */

export interface MeasureStatusColumns {
  /** The latest reported status (text, null when none). */
  reported: string;
  /** The latest reported progress in percent (integer, null when none). */
  progress: string;
  startsOn: string;
  endsOn: string;
  /** The day judged on (date). */
  asOf: string;
}

/** `effectiveMeasureStatus(...).status`. */
export function measureStatusSql(c: MeasureStatusColumns): string {
  return `(CASE
    WHEN ${c.reported} IN ('CANCELLED', 'COMPLETED') THEN ${c.reported}
    WHEN ${c.reported} IS NULL AND ${c.progress} >= 100 THEN 'COMPLETED'
    WHEN ${c.endsOn} IS NOT NULL AND ${c.asOf} > ${c.endsOn} THEN 'DELAYED'
    WHEN ${c.reported} IS NOT NULL THEN ${c.reported}
    WHEN ${c.startsOn} IS NOT NULL THEN CASE WHEN ${c.asOf} < ${c.startsOn} THEN 'NOT_STARTED' ELSE 'AT_RISK' END
    WHEN ${c.progress} > 0 THEN 'AT_RISK'
    ELSE 'NOT_STARTED' END)`;
}

/** `isActiveStatus`: a status that still asks for work (not completed, not cancelled). */
export function isActiveStatusSql(status: string): string {
  return `(${status} IN ('ON_TRACK', 'AT_RISK', 'DELAYED', 'NOT_STARTED'))`;
}

/** Past its end date and not finished: what the report calls overdue. */
export function isOverdueSql(status: string, endsOn: string, asOf: string): string {
  return `(${endsOn} IS NOT NULL AND ${asOf} > ${endsOn} AND ${isActiveStatusSql(status)})`;
}

/** The STALE_MEASURE gap of `findGaps`: active, started, and no update for `staleAfterDays` (or never, with no start date). */
export function isStaleSql(c: { status: string; startsOn: string; lastUpdateOn: string; asOf: string; staleAfterDays: string }): string {
  const since = `COALESCE(${c.lastUpdateOn}, ${c.startsOn})`;
  return `(${isActiveStatusSql(c.status)} AND NOT (${c.startsOn} IS NOT NULL AND ${c.startsOn} > ${c.asOf})
    AND (${since} IS NULL OR ${c.asOf} - ${since} >= ${c.staleAfterDays}))`;
}

export interface TargetStatusColumns {
  baseline: string;
  targetValue: string;
  latestValue: string;
  startsOn: string;
  dueDate: string;
  asOf: string;
}

/** `targetStatus`: reached, past due, not measured yet, or on pace (progress against elapsed time). */
export function targetStatusSql(c: TargetStatusColumns): string {
  const reached = `(${c.latestValue} IS NOT NULL AND ${c.targetValue} IS NOT NULL AND CASE
      WHEN ${c.baseline} IS NOT NULL AND ${c.targetValue} > ${c.baseline} THEN ${c.latestValue} >= ${c.targetValue}
      WHEN ${c.baseline} IS NOT NULL AND ${c.targetValue} < ${c.baseline} THEN ${c.latestValue} <= ${c.targetValue}
      ELSE ${c.latestValue} = ${c.targetValue} END)`;
  const noPace = `(${c.baseline} IS NULL OR ${c.targetValue} IS NULL OR ${c.targetValue} = ${c.baseline}
      OR ${c.startsOn} IS NULL OR ${c.dueDate} IS NULL OR ${c.dueDate} <= ${c.startsOn})`;
  const progress = `((${c.latestValue} - ${c.baseline}) / NULLIF(${c.targetValue} - ${c.baseline}, 0))`;
  const elapsed = `LEAST(1, GREATEST(0, (${c.asOf} - ${c.startsOn})::float8 / NULLIF(${c.dueDate} - ${c.startsOn}, 0)))`;
  return `(CASE
    WHEN ${reached} THEN 'COMPLETED'
    WHEN ${c.dueDate} IS NOT NULL AND ${c.asOf} > ${c.dueDate} THEN 'DELAYED'
    WHEN ${c.latestValue} IS NULL THEN 'NOT_STARTED'
    WHEN ${noPace} THEN 'ON_TRACK'
    WHEN ${progress} >= ${elapsed} THEN 'ON_TRACK'
    ELSE 'AT_RISK' END)`;
}

/** Counts of a status column by level, as the GraphQL type `StatusCounts` (one json object). */
export function statusCountsSql(status: string): string {
  return `json_build_object(
    'onTrack', count(*) FILTER (WHERE ${status} = 'ON_TRACK'),
    'atRisk', count(*) FILTER (WHERE ${status} = 'AT_RISK'),
    'delayed', count(*) FILTER (WHERE ${status} = 'DELAYED'),
    'completed', count(*) FILTER (WHERE ${status} = 'COMPLETED'),
    'notStarted', count(*) FILTER (WHERE ${status} = 'NOT_STARTED'),
    'cancelled', count(*) FILTER (WHERE ${status} = 'CANCELLED'),
    'total', count(${status}))`;
}

import { isOverdueSql, isStaleSql, measureStatusSql, statusCountsSql, targetStatusSql } from './status-sql.js';

/**
 * The action plan progress report (SQL and row types): per community and focus area, the measures and
 * targets by their status as known on the period's last day, average progress, overdue and stale
 * measures, the gaps (no professional committee, no measures); the same per community, and the
 * measures by status at the end of each year or quarter of the period.
 *
 * Plans in scope: adopted (or prolonged, or closed) plans of the communities whose period overlaps the
 * report's years (a prolonged plan runs on past its last year); drafts are the secretariat's work in
 * progress, not the community's plan. A focus area, target or measure retired on or before a day is not
 * part of the plan on that day. Status as of a day reads only updates reported on or before it, and an
 * update that was corrected counts as its correction (as `action-plan.repository.ts` reads them).
 *
 * Parameters of every statement: $1 the communities (uuid[], null for every community), $2 the first
 * and $3 the last day of the period, $4 the days without an update after which a measure is stale.
 */

/** Counts by status level, as GraphQL's `StatusCounts`. */
export interface StatusCountsRow {
  onTrack: number;
  atRisk: number;
  delayed: number;
  completed: number;
  notStarted: number;
  cancelled: number;
  total: number;
}

export interface FocusAreaProgressRow {
  communityId: string;
  communityName: string;
  planId: string;
  planTitle: string;
  focusAreaId: string;
  number: number;
  title: string;
  professionalCommittee: string | null;
  measures: StatusCountsRow;
  targets: StatusCountsRow;
  averageProgress: number | null;
  overdueMeasures: number;
  staleMeasures: number;
}

export interface CommunityProgressRow {
  communityId: string;
  communityName: string;
  plans: number;
  focusAreas: number;
  measures: StatusCountsRow;
  targets: StatusCountsRow;
  averageProgress: number | null;
  overdueMeasures: number;
  staleMeasures: number;
  focusAreasWithoutCommittee: number;
  focusAreasWithoutMeasures: number;
}

export interface ProgressPeriodRow {
  communityId: string;
  communityName: string;
  periodStart: string;
  asOf: string;
  measures: StatusCountsRow;
  averageProgress: number | null;
}

const COMMUNITIES = '($1::uuid[] IS NULL OR c.id = ANY($1::uuid[]))';

/** An update that counts: one that was corrected stays in the history but is replaced by its correction. */
const NOT_CORRECTED = 'NOT EXISTS (SELECT 1 FROM status_update c2 WHERE c2.supersedes_id = u.id)';

/** The latest update of measure `m` on or before `asOf` with a condition, as one lateral join. */
function latestUpdate(columns: string, condition: string, asOf: string): string {
  return `LEFT JOIN LATERAL (SELECT ${columns} FROM status_update u WHERE u.measure_id = m.id AND u.reported_on <= ${asOf} ${condition}
      AND ${NOT_CORRECTED} ORDER BY u.reported_on DESC, u.created_at DESC LIMIT 1)`;
}

/** Measures of `scope` (a relation with m.* joined and an `as_of` column) with what was known of them on `as_of`. */
function judgedMeasures(scope: string, asOf: string, extraColumns: string): string {
  const status = measureStatusSql({
    reported: 'reported.status',
    progress: 'progressed.progress',
    startsOn: 'm.starts_on',
    endsOn: 'm.ends_on',
    asOf,
  });
  return `SELECT ${extraColumns}, m.id, m.focus_area_id, m.starts_on, m.ends_on, latest.reported_on AS last_update_on,
      progressed.progress, ${status} AS status
    FROM ${scope}
    ${latestUpdate('u.reported_on', '', asOf)} latest ON true
    ${latestUpdate('u.status', 'AND u.status IS NOT NULL', asOf)} reported ON true
    ${latestUpdate('u.progress', 'AND u.progress IS NOT NULL', asOf)} progressed ON true`;
}

/** The areas in scope on $3 and their measures and targets judged on $3, aggregated per area. */
const AREA_TOTALS = `
  plans AS (
    SELECT p.id, p.community_id, p.title FROM action_plan p JOIN community c ON c.id = p.community_id
    WHERE ${COMMUNITIES} AND p.status <> 'DRAFT'
      AND p.period_from <= extract(year FROM $3::date)::int
      AND (p.period_to >= extract(year FROM $2::date)::int OR p.status = 'PROLONGED')
  ),
  areas AS (
    SELECT f.id, f.plan_id, plans.community_id, plans.title AS plan_title, f.number, f.title, f.responsible_organ_id
    FROM focus_area f JOIN plans ON plans.id = f.plan_id
    WHERE f.retired_on IS NULL OR f.retired_on > $3::date
  ),
  judged AS (
    ${judgedMeasures('measure m JOIN areas a ON a.id = m.focus_area_id', '$3::date', 'a.id AS area_id')}
    WHERE m.retired_on IS NULL OR m.retired_on > $3::date
  ),
  measure_totals AS (
    SELECT a.id AS area_id, ${statusCountsSql('j.status')} AS measures,
      avg(j.progress) FILTER (WHERE j.status <> 'CANCELLED')::float8 AS average_progress,
      sum(j.progress) FILTER (WHERE j.status <> 'CANCELLED') AS progress_sum,
      count(j.progress) FILTER (WHERE j.status <> 'CANCELLED') AS progress_count,
      count(*) FILTER (WHERE ${isOverdueSql('j.status', 'j.ends_on', '$3::date')})::int AS overdue,
      count(*) FILTER (WHERE ${isStaleSql({ status: 'j.status', startsOn: 'j.starts_on', lastUpdateOn: 'j.last_update_on', asOf: '$3::date', staleAfterDays: '$4::int' })})::int AS stale,
      count(*) FILTER (WHERE j.status <> 'CANCELLED')::int AS live_measures
    FROM areas a LEFT JOIN judged j ON j.area_id = a.id GROUP BY a.id
  ),
  target_statuses AS (
    SELECT t.focus_area_id, ${targetStatusSql({
      baseline: 't.baseline::float8',
      targetValue: 't.target_value::float8',
      latestValue: 'latest.indicator_value::float8',
      startsOn: 't.starts_on',
      dueDate: 't.due_date',
      asOf: '$3::date',
    })} AS status
    FROM target t JOIN areas a ON a.id = t.focus_area_id
    LEFT JOIN LATERAL (SELECT u.indicator_value FROM status_update u
      WHERE u.target_id = t.id AND u.reported_on <= $3::date AND u.indicator_value IS NOT NULL AND ${NOT_CORRECTED}
      ORDER BY u.reported_on DESC, u.created_at DESC LIMIT 1) latest ON true
    WHERE t.retired_on IS NULL OR t.retired_on > $3::date
  ),
  target_totals AS (
    SELECT a.id AS area_id, ${statusCountsSql('ts.status')} AS targets
    FROM areas a LEFT JOIN target_statuses ts ON ts.focus_area_id = a.id GROUP BY a.id
  ),
  area_totals AS (
    SELECT a.*, o.name AS committee, mt.measures, mt.average_progress, mt.progress_sum, mt.progress_count, mt.overdue, mt.stale,
      mt.live_measures, tt.targets
    FROM areas a JOIN measure_totals mt ON mt.area_id = a.id JOIN target_totals tt ON tt.area_id = a.id
    LEFT JOIN organ o ON o.id = a.responsible_organ_id
  )`;

/** One row per focus area in scope, by community, plan and number. */
export const FOCUS_AREA_PROGRESS_SQL = `WITH ${AREA_TOTALS}
  SELECT c.id AS "communityId", c.name AS "communityName", at.plan_id AS "planId", at.plan_title AS "planTitle",
    at.id AS "focusAreaId", at.number, at.title, at.committee AS "professionalCommittee", at.measures, at.targets,
    at.average_progress AS "averageProgress", at.overdue AS "overdueMeasures", at.stale AS "staleMeasures"
  FROM area_totals at JOIN community c ON c.id = at.community_id
  ORDER BY c.name, c.id, at.plan_title, at.plan_id, at.number, at.id`;

const sumCounts = (column: string) => `json_build_object(
    'onTrack', COALESCE(sum((${column}->>'onTrack')::int), 0), 'atRisk', COALESCE(sum((${column}->>'atRisk')::int), 0),
    'delayed', COALESCE(sum((${column}->>'delayed')::int), 0), 'completed', COALESCE(sum((${column}->>'completed')::int), 0),
    'notStarted', COALESCE(sum((${column}->>'notStarted')::int), 0), 'cancelled', COALESCE(sum((${column}->>'cancelled')::int), 0),
    'total', COALESCE(sum((${column}->>'total')::int), 0))`;

/** One row per community asked about (every one for a national caller), with or without a plan: the national comparison. */
export const COMMUNITY_PROGRESS_SQL = `WITH ${AREA_TOTALS}
  SELECT c.id AS "communityId", c.name AS "communityName",
    count(DISTINCT at.plan_id)::int AS plans, count(at.id)::int AS "focusAreas",
    ${sumCounts('at.measures')} AS measures, ${sumCounts('at.targets')} AS targets,
    (sum(at.progress_sum)::float8 / NULLIF(sum(at.progress_count), 0)) AS "averageProgress",
    COALESCE(sum(at.overdue), 0)::int AS "overdueMeasures", COALESCE(sum(at.stale), 0)::int AS "staleMeasures",
    count(at.id) FILTER (WHERE at.responsible_organ_id IS NULL)::int AS "focusAreasWithoutCommittee",
    count(at.id) FILTER (WHERE at.live_measures = 0)::int AS "focusAreasWithoutMeasures"
  FROM community c LEFT JOIN area_totals at ON at.community_id = c.id
  WHERE ${COMMUNITIES}
  GROUP BY c.id, c.name ORDER BY c.name, c.id`;

/**
 * Measures by status at the end of each year ($4 = 'year') or quarter ($4 = 'quarter') of the period,
 * the last one judged on $3, per community (this statement's $4 is the interval, not the stale days).
 */
export const PROGRESS_OVER_TIME_SQL = `WITH
  periods AS (
    SELECT start::date AS period_start,
      LEAST((start + CASE WHEN $4::text = 'quarter' THEN interval '3 months' ELSE interval '1 year' END)::date - 1, $3::date) AS as_of
    FROM generate_series(date_trunc($4::text, $2::date), $3::date,
      CASE WHEN $4::text = 'quarter' THEN interval '3 months' ELSE interval '1 year' END) AS start
  ),
  scope AS (
    SELECT c.id AS community_id, c.name AS community_name, pe.period_start, pe.as_of
    FROM community c CROSS JOIN periods pe WHERE ${COMMUNITIES}
  ),
  judged AS (
    ${judgedMeasures(
      `scope s JOIN action_plan p ON p.community_id = s.community_id AND p.status <> 'DRAFT'
        AND p.period_from <= extract(year FROM s.as_of)::int
        AND (p.period_to >= extract(year FROM s.period_start)::int OR p.status = 'PROLONGED')
      JOIN focus_area f ON f.plan_id = p.id AND (f.retired_on IS NULL OR f.retired_on > s.as_of)
      JOIN measure m ON m.focus_area_id = f.id AND (m.retired_on IS NULL OR m.retired_on > s.as_of)`,
      's.as_of',
      's.community_id, s.period_start',
    )}
  )
  SELECT s.community_id AS "communityId", s.community_name AS "communityName", s.period_start AS "periodStart", s.as_of AS "asOf",
    ${statusCountsSql('j.status')} AS measures,
    avg(j.progress) FILTER (WHERE j.status <> 'CANCELLED')::float8 AS "averageProgress"
  FROM scope s LEFT JOIN judged j ON j.community_id = s.community_id AND j.period_start = s.period_start
  GROUP BY s.community_id, s.community_name, s.period_start, s.as_of
  ORDER BY s.community_name, s.community_id, s.period_start`;

/**
 * The follow-up report (SQL and row types): do the municipalities follow up what was agreed. Per
 * community and municipality, the consensus decisions decided in the period (the current decision of a
 * case at a meeting, CONSENSUS) that bind the municipalities that were partners on the day, and how far
 * each municipality has come: its `follow_up` row on the original decision (corrections keep the
 * follow-up), or not started when it has none. Days to adopt: from the decision to the local decision
 * (`local_date`, else the day it was recorded).
 *
 * Parameters: $1 the communities (uuid[], null for every one), $2 the period's first day, $3 its last day.
 */

export interface FollowUpRow {
  communityId: string;
  communityName: string;
  partnerId: string;
  municipalityNumber: string;
  municipalityName: string;
  decisions: number;
  adopted: number;
  inProgress: number;
  notStarted: number;
  declined: number;
  averageDaysToAdopt: number | null;
  medianDaysToAdopt: number | null;
}

export const FOLLOW_UP_SQL = `
  WITH binding AS (
    -- The original is the decision itself unless it is a correction (rare): looked up only then, so the
    -- planner counts the decisions right and joins the follow-up rows by hash.
    SELECT d.id, d.community_id, d.decided_on,
      CASE WHEN d.corrects_decision_id IS NULL THEN d.id ELSE (
        SELECT o.id FROM decision o WHERE o.meeting_id = d.meeting_id AND o.case_id = d.case_id AND o.corrects_decision_id IS NULL) END AS original_id
    FROM decision d
    WHERE ($1::uuid[] IS NULL OR d.community_id = ANY($1::uuid[])) AND d.decided_on BETWEEN $2::date AND $3::date AND d.kind = 'CONSENSUS'
      AND NOT EXISTS (SELECT 1 FROM decision later WHERE later.corrects_decision_id = d.id)
  ),
  -- What each municipality owes, and what it has recorded, counted apart: the follow-up rows join the decisions
  -- once (a hash join), instead of a look-up for every decision and partner.
  bound AS (
    SELECT b.original_id, b.decided_on, p.id AS partner_id
    FROM binding b JOIN partner p ON p.community_id = b.community_id AND p.kind = 'MUNICIPALITY'
      AND (p.joined_on IS NULL OR p.joined_on <= b.decided_on) AND (p.left_on IS NULL OR p.left_on >= b.decided_on)
  ),
  owed AS (SELECT partner_id, count(*)::int AS decisions FROM bound GROUP BY partner_id),
  recorded AS (
    SELECT w.partner_id,
      count(*) FILTER (WHERE f.status = 'ADOPTED')::int AS adopted,
      count(*) FILTER (WHERE f.status = 'IN_PROGRESS')::int AS in_progress,
      count(*) FILTER (WHERE f.status = 'DECLINED')::int AS declined,
      round(avg(COALESCE(f.local_date, (f.updated_at AT TIME ZONE 'Europe/Oslo')::date) - w.decided_on) FILTER (WHERE f.status = 'ADOPTED'), 1)::float8 AS average_days,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY COALESCE(f.local_date, (f.updated_at AT TIME ZONE 'Europe/Oslo')::date) - w.decided_on)
        FILTER (WHERE f.status = 'ADOPTED') AS median_days
    FROM bound w JOIN follow_up f ON f.decision_id = w.original_id AND f.partner_id = w.partner_id
    GROUP BY w.partner_id
  )
  SELECT c.id AS "communityId", c.name AS "communityName", p.id AS "partnerId", p.municipality_number::text AS "municipalityNumber",
    p.name AS "municipalityName", o.decisions,
    COALESCE(r.adopted, 0) AS adopted, COALESCE(r.in_progress, 0) AS "inProgress",
    o.decisions - COALESCE(r.adopted, 0) - COALESCE(r.in_progress, 0) - COALESCE(r.declined, 0) AS "notStarted",
    COALESCE(r.declined, 0) AS declined, r.average_days AS "averageDaysToAdopt", r.median_days AS "medianDaysToAdopt"
  FROM owed o JOIN partner p ON p.id = o.partner_id JOIN community c ON c.id = p.community_id
  LEFT JOIN recorded r ON r.partner_id = o.partner_id
  ORDER BY c.name, c.id, p.municipality_number`;

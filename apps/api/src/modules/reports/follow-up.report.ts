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
    SELECT d.id, d.community_id, d.decided_on,
      (SELECT o.id FROM decision o WHERE o.meeting_id = d.meeting_id AND o.case_id = d.case_id AND o.corrects_decision_id IS NULL) AS original_id
    FROM decision d
    WHERE ($1::uuid[] IS NULL OR d.community_id = ANY($1::uuid[])) AND d.decided_on BETWEEN $2::date AND $3::date AND d.kind = 'CONSENSUS'
      AND NOT EXISTS (SELECT 1 FROM decision later WHERE later.corrects_decision_id = d.id)
  ),
  owed AS (
    SELECT b.community_id, p.id AS partner_id, p.municipality_number::text AS municipality_number, p.name, COALESCE(f.status, 'NOT_STARTED') AS status,
      CASE WHEN f.status = 'ADOPTED' THEN COALESCE(f.local_date, (f.updated_at AT TIME ZONE 'Europe/Oslo')::date) - b.decided_on END AS days
    FROM binding b
    JOIN partner p ON p.community_id = b.community_id AND p.kind = 'MUNICIPALITY'
      AND (p.joined_on IS NULL OR p.joined_on <= b.decided_on) AND (p.left_on IS NULL OR p.left_on >= b.decided_on)
    LEFT JOIN follow_up f ON f.decision_id = b.original_id AND f.partner_id = p.id
  )
  SELECT c.id AS "communityId", c.name AS "communityName", w.partner_id AS "partnerId", w.municipality_number AS "municipalityNumber",
    w.name AS "municipalityName", count(*)::int AS decisions,
    count(*) FILTER (WHERE w.status = 'ADOPTED')::int AS adopted,
    count(*) FILTER (WHERE w.status = 'IN_PROGRESS')::int AS "inProgress",
    count(*) FILTER (WHERE w.status = 'NOT_STARTED')::int AS "notStarted",
    count(*) FILTER (WHERE w.status = 'DECLINED')::int AS declined,
    round(avg(w.days), 1)::float8 AS "averageDaysToAdopt",
    percentile_cont(0.5) WITHIN GROUP (ORDER BY w.days) FILTER (WHERE w.days IS NOT NULL) AS "medianDaysToAdopt"
  FROM owed w JOIN community c ON c.id = w.community_id
  GROUP BY c.id, c.name, w.partner_id, w.municipality_number, w.name
  ORDER BY c.name, c.id, w.municipality_number`;

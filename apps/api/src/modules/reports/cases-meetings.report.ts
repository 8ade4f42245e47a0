/**
 * The cases and meetings report (SQL and row types): are cases handled in time. Per organ and calendar
 * year of the period:
 *
 * - decisions: the current decision of each case at each meeting (the one no correction replaces),
 *   decided in the period, by the case's kind and by the decision's kind; the share decided by consensus
 *   (of the decisions that were consensus or vote); the days from `case_file.submitted_on` to the
 *   decision (postponements left out, they decide nothing);
 * - meetings (not cancelled) dated in the period, judged by the organ's rules in force on the meeting's
 *   date (ADR 0018), as `agenda.rules.ts` judges them: cases on the agenda submitted after the deadline,
 *   with and without the chair's recorded exception; notices sent later than the notice period allows;
 *   minutes sent later than the protocol deadline, or not sent when it has passed (`$4`, today).
 *
 * Counts include exempt cases; no title or text of a case is read.
 *
 * Parameters: $1 the communities (uuid[], null for every one), $2 the period's first day, $3 its last
 * day, $4 today.
 */

export interface CasesMeetingsRow {
  communityId: string;
  communityName: string;
  organId: string;
  organName: string;
  year: number;
  decisions: number;
  decisionCases: number;
  orientationCases: number;
  discussionCases: number;
  consensus: number;
  vote: number;
  noted: number;
  postponed: number;
  /** Consensus of consensus and vote (0..1), null without either. */
  consensusShare: number | null;
  averageDaysToDecision: number | null;
  medianDaysToDecision: number | null;
  meetings: number;
  lateWithException: number;
  lateWithoutException: number;
  lateNotices: number;
  lateMinutes: number;
}

const OSLO_DAY = (column: string) => `(${column} AT TIME ZONE 'Europe/Oslo')::date`;

export const CASES_MEETINGS_SQL = `
  WITH organs AS (
    SELECT o.id, o.name, c.id AS community_id, c.name AS community_name
    FROM organ o JOIN community c ON c.id = o.community_id
    WHERE ($1::uuid[] IS NULL OR c.id = ANY($1::uuid[]))
  ),
  decided AS (
    SELECT d.organ_id, extract(year FROM d.decided_on)::int AS year, d.kind, cf.kind AS case_kind,
      CASE WHEN d.kind <> 'POSTPONED' THEN d.decided_on - cf.submitted_on END AS days
    FROM decision d JOIN organs o ON o.id = d.organ_id JOIN case_file cf ON cf.id = d.case_id
    WHERE d.decided_on BETWEEN $2::date AND $3::date
      AND NOT EXISTS (SELECT 1 FROM decision later WHERE later.corrects_decision_id = d.id)
  ),
  decision_facts AS (
    SELECT organ_id, year, count(*)::int AS decisions,
      count(*) FILTER (WHERE case_kind = 'DECISION')::int AS decision_cases,
      count(*) FILTER (WHERE case_kind = 'ORIENTATION')::int AS orientation_cases,
      count(*) FILTER (WHERE case_kind = 'DISCUSSION')::int AS discussion_cases,
      count(*) FILTER (WHERE kind = 'CONSENSUS')::int AS consensus,
      count(*) FILTER (WHERE kind = 'VOTE')::int AS vote,
      count(*) FILTER (WHERE kind = 'NOTED')::int AS noted,
      count(*) FILTER (WHERE kind = 'POSTPONED')::int AS postponed,
      round(avg(days), 1)::float8 AS average_days,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FILTER (WHERE days IS NOT NULL) AS median_days
    FROM decided GROUP BY organ_id, year
  ),
  meetings AS (
    SELECT m.id, m.organ_id, m.kind, m.state, ${OSLO_DAY('m.starts_at')} AS day, ${OSLO_DAY('m.notice_sent_at')} AS notice_sent_on,
      CASE WHEN m.kind = 'EXTRAORDINARY' THEN COALESCE(r.extraordinary_notice_days, r.case_submission_deadline_days)
        ELSE r.case_submission_deadline_days END AS submission_days,
      CASE WHEN m.kind = 'EXTRAORDINARY' THEN COALESCE(r.extraordinary_notice_days, r.notice_period_days)
        ELSE r.notice_period_days END AS notice_days,
      r.protocol_deadline_days
    FROM meeting m JOIN organs o ON o.id = m.organ_id
    LEFT JOIN LATERAL (
      SELECT v.* FROM organ_rule_version v WHERE v.organ_id = m.organ_id AND v.effective_from <= ${OSLO_DAY('m.starts_at')}
      ORDER BY v.effective_from DESC LIMIT 1
    ) r ON true
    WHERE m.state <> 'CANCELLED' AND ${OSLO_DAY('m.starts_at')} BETWEEN $2::date AND $3::date
  ),
  late_cases AS (
    SELECT a.meeting_id, count(*) FILTER (WHERE a.late_exception_reason IS NOT NULL)::int AS with_exception,
      count(*) FILTER (WHERE a.late_exception_reason IS NULL)::int AS without_exception
    FROM agenda_item a JOIN meetings m ON m.id = a.meeting_id JOIN case_file cf ON cf.id = a.case_id
    WHERE m.submission_days IS NOT NULL AND cf.submitted_on > m.day - m.submission_days
    GROUP BY a.meeting_id
  ),
  meeting_facts AS (
    SELECT m.organ_id, extract(year FROM m.day)::int AS year, count(*)::int AS meetings,
      COALESCE(sum(l.with_exception), 0)::int AS late_with_exception,
      COALESCE(sum(l.without_exception), 0)::int AS late_without_exception,
      count(*) FILTER (WHERE m.notice_days IS NOT NULL AND m.notice_sent_on > m.day - m.notice_days)::int AS late_notices,
      count(*) FILTER (WHERE m.state = 'HELD' AND m.protocol_deadline_days IS NOT NULL
        AND COALESCE(${OSLO_DAY('mi.sent_at')}, $4::date) > m.day + m.protocol_deadline_days)::int AS late_minutes
    FROM meetings m LEFT JOIN late_cases l ON l.meeting_id = m.id LEFT JOIN minutes mi ON mi.meeting_id = m.id
    GROUP BY m.organ_id, extract(year FROM m.day)
  ),
  keys AS (SELECT organ_id, year FROM decision_facts UNION SELECT organ_id, year FROM meeting_facts)
  SELECT o.community_id AS "communityId", o.community_name AS "communityName", o.id AS "organId", o.name AS "organName", k.year,
    COALESCE(d.decisions, 0) AS decisions, COALESCE(d.decision_cases, 0) AS "decisionCases",
    COALESCE(d.orientation_cases, 0) AS "orientationCases", COALESCE(d.discussion_cases, 0) AS "discussionCases",
    COALESCE(d.consensus, 0) AS consensus, COALESCE(d.vote, 0) AS vote, COALESCE(d.noted, 0) AS noted, COALESCE(d.postponed, 0) AS postponed,
    CASE WHEN d.consensus + d.vote > 0 THEN round(d.consensus::numeric / (d.consensus + d.vote), 4)::float8 END AS "consensusShare",
    d.average_days AS "averageDaysToDecision", d.median_days AS "medianDaysToDecision",
    COALESCE(m.meetings, 0) AS meetings, COALESCE(m.late_with_exception, 0) AS "lateWithException",
    COALESCE(m.late_without_exception, 0) AS "lateWithoutException", COALESCE(m.late_notices, 0) AS "lateNotices",
    COALESCE(m.late_minutes, 0) AS "lateMinutes"
  FROM keys k JOIN organs o ON o.id = k.organ_id
  LEFT JOIN decision_facts d ON d.organ_id = k.organ_id AND d.year = k.year
  LEFT JOIN meeting_facts m ON m.organ_id = k.organ_id AND m.year = k.year
  ORDER BY o.community_name, o.community_id, o.name, o.id, k.year`;

/**
 * Attendance in the representation report (SQL and row types): the held meetings in the period that
 * each seat's member or observer was called to (an appointment in force, not cancelled, on the
 * meeting's day), against `meeting_attendance`: attended in person, a deputy stood in, or nobody came.
 * The same calls grouped per seat, per person and per partner (the person's partner, else the partner
 * that appoints the seat).
 *
 * Parameters: $1 the communities (uuid[], null for every one), $2 the period's first day, $3 its last day.
 */

export interface AttendanceCounts {
  called: number;
  attended: number;
  deputised: number;
  absent: number;
  /** Attended in person or by a deputy, of the meetings called to (0..1); null when called to none. */
  share: number | null;
}

export interface SeatAttendanceRow extends AttendanceCounts {
  communityId: string;
  communityName: string;
  organName: string;
  seatId: string;
  seatLabel: string;
  side: string;
}

export interface PersonAttendanceRow extends AttendanceCounts {
  communityId: string;
  communityName: string;
  personId: string;
  personName: string;
}

export interface PartnerAttendanceRow extends AttendanceCounts {
  communityId: string;
  communityName: string;
  partnerId: string | null;
  partnerName: string | null;
}

const CALLED = `
  WITH held AS (
    SELECT m.id, m.organ_id, m.community_id, (m.starts_at AT TIME ZONE 'Europe/Oslo')::date AS day
    FROM meeting m
    WHERE m.state = 'HELD' AND ($1::uuid[] IS NULL OR m.community_id = ANY($1::uuid[]))
      AND (m.starts_at AT TIME ZONE 'Europe/Oslo')::date BETWEEN $2::date AND $3::date
  ),
  called AS (
    SELECT h.community_id, h.organ_id, s.id AS seat_id, s.label, s.side, a.person_id, COALESCE(p.partner_id, s.appointing_partner_id) AS partner_id,
      EXISTS (SELECT 1 FROM meeting_attendance ma WHERE ma.meeting_id = h.id AND ma.appointment_id = a.id) AS attended,
      EXISTS (SELECT 1 FROM meeting_attendance ma WHERE ma.meeting_id = h.id AND ma.stands_in_for_appointment_id = a.id) AS deputised
    FROM held h
    JOIN seat s ON s.organ_id = h.organ_id
    JOIN appointment a ON a.seat_id = s.id AND a.cancelled_at IS NULL AND a.role IN ('MEMBER', 'OBSERVER')
      AND a.starts_on <= h.day AND (a.ends_on IS NULL OR a.ends_on >= h.day)
    JOIN person p ON p.id = a.person_id
  )`;

const COUNTS = `count(*)::int AS called, count(*) FILTER (WHERE k.attended)::int AS attended,
    count(*) FILTER (WHERE NOT k.attended AND k.deputised)::int AS deputised,
    count(*) FILTER (WHERE NOT k.attended AND NOT k.deputised)::int AS absent,
    round(count(*) FILTER (WHERE k.attended OR k.deputised)::numeric / count(*), 4)::float8 AS share`;

export const SEAT_ATTENDANCE_SQL = `${CALLED}
  SELECT c.id AS "communityId", c.name AS "communityName", o.name AS "organName", k.seat_id AS "seatId", k.label AS "seatLabel", k.side, ${COUNTS}
  FROM called k JOIN community c ON c.id = k.community_id JOIN organ o ON o.id = k.organ_id
  GROUP BY c.id, c.name, o.id, o.name, k.seat_id, k.label, k.side
  ORDER BY c.name, c.id, o.name, o.id, k.label`;

export const PERSON_ATTENDANCE_SQL = `${CALLED}
  SELECT c.id AS "communityId", c.name AS "communityName", p.id AS "personId", p.name AS "personName", ${COUNTS}
  FROM called k JOIN community c ON c.id = k.community_id JOIN person p ON p.id = k.person_id
  GROUP BY c.id, c.name, p.id, p.name
  ORDER BY c.name, c.id, p.name, p.id`;

export const PARTNER_ATTENDANCE_SQL = `${CALLED}
  SELECT c.id AS "communityId", c.name AS "communityName", pa.id AS "partnerId", pa.name AS "partnerName", ${COUNTS}
  FROM called k JOIN community c ON c.id = k.community_id LEFT JOIN partner pa ON pa.id = k.partner_id
  GROUP BY c.id, c.name, pa.id, pa.name
  ORDER BY c.name, c.id, pa.name NULLS LAST, pa.id`;

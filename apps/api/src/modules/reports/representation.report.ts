/**
 * The representation report (SQL and row types): per organ, the seats by side, filled and vacant on the
 * period's last day, parity of the voting seats (as `parityOf` in appointment.rules.ts judges it), terms
 * ending within N days; and per regional council, the seats it appoints to. A seat is filled when someone
 * holds it in its own role (member, observer, or the hospital's listed deputy) on the day; cancelled
 * appointments never count. Retired seats and dissolved organs are left out.
 *
 * Parameters: $1 the communities (uuid[], null for every one), $2 the day, $3 the days ahead for terms ending.
 */

export interface OrganRepresentationRow {
  communityId: string;
  communityName: string;
  organId: string;
  organName: string;
  hospitalSeats: number;
  hospitalFilled: number;
  municipalSeats: number;
  municipalFilled: number;
  observerSeats: number;
  observerFilled: number;
  hospitalVotingMembers: number;
  municipalVotingMembers: number;
  balanced: boolean;
  termsEnding: number;
}

export interface CouncilRepresentationRow {
  communityId: string;
  communityName: string;
  regionalCouncilId: string;
  regionalCouncilName: string;
  seats: number;
  filled: number;
  termsEnding: number;
}

const SEATS = `
  seats AS (
    SELECT s.id, s.community_id, s.organ_id, s.side, s.voting, s.appointing_regional_council_id,
      EXISTS (SELECT 1 FROM appointment a WHERE a.seat_id = s.id AND a.cancelled_at IS NULL AND a.role IN ('MEMBER', 'OBSERVER', 'DEPUTY')
        AND a.starts_on <= $2::date AND (a.ends_on IS NULL OR a.ends_on >= $2::date)) AS filled,
      (SELECT count(*) FROM appointment a WHERE a.seat_id = s.id AND a.cancelled_at IS NULL
        AND a.starts_on <= $2::date AND a.ends_on BETWEEN $2::date AND $2::date + $3::int)::int AS terms_ending
    FROM seat s JOIN organ o ON o.id = s.organ_id JOIN community c ON c.id = s.community_id
    WHERE ($1::uuid[] IS NULL OR c.id = ANY($1::uuid[])) AND (s.retired_on IS NULL OR s.retired_on > $2::date)
      AND (o.dissolved_on IS NULL OR o.dissolved_on > $2::date)
  )`;

export const ORGAN_REPRESENTATION_SQL = `WITH ${SEATS},
  totals AS (
    SELECT s.organ_id,
      count(*) FILTER (WHERE s.side = 'HOSPITAL')::int AS hospital_seats,
      count(*) FILTER (WHERE s.side = 'HOSPITAL' AND s.filled)::int AS hospital_filled,
      count(*) FILTER (WHERE s.side = 'MUNICIPAL')::int AS municipal_seats,
      count(*) FILTER (WHERE s.side = 'MUNICIPAL' AND s.filled)::int AS municipal_filled,
      count(*) FILTER (WHERE s.side = 'OBSERVER')::int AS observer_seats,
      count(*) FILTER (WHERE s.side = 'OBSERVER' AND s.filled)::int AS observer_filled,
      count(*) FILTER (WHERE s.voting AND s.side = 'HOSPITAL')::int AS hospital_voting_seats,
      count(*) FILTER (WHERE s.voting AND s.side = 'MUNICIPAL')::int AS municipal_voting_seats,
      count(*) FILTER (WHERE s.voting AND s.side = 'HOSPITAL' AND s.filled)::int AS hospital_voting_members,
      count(*) FILTER (WHERE s.voting AND s.side = 'MUNICIPAL' AND s.filled)::int AS municipal_voting_members,
      COALESCE(sum(s.terms_ending), 0)::int AS terms_ending
    FROM seats s GROUP BY s.organ_id
  )
  SELECT c.id AS "communityId", c.name AS "communityName", o.id AS "organId", o.name AS "organName",
    t.hospital_seats AS "hospitalSeats", t.hospital_filled AS "hospitalFilled", t.municipal_seats AS "municipalSeats",
    t.municipal_filled AS "municipalFilled", t.observer_seats AS "observerSeats", t.observer_filled AS "observerFilled",
    t.hospital_voting_members AS "hospitalVotingMembers", t.municipal_voting_members AS "municipalVotingMembers",
    (t.hospital_voting_seats = t.municipal_voting_seats AND t.hospital_voting_members = t.municipal_voting_members
      AND t.hospital_voting_members = t.hospital_voting_seats AND t.municipal_voting_members = t.municipal_voting_seats) AS balanced,
    t.terms_ending AS "termsEnding"
  FROM totals t JOIN organ o ON o.id = t.organ_id JOIN community c ON c.id = o.community_id
  ORDER BY c.name, c.id, o.name, o.id`;

export const COUNCIL_REPRESENTATION_SQL = `WITH ${SEATS}
  SELECT c.id AS "communityId", c.name AS "communityName", r.id AS "regionalCouncilId", r.name AS "regionalCouncilName",
    count(s.id)::int AS seats, count(s.id) FILTER (WHERE s.filled)::int AS filled, COALESCE(sum(s.terms_ending), 0)::int AS "termsEnding"
  FROM regional_council r JOIN community c ON c.id = r.community_id
  LEFT JOIN seats s ON s.appointing_regional_council_id = r.id
  WHERE ($1::uuid[] IS NULL OR c.id = ANY($1::uuid[]))
  GROUP BY c.id, c.name, r.id, r.name ORDER BY c.name, c.id, r.name, r.id`;

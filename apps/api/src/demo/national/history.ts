import { yearOf } from '@helsefellesskap/calendar';
import type { CommunitySeeding } from './national-scale.js';
import type { Register } from './register.js';

/** What runs the statements: the seeding's data source (kept to this, so the history talks SQL only). */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** Cases on each past meeting's agenda. */
const CASES_PER_MEETING = 6;

/**
 * The last two years of the SSU and the partnership meeting as the analysts' reports read them: four
 * held meetings a year, each with its cases (every third exempt), agenda, decisions (mostly consensus,
 * some votes, postponements and orientations taken to note), minutes, who attended, and each
 * municipality's follow-up of the consensus decisions. Some notices, submissions and minutes come late,
 * some members stay away, some municipalities have not started: the reports have something to count.
 *
 * Written in bulk with set-based SQL (seven statements per organ), not through the services: the
 * decisions, minutes and follow-up services are built elsewhere, and at national scale (some 6 000
 * decisions and 40 000 follow-ups) one call per row would take the seeding minutes. The rows are those
 * the services write (migration 1765900000000); no audit events are written for this history.
 */
export async function seedHistory(manager: SqlRunner, { communityId, index, today }: CommunitySeeding, register: Register): Promise<void> {
  const thisYear = yearOf(today);
  for (const organ of [register.ssu, register.partnership]) {
    const parameters = [communityId, organ.id, thisYear - 2, thisYear - 1, index];
    await manager.query(
      `INSERT INTO meeting (community_id, organ_id, starts_at, ends_at, place, state, notice_sent_at)
       SELECT $1, $2, at, at + interval '5 hours', 'Møterom Samhandling', 'HELD',
         at - CASE WHEN (q + y + $5::int) % 5 = 0 THEN interval '9 days' ELSE interval '16 days' END
       FROM generate_series($3::int, $4::int) y, generate_series(1, 4) q,
         LATERAL (SELECT (make_date(y, q * 3 - 1, 12) + time '10:00') AT TIME ZONE 'Europe/Oslo' AS at) moment`,
      parameters,
    );
    const meetings = `SELECT m.id, m.starts_at, (m.starts_at AT TIME ZONE 'Europe/Oslo')::date AS day,
        (row_number() OVER (PARTITION BY extract(year FROM m.starts_at) ORDER BY m.starts_at))::int AS place
      FROM meeting m WHERE m.community_id = $1 AND m.organ_id = $2 AND m.state = 'HELD' AND extract(year FROM m.starts_at) BETWEEN $3 AND $4`;
    await manager.query(
      `INSERT INTO case_file (community_id, organ_id, year, number, reference, title, kind, status, submitted_on, access, exemption_basis, public_title)
       SELECT $1, $2, extract(year FROM m.day)::int, n, 'Sak ' || n || '/' || extract(year FROM m.day),
         'Sak om samhandling ' || n, CASE WHEN n % 4 = 0 THEN 'ORIENTATION' WHEN n % 9 = 0 THEN 'DISCUSSION' ELSE 'DECISION' END, 'DECIDED',
         m.day - (18 + (n * 7 + $5::int) % 30), CASE WHEN n % 3 = 0 THEN 'EXEMPT' ELSE 'PUBLIC' END,
         CASE WHEN n % 3 = 0 THEN 'Offl. § 14' END, CASE WHEN n % 3 = 0 THEN 'Internt arbeidsdokument' END
       FROM (${meetings}) m, LATERAL generate_series((m.place - 1) * ${CASES_PER_MEETING} + 1, m.place * ${CASES_PER_MEETING}) n
       ON CONFLICT DO NOTHING`,
      parameters,
    );
    // Each case on the agenda of the meeting it was registered for; a late one carries the chair's exception half the time.
    const cases = `SELECT m.id AS meeting_id, m.day, c.id AS case_id, c.number, c.kind, c.submitted_on,
        c.number - (m.place - 1) * ${CASES_PER_MEETING} AS position
      FROM (${meetings}) m JOIN case_file c ON c.organ_id = $2 AND c.year = extract(year FROM m.day)
        AND c.number BETWEEN (m.place - 1) * ${CASES_PER_MEETING} + 1 AND m.place * ${CASES_PER_MEETING}`;
    await manager.query(
      `INSERT INTO agenda_item (meeting_id, case_id, position, late_exception_reason, late_exception_recorded_at, added_at)
       SELECT k.meeting_id, k.case_id, k.position,
         CASE WHEN k.submitted_on > k.day - 28 AND k.number % 2 = 0 THEN 'Haster: frist i avtalen' END,
         CASE WHEN k.submitted_on > k.day - 28 AND k.number % 2 = 0 THEN k.submitted_on::timestamptz END, k.submitted_on::timestamptz
       FROM (${cases}) k`,
      parameters.slice(0, 4),
    );
    await manager.query(
      `INSERT INTO decision (community_id, organ_id, meeting_id, case_id, kind, text, decided_on, recorded_at)
       SELECT $1, $2, k.meeting_id, k.case_id,
         CASE WHEN k.kind = 'ORIENTATION' THEN 'NOTED' WHEN k.number % 11 = 0 THEN 'POSTPONED' WHEN (k.number + $5::int) % 7 = 0 THEN 'VOTE'
           ELSE 'CONSENSUS' END,
         'Saken ble behandlet.', k.day, k.day::timestamptz
       FROM (${cases}) k`,
      parameters,
    );
    await manager.query(
      `INSERT INTO minutes (meeting_id, community_id, body, sent_at, approved_on, approved_by_silence)
       SELECT m.id, $1, 'Protokoll', m.starts_at + (7 + (m.place * 5 + $5::int) % 14) * interval '1 day',
         (m.starts_at + (21 + (m.place * 5 + $5::int) % 14) * interval '1 day')::date, true
       FROM (${meetings}) m`,
      parameters,
    );
    // The members and observers called to each meeting; about one in six stays away.
    await manager.query(
      `INSERT INTO meeting_attendance (community_id, meeting_id, appointment_id, person_id, recorded_at)
       SELECT $1, m.id, a.id, a.person_id, m.starts_at
       FROM (${meetings}) m JOIN seat s ON s.organ_id = $2
       JOIN appointment a ON a.seat_id = s.id AND a.cancelled_at IS NULL AND a.role IN ('MEMBER', 'OBSERVER')
         AND a.starts_on <= m.day AND (a.ends_on IS NULL OR a.ends_on >= m.day)
       WHERE abs(hashtext(a.id::text || m.id::text || $5::text)) % 6 <> 0`,
      parameters,
    );
    // Each municipality's follow-up of the consensus decisions: adopted, in progress, declined, or not started (no row).
    await manager.query(
      `INSERT INTO follow_up (decision_id, partner_id, community_id, status, local_reference, local_date, updated_at)
       SELECT d.id, p.id, $1, status.value, CASE WHEN status.value = 'ADOPTED' THEN 'K-sak ' || (h % 90 + 1) END,
         CASE WHEN status.value IN ('ADOPTED', 'DECLINED') THEN d.decided_on + 20 + h % 100 END, d.decided_on::timestamptz + interval '30 days'
       FROM decision d JOIN partner p ON p.community_id = $1 AND p.kind = 'MUNICIPALITY',
         LATERAL (SELECT abs(hashtext(d.id::text || p.id::text || $5::text)) AS h) hash,
         LATERAL (SELECT CASE WHEN h % 10 < 6 THEN 'ADOPTED' WHEN h % 10 < 8 THEN 'IN_PROGRESS' WHEN h % 10 = 8 THEN 'DECLINED' END AS value) status
       WHERE d.organ_id = $2 AND d.kind = 'CONSENSUS' AND extract(year FROM d.decided_on) BETWEEN $3 AND $4 AND status.value IS NOT NULL`,
      parameters,
    );
  }
}

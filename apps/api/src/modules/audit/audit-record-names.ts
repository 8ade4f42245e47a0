const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * For each audited record type, one statement that names records by id ($1, text[]): the name a
 * reader knows the record by, built from the record's own data only (names, labels, years), so it
 * needs no translation. A composite name joins its parts with " – ". Ids in these tables are uuids
 * except a population's (`partnerId/year`), a rule version's (`organId/effectiveFrom`), a follow-up's
 * (`decisionId/partnerId`) and an import's (the file's hash).
 */
const NAME_STATEMENTS: Readonly<Record<string, { sql: string; ids?: (id: string) => boolean }>> = {
  Community: { sql: `SELECT id::text AS id, name FROM community WHERE id = ANY($1::uuid[])` },
  Partner: { sql: `SELECT id::text AS id, name FROM partner WHERE id = ANY($1::uuid[])` },
  PartnerPopulation: {
    sql: `SELECT k.id, p.name || ' – ' || split_part(k.id, '/', 2) AS name
          FROM unnest($1::text[]) AS k(id) JOIN partner p ON p.id = split_part(k.id, '/', 1)::uuid`,
    ids: (id) => /^[0-9a-f-]{36}\/[0-9]{4}$/i.test(id) && UUID.test(id.slice(0, 36)),
  },
  RegionalCouncil: { sql: `SELECT id::text AS id, name FROM regional_council WHERE id = ANY($1::uuid[])` },
  Organ: { sql: `SELECT id::text AS id, name FROM organ WHERE id = ANY($1::uuid[])` },
  OrganRuleVersion: {
    sql: `SELECT k.id, o.name || ' – ' || split_part(k.id, '/', 2) AS name
          FROM unnest($1::text[]) AS k(id) JOIN organ o ON o.id = split_part(k.id, '/', 1)::uuid`,
    ids: (id) => /^[0-9a-f-]{36}\/[0-9]{4}-[0-9]{2}-[0-9]{2}$/i.test(id) && UUID.test(id.slice(0, 36)),
  },
  // An import has no row of its own (its id is the file's hash): it is named by the years it changed.
  PopulationImport: {
    sql: `SELECT e.entity_id AS id, string_agg(DISTINCT f.figure->>'year', ', ' ORDER BY f.figure->>'year') AS name
          FROM audit_event e CROSS JOIN LATERAL jsonb_array_elements(e.after->'figures') AS f(figure)
          WHERE e.entity_type = 'PopulationImport' AND e.entity_id = ANY($1::text[]) GROUP BY e.entity_id`,
    ids: (id) => /^[0-9a-f]{64}$/i.test(id),
  },
  CoordinatorBudget: { sql: `SELECT id::text AS id, budget_year::text AS name FROM coordinator_budget WHERE id = ANY($1::uuid[])` },
  User: { sql: `SELECT id::text AS id, name FROM app_user WHERE id = ANY($1::uuid[])` },
  RoleAssignment: {
    sql: `SELECT r.id::text AS id, u.name FROM role_assignment r JOIN app_user u ON u.id = r.user_id WHERE r.id = ANY($1::uuid[])`,
  },
  Person: { sql: `SELECT id::text AS id, name FROM person WHERE id = ANY($1::uuid[])` },
  Seat: {
    sql: `SELECT s.id::text AS id, o.name || ' – ' || s.label AS name FROM seat s JOIN organ o ON o.id = s.organ_id WHERE s.id = ANY($1::uuid[])`,
  },
  Appointment: {
    sql: `SELECT a.id::text AS id, p.name || ' – ' || s.label AS name
          FROM appointment a JOIN person p ON p.id = a.person_id JOIN seat s ON s.id = a.seat_id WHERE a.id = ANY($1::uuid[])`,
  },
  CaseAttachment: {
    sql: `SELECT a.id::text AS id, c.reference || ' – ' || a.position::text AS name
          FROM case_attachment a JOIN case_file c ON c.id = a.case_id WHERE a.id = ANY($1::uuid[])`,
  },
  Case: { sql: `SELECT id::text AS id, reference AS name FROM case_file WHERE id = ANY($1::uuid[])` },
  ActionPlan: { sql: `SELECT id::text AS id, title AS name FROM action_plan WHERE id = ANY($1::uuid[])` },
  FocusArea: { sql: `SELECT id::text AS id, title AS name FROM focus_area WHERE id = ANY($1::uuid[])` },
  Target: { sql: `SELECT id::text AS id, description AS name FROM target WHERE id = ANY($1::uuid[])` },
  Measure: { sql: `SELECT id::text AS id, title AS name FROM measure WHERE id = ANY($1::uuid[])` },
  StatusUpdate: {
    sql: `SELECT u.id::text AS id, coalesce(m.title, t.description) || ' – ' || u.reported_on::text AS name
          FROM status_update u LEFT JOIN measure m ON m.id = u.measure_id LEFT JOIN target t ON t.id = u.target_id
          WHERE u.id = ANY($1::uuid[])`,
  },
  StatusReport: {
    sql: `SELECT r.id::text AS id, p.title || ' – ' || r.year::text AS name
          FROM status_report r JOIN action_plan p ON p.id = r.plan_id WHERE r.id = ANY($1::uuid[])`,
  },
  Meeting: {
    sql: `SELECT m.id::text AS id, o.name || ' – ' || to_char(m.starts_at AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD HH24:MI') AS name
          FROM meeting m JOIN organ o ON o.id = m.organ_id WHERE m.id = ANY($1::uuid[])`,
  },
  MeetingPlan: {
    sql: `SELECT k.id, o.name || ' – ' || split_part(k.id, '/', 2) AS name
          FROM unnest($1::text[]) AS k(id) JOIN organ o ON o.id = split_part(k.id, '/', 1)::uuid`,
    ids: (id) => /^[0-9a-f-]{36}\/[0-9]{4}$/i.test(id) && UUID.test(id.slice(0, 36)),
  },
  AgendaItem: {
    sql: `SELECT a.id::text AS id, o.name || ' – ' || to_char(m.starts_at AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD') || ' – ' || a.position::text AS name
          FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id JOIN organ o ON o.id = m.organ_id WHERE a.id = ANY($1::uuid[])`,
  },
  // A notice is named by its meeting (its id): the organ and the meeting's date in Norway.
  MeetingNotice: {
    sql: `SELECT m.id::text AS id, o.name || ' – ' || to_char(m.starts_at AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD') AS name
          FROM meeting m JOIN organ o ON o.id = m.organ_id WHERE m.id = ANY($1::uuid[])`,
  },
  MeetingAbsence: {
    sql: `SELECT ab.id::text AS id, p.name || ' – ' || o.name || ' ' || to_char(m.starts_at AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD') AS name
          FROM meeting_absence ab JOIN appointment a ON a.id = ab.member_appointment_id JOIN person p ON p.id = a.person_id
          JOIN meeting m ON m.id = ab.meeting_id JOIN organ o ON o.id = m.organ_id WHERE ab.id = ANY($1::uuid[])`,
  },
  // A meeting's attendance is named by its meeting (its id), like the notice.
  MeetingAttendance: {
    sql: `SELECT m.id::text AS id, o.name || ' – ' || to_char(m.starts_at AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD') AS name
          FROM meeting m JOIN organ o ON o.id = m.organ_id WHERE m.id = ANY($1::uuid[])`,
  },
  // A decision by its case's reference (never its title: the case may be exempt) and the meeting's date.
  Decision: {
    sql: `SELECT d.id::text AS id, c.reference || ' – ' || to_char(d.decided_on, 'YYYY-MM-DD') AS name
          FROM decision d JOIN case_file c ON c.id = d.case_id WHERE d.id = ANY($1::uuid[])`,
  },
  // A partner's follow-up of a decision: the case's reference (public even for an exempt case) and the partner.
  FollowUp: {
    sql: `SELECT k.id, c.reference || ' – ' || p.name AS name
          FROM unnest($1::text[]) AS k(id) JOIN decision d ON d.id = split_part(k.id, '/', 1)::uuid
          JOIN case_file c ON c.id = d.case_id JOIN partner p ON p.id = split_part(k.id, '/', 2)::uuid`,
    ids: (id) => /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/i.test(id) && UUID.test(id.slice(0, 36)) && UUID.test(id.slice(37)),
  },
};

/** The record types the log can name (a test checks it covers every type the services record). */
export const NAMED_RECORD_TYPES = Object.keys(NAME_STATEMENTS);

/** The statement naming records of one type, with the ids it can take; undefined when there is nothing to ask. */
export function recordNameStatement(entityType: string, ids: readonly string[]): { sql: string; ids: string[] } | undefined {
  const statement = NAME_STATEMENTS[entityType];
  const valid = statement ? ids.filter(statement.ids ?? ((id) => UUID.test(id))) : [];
  return statement && valid.length > 0 ? { sql: statement.sql, ids: valid } : undefined;
}

/** Runs one read statement and returns its rows (a DataSource's or a test app's `query`). */
export type Sql = <Row>(text: string, parameters?: unknown[]) => Promise<Row[]>;

/** The real records of a data set that the pages are opened for, as a user would open them. */
export interface BenchSubjects {
  /** The day the data set was loaded for; the pages' "as of" dates. */
  today: string;
  /** The community whose pages are opened (register, councils, organs, budget, users, audit). */
  communityId: string;
  /** The community's newest action plan, else the newest of another community (the demo has one plan, in its other community). */
  planId: string;
  planCommunityId: string;
  /** The community's first regional council by name (its page, appointments ending soon). */
  regionalCouncilId: string;
  /** The newest year with a status report of the plan (frozen or draft). */
  reportYear: number;
  /** The newest year with a coordinator budget. */
  budgetYear: number;
  /** The newest year with municipal populations (the nested listing's `population(year:)`). */
  populationYear: number;
  /** The community's municipalities with that year's populations (the what-if form's list). */
  municipalities: { municipalityNumber: string; name: string; population: number }[];
  /** The newest case of the community, else of another (the demo's cases are in its other community): its page and its organ's list. */
  caseId: string;
  caseCommunityId: string;
  caseOrganId: string;
  /** The community's next meeting (the notice panel, attendance). */
  meetingId: string;
}

/** Stands for the meeting in a data set that has none: its pages then answer not found. */
const NO_MEETING = '00000000-0000-4000-8000-000000000000';

/** The demo's community with regional councils and a budget (its plan is in the other community). */
export const DEMO_COMMUNITY_NAME = 'Helsefellesskap Helgeland';

export async function findCommunityByName(sql: Sql, name: string): Promise<string> {
  const [row] = await sql<{ id: string }>('SELECT id FROM community WHERE name = $1', [name]);
  if (!row) throw new Error(`No community named ${name}: is the data set loaded?`);
  return row.id;
}

/**
 * The community of the national data set with the most measures, or null when there is none: the
 * national set is every community beyond the demo's two (its names never clash with theirs).
 */
export async function findNationalCommunity(sql: Sql, demoNames: readonly string[]): Promise<string | null> {
  const [schema] = await sql<{ migrated: boolean }>(`SELECT to_regclass('community') IS NOT NULL AS migrated`);
  if (!schema?.migrated) return null;
  const [row] = await sql<{ id: string }>(
    `SELECT c.id FROM community c
       JOIN action_plan p ON p.community_id = c.id
       JOIN focus_area f ON f.plan_id = p.id
       JOIN measure m ON m.focus_area_id = f.id
      WHERE c.name <> ALL($1::text[])
      GROUP BY c.id, c.name ORDER BY count(*) DESC, c.name LIMIT 1`,
    [demoNames],
  );
  return row?.id ?? null;
}

export async function findSubjects(sql: Sql, communityId: string, today: string): Promise<BenchSubjects> {
  const [plan] = await sql<{ id: string; communityId: string; reportYear: number | null; periodFrom: number; periodTo: number }>(
    `SELECT p.id, p.community_id AS "communityId", p.period_from AS "periodFrom", p.period_to AS "periodTo",
            (SELECT max(r.year) FROM status_report r WHERE r.plan_id = p.id) AS "reportYear"
       FROM action_plan p ORDER BY p.community_id = $1 DESC, p.period_from DESC, p.id LIMIT 1`,
    [communityId],
  );
  const [council] = await sql<{ id: string }>('SELECT id FROM regional_council WHERE community_id = $1 ORDER BY name LIMIT 1', [
    communityId,
  ]);
  const [budget] = await sql<{ year: number | null }>('SELECT max(budget_year) AS year FROM coordinator_budget WHERE community_id = $1', [
    communityId,
  ]);
  const [population] = await sql<{ year: number | null }>(
    `SELECT max(pp.year) AS year FROM partner_population pp JOIN partner p ON p.id = pp.partner_id WHERE p.community_id = $1`,
    [communityId],
  );
  if (!plan || !council || budget?.year == null || population?.year == null) {
    throw new Error(`Community ${communityId} lacks a plan, a regional council, a budget or populations: the bench needs all four.`);
  }
  const municipalities = await sql<{ municipalityNumber: string; name: string; population: number }>(
    `SELECT p.municipality_number AS "municipalityNumber", p.name, pp.population
       FROM partner p JOIN partner_population pp ON pp.partner_id = p.id AND pp.year = $2
      WHERE p.community_id = $1 AND p.municipality_number IS NOT NULL ORDER BY p.municipality_number`,
    [communityId, population.year],
  );
  const [newestCase] = await sql<{ id: string; communityId: string; organId: string }>(
    `SELECT id, community_id AS "communityId", organ_id AS "organId" FROM case_file
      ORDER BY community_id = $1 DESC, year DESC, number DESC LIMIT 1`,
    [communityId],
  );
  if (!newestCase) throw new Error('The data set has no case: the bench opens a case and its list (load the demo data).');
  // The community's next meeting; a data set without meetings (a demo loaded before its meetings) still benches the rest.
  const [meeting] = await sql<{ id: string }>(
    `SELECT id FROM meeting ORDER BY community_id = $1 DESC, starts_at >= now() DESC, starts_at LIMIT 1`,
    [communityId],
  );
  const thisYear = Number(today.slice(0, 4));
  return {
    today,
    communityId,
    planId: plan.id,
    planCommunityId: plan.communityId,
    regionalCouncilId: council.id,
    // Without reports yet, the year the admin offers first: last year, within the plan's period.
    reportYear: plan.reportYear ?? Math.max(plan.periodFrom, Math.min(plan.periodTo, thisYear - 1)),
    budgetYear: budget.year,
    populationYear: population.year,
    municipalities,
    caseId: newestCase.id,
    caseCommunityId: newestCase.communityId,
    caseOrganId: newestCase.organId,
    meetingId: meeting?.id ?? NO_MEETING,
  };
}

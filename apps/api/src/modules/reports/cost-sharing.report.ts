/**
 * The cost sharing report (SQL and row types): per community, budget year and municipality, what the
 * municipality pays of the coordinator budget and the population behind it. The allocation rule of
 * `cost-sharing/allocation.ts` (ADR 0001) written in SQL: exact numeric arithmetic over one common
 * denominator, then whole kroner by the largest remainder (ties to the lower municipality number), so
 * the lines add up to the municipal share. A test runs both on every budget of the demo and national
 * data and on generated ones (cost-sharing-report.int.test.ts).
 *
 * The municipalities of a year are the community's municipalities that are partners in it, with the
 * population per 1 January of the year before. A year where one of them has no population recorded is
 * not allocated (the cost sharing page refuses it too): its amounts are null and `populationMissing` is
 * true, the populations that are known are still shown.
 *
 * Parameters: $1 the communities (uuid[], null for every one), $2 the period's first day, $3 its last day.
 */

export interface CostSharingRow {
  communityId: string;
  communityName: string;
  budgetYear: number;
  populationYear: number;
  municipalityNumber: string;
  municipalityName: string;
  /** Null when not recorded for the population year. */
  population: number | null;
  /** The municipality's share of the year's population (0..1), null when the year is not allocated. */
  populationShare: number | null;
  /** The year's municipal share: the cost lines less the state grant, never below zero. */
  municipalShare: number;
  fixedSharePpm: number;
  /** What the municipality pays in whole kroner, null when the year is not allocated. */
  amount: number | null;
  /** Whole kroner per inhabitant (two decimals), null without population or allocation. */
  kronerPerInhabitant: number | null;
  populationMissing: boolean;
}

export const COST_SHARING_SQL = `
  WITH budgets AS (
    SELECT b.id, b.community_id, b.budget_year, b.fixed_share_ppm::numeric AS ppm,
      GREATEST(0, COALESCE((SELECT sum(l.amount) FROM coordinator_budget_cost_line l WHERE l.budget_id = b.id), 0) - b.state_grant)::numeric AS share
    FROM coordinator_budget b
    WHERE ($1::uuid[] IS NULL OR b.community_id = ANY($1::uuid[]))
      AND b.budget_year BETWEEN extract(year FROM $2::date)::int AND extract(year FROM $3::date)::int
  ),
  members AS (
    SELECT b.*, p.id AS partner_id, p.name, p.municipality_number::text AS municipality_number, pp.population::numeric AS population,
      count(*) FILTER (WHERE pp.population > 0) OVER w AS participants,
      sum(pp.population) FILTER (WHERE pp.population > 0) OVER w AS total_population,
      count(*) FILTER (WHERE pp.population IS NULL) OVER w AS missing
    FROM budgets b
    JOIN partner p ON p.community_id = b.community_id AND p.kind = 'MUNICIPALITY'
      AND (p.joined_on IS NULL OR p.joined_on <= make_date(b.budget_year, 12, 31))
      AND (p.left_on IS NULL OR p.left_on >= make_date(b.budget_year, 1, 1))
    LEFT JOIN partner_population pp ON pp.partner_id = p.id AND pp.year = b.budget_year - 1
    WINDOW w AS (PARTITION BY b.id)
  ),
  exact AS (
    SELECT m.*, CASE WHEN m.missing = 0 AND m.participants > 0 AND m.population > 0 THEN
        m.share * (m.ppm * m.total_population + (1000000 - m.ppm) * m.participants * m.population) END AS numerator,
      1000000 * m.participants * m.total_population AS denominator
    FROM members m
  ),
  divided AS (
    SELECT e.*, div(e.numerator, e.denominator) AS quotient, mod(e.numerator, e.denominator) AS remainder FROM exact e
  ),
  ranked AS (
    SELECT d.*, d.share - sum(d.quotient) OVER (PARTITION BY d.id) AS leftover,
      row_number() OVER (PARTITION BY d.id ORDER BY d.remainder > 0 DESC, d.remainder DESC NULLS LAST, d.municipality_number) AS place
    FROM divided d
  ),
  allocated AS (
    SELECT r.*, CASE WHEN r.missing > 0 OR r.participants = 0 THEN NULL
        WHEN r.numerator IS NULL THEN 0
        ELSE r.quotient + CASE WHEN r.remainder > 0 AND r.place <= r.leftover THEN 1 ELSE 0 END END AS amount
    FROM ranked r
  )
  SELECT c.id AS "communityId", c.name AS "communityName", a.budget_year AS "budgetYear", a.budget_year - 1 AS "populationYear",
    a.municipality_number AS "municipalityNumber", a.name AS "municipalityName", a.population::int AS population,
    CASE WHEN a.missing = 0 AND a.total_population > 0 THEN round(COALESCE(a.population, 0) / a.total_population, 6)::float8 END AS "populationShare",
    a.share::float8 AS "municipalShare", a.ppm::int AS "fixedSharePpm", a.amount::float8 AS amount,
    CASE WHEN a.population > 0 AND a.amount IS NOT NULL THEN round(a.amount / a.population, 2)::float8 END AS "kronerPerInhabitant",
    a.missing > 0 AS "populationMissing"
  FROM allocated a JOIN community c ON c.id = a.community_id
  ORDER BY c.name, c.id, a.budget_year, a.municipality_number`;

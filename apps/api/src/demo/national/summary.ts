import type { DataSource } from 'typeorm';
import { selectRows } from '../../database/rows.js';

/** What the national data set holds after a run, counted in the database, and the ids a benchmark starts from. */
export interface NationalSummary {
  /** Communities this run added, and those it found already there and left as they were. */
  created: number;
  skipped: number;
  communities: number;
  municipalities: number;
  hospitalTrusts: number;
  populationFigures: number;
  regionalCouncils: number;
  organs: number;
  seats: number;
  people: number;
  appointments: number;
  plans: number;
  focusAreas: number;
  targets: number;
  measures: number;
  statusUpdates: number;
  frozenReports: number;
  budgets: number;
  /** The set's first community, its SSU and its action plan. */
  sample: { communityId: string; ssuOrganId: string; planId: string };
}

type Counts = Omit<NationalSummary, 'created' | 'skipped' | 'sample'>;

/** One statement: each count restricted to the given communities (the national set, not the demo's); int, so pg answers numbers. */
export async function countNationalData(dataSource: DataSource, communityIds: readonly string[]): Promise<Counts> {
  const [row] = await selectRows<Counts>(
    dataSource.manager,
    `SELECT
       (SELECT count(*)::int FROM community WHERE id = ANY($1)) AS "communities",
       (SELECT count(*)::int FROM partner WHERE community_id = ANY($1) AND kind = 'MUNICIPALITY') AS "municipalities",
       (SELECT count(*)::int FROM partner WHERE community_id = ANY($1) AND kind = 'HOSPITAL_TRUST') AS "hospitalTrusts",
       (SELECT count(*)::int FROM partner_population p JOIN partner ON partner.id = p.partner_id WHERE partner.community_id = ANY($1)) AS "populationFigures",
       (SELECT count(*)::int FROM regional_council WHERE community_id = ANY($1)) AS "regionalCouncils",
       (SELECT count(*)::int FROM organ WHERE community_id = ANY($1)) AS "organs",
       (SELECT count(*)::int FROM seat WHERE community_id = ANY($1)) AS "seats",
       (SELECT count(*)::int FROM person WHERE community_id = ANY($1)) AS "people",
       (SELECT count(*)::int FROM appointment WHERE community_id = ANY($1)) AS "appointments",
       (SELECT count(*)::int FROM action_plan WHERE community_id = ANY($1)) AS "plans",
       (SELECT count(*)::int FROM focus_area WHERE community_id = ANY($1)) AS "focusAreas",
       (SELECT count(*)::int FROM target WHERE community_id = ANY($1)) AS "targets",
       (SELECT count(*)::int FROM measure WHERE community_id = ANY($1)) AS "measures",
       (SELECT count(*)::int FROM status_update WHERE community_id = ANY($1)) AS "statusUpdates",
       (SELECT count(*)::int FROM status_report WHERE community_id = ANY($1) AND frozen_at IS NOT NULL) AS "frozenReports",
       (SELECT count(*)::int FROM coordinator_budget WHERE community_id = ANY($1)) AS "budgets"`,
    [communityIds],
  );
  if (!row) throw new Error('counting the national data set returned no row');
  return row;
}

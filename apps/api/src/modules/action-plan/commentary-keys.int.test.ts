import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DraftCommentaryByFocusAreaId1765600202000 } from '../../database/migrations/1765600202000-draft-commentary-by-focus-area-id.js';
import { buildCommunity, must } from '../../../test/factories.js';
import { buildPlan } from '../../../test/plan-factory.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const comment = `mutation($id: ID!, $area: Int!, $text: String!, $version: Int!) {
  setStatusReportCommentary(planId: $id, year: 2024, focusAreaNumber: $area, commentary: $text, expectedVersion: $version) {
    content commentaryVersions { focusAreaId focusAreaNumber version }
  }
}`;
const move = `mutation($input: MovePlanElementInput!) { moveFocusArea(input: $input) { id } }`;

describe('draft commentary kept by focus area id', () => {
  it('moves a stored draft keyed by number to the focus areas’ ids, leaving a frozen report and unknown keys as they were', async () => {
    const community = await buildCommunity(app, { municipalities: 1 });
    const plan = await buildPlan(app, community.id);
    const [first, second] = plan.focusAreaIds;
    // A draft as drafts were stored before: by number, one key naming no focus area.
    await app.sql(
      `INSERT INTO status_report (community_id, plan_id, year, cut_off_date, commentary, commentary_versions)
       VALUES ($1, $2, 2024, '2024-12-31', '{"1": "Om akutt.", "2": "Om rekruttering.", "9": "Borte."}', '{"1": 2, "2": 1}')`,
      [community.id, plan.planId],
    );
    const migration = new DraftCommentaryByFocusAreaId1765600202000();
    // The migration only runs statements: the test's own connection stands in for the owner's query runner.
    const runner = { query: (sql: string) => app.sql(sql) } as unknown as Parameters<typeof migration.up>[0];
    await migration.up(runner);
    const [draft] = await app.sql<{ commentary: Record<string, string>; commentary_versions: Record<string, number> }>(
      'SELECT commentary, commentary_versions FROM status_report WHERE plan_id = $1 AND year = 2024',
      [plan.planId],
    );
    expect(draft?.commentary).toEqual({ [first ?? '']: 'Om akutt.', [second ?? '']: 'Om rekruttering.', '9': 'Borte.' });
    expect(draft?.commentary_versions).toEqual({ [first ?? '']: 2, [second ?? '']: 1 });

    // Renumbered, each text stays with its focus area, and is written against its own version.
    await must(app, move, { input: { id: second, direction: 'UP' } }, community.secretariat);
    const saved = await must<{
      setStatusReportCommentary: {
        content: { sections: { focusAreaNumber: number; title: string; commentary: string }[] };
        commentaryVersions: { focusAreaId: string; focusAreaNumber: number; version: number }[];
      };
    }>(app, comment, { id: plan.planId, area: 1, text: 'Rekruttering, nå først.', version: 1 }, community.secretariat);
    expect(
      saved.setStatusReportCommentary.content.sections.map(({ focusAreaNumber, title, commentary }) => [
        focusAreaNumber,
        title,
        commentary,
      ]),
    ).toEqual([
      [1, 'Rekruttering', 'Rekruttering, nå først.'],
      [2, 'Akuttmedisin', 'Om akutt.'],
    ]);
    expect(saved.setStatusReportCommentary.commentaryVersions).toEqual([
      { focusAreaId: second, focusAreaNumber: 1, version: 2 },
      { focusAreaId: first, focusAreaNumber: 2, version: 2 },
    ]);
  });
});

import { type StatusReport } from '@helsefellesskap/status-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, type Session } from '../../../test/factories.js';
import { buildPlan } from '../../../test/plan-factory.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const reportQuery = `query($id: ID!, $year: Int!) { actionPlan(id: $id) { statusReport(year: $year) { frozen content commentaryVersions { focusAreaNumber version } } } }`;
const commentMutation = `mutation($id: ID!, $year: Int!, $area: Int!, $text: String!, $version: Int!) {
  setStatusReportCommentary(planId: $id, year: $year, focusAreaNumber: $area, commentary: $text, expectedVersion: $version) { content }
}`;
const freezeMutation = `mutation($id: ID!, $year: Int!) { freezeStatusReport(input: { planId: $id, year: $year, caseReference: "SSU sak 26/2024" }) { frozen } }`;

async function report(planId: string, year: number, session: Session): Promise<StatusReport> {
  const data = await must<{ actionPlan: { statusReport: { content: StatusReport } } }>(app, reportQuery, { id: planId, year }, session);
  return data.actionPlan.statusReport.content;
}

const section = (content: StatusReport, title: string) => content.sections.find((candidate) => candidate.title === title);

/** A 2023 report with commentary on both focus areas, frozen; the plan runs 2022–2024. */
async function frozenLastYear() {
  const community = await buildCommunity(app, { municipalities: 1 });
  const plan = await buildPlan(app, community.id);
  const { secretariat } = community;
  for (const [area, text] of [
    [1, 'Felles prosedyrer er tatt i bruk i alle kommuner.'],
    [2, 'Rekrutteringen går tregt.'],
  ] as const) {
    await must(app, commentMutation, { id: plan.planId, year: 2023, area, text, version: 0 }, secretariat);
  }
  await must(app, freezeMutation, { id: plan.planId, year: 2023 }, secretariat);
  return { community, plan, secretariat };
}

describe("next year's report from last year's (SSU sak 26/2024)", () => {
  it("starts the draft from last year's commentary, marked as carried over, and saving clears the mark", async () => {
    const { plan, secretariat } = await frozenLastYear();
    const draft = await report(plan.planId, 2024, secretariat);
    expect(draft.previousReportYear).toBe(2023);
    expect(draft.sections.map((candidate) => [candidate.commentary, candidate.commentaryCarriedOver])).toEqual([
      ['Felles prosedyrer er tatt i bruk i alle kommuner.', true],
      ['Rekrutteringen går tregt.', true],
    ]);

    // Edited: the writer's text, no longer marked; the other area keeps last year's text and its mark.
    const saved = await must<{ setStatusReportCommentary: { content: StatusReport } }>(
      app,
      commentMutation,
      { id: plan.planId, year: 2024, area: 2, text: 'Rekrutteringen har tatt seg opp.', version: 0 },
      secretariat,
    );
    expect(
      saved.setStatusReportCommentary.content.sections.map((candidate) => [candidate.commentary, candidate.commentaryCarriedOver]),
    ).toEqual([
      ['Felles prosedyrer er tatt i bruk i alle kommuner.', true],
      ['Rekrutteringen har tatt seg opp.', false],
    ]);

    // Emptied on purpose: it stays empty, not last year's again.
    await must(app, commentMutation, { id: plan.planId, year: 2024, area: 1, text: '', version: 0 }, secretariat);
    const after = await report(plan.planId, 2024, secretariat);
    expect(after.sections.map((candidate) => [candidate.commentary, candidate.commentaryCarriedOver])).toEqual([
      ['', false],
      ['Rekrutteringen har tatt seg opp.', false],
    ]);
  });

  it('freezes carried-over text with its mark, and the frozen report keeps the plan elements by id', async () => {
    const { plan, secretariat } = await frozenLastYear();
    await must(app, freezeMutation, { id: plan.planId, year: 2024 }, secretariat);
    const frozen = await report(plan.planId, 2024, secretariat);
    expect(frozen.schemaVersion).toBe(2);
    expect(frozen.sections.map((candidate) => [candidate.focusAreaId, candidate.commentaryCarriedOver])).toEqual([
      [plan.focusAreaIds[0], true],
      [plan.focusAreaIds[1], true],
    ]);
    expect(frozen.sections[0]?.measures.map((measure) => measure.id)).toEqual([plan.measureId]);
    expect(frozen.sections[0]?.targets.map((target) => target.id)).toEqual([plan.targetId]);
  });

  it('compares with last year by id after the focus areas are renumbered and renamed', async () => {
    const { plan, secretariat } = await frozenLastYear();
    const [first, second] = plan.focusAreaIds;
    // Swap the numbers (through a free one, as each number is taken once per plan) and rename a measure.
    await app.sql(`UPDATE focus_area SET number = 99 WHERE id = $1`, [first]);
    await app.sql(`UPDATE focus_area SET number = 1 WHERE id = $1`, [second]);
    await app.sql(`UPDATE focus_area SET number = 2 WHERE id = $1`, [first]);
    await app.sql(`UPDATE measure SET title = 'Felles prosedyrer for hele regionen' WHERE id = $1`, [plan.measureId]);

    const draft = await report(plan.planId, 2024, secretariat);
    // Last year's order is the template; each section is compared with its own focus area.
    expect(draft.sections.map((candidate) => [candidate.focusAreaNumber, candidate.title])).toEqual([
      [2, 'Akuttmedisin'],
      [1, 'Rekruttering'],
    ]);
    const acute = section(draft, 'Akuttmedisin');
    expect(acute?.commentary).toBe('Felles prosedyrer er tatt i bruk i alle kommuner.');
    expect(acute?.changes.map((change) => change.kind)).not.toContain('NEW_SECTION');
    expect(acute?.changes.map((change) => change.kind)).not.toContain('NEW_MEASURE');
    expect(section(draft, 'Rekruttering')?.commentary).toBe('Rekrutteringen går tregt.');
  });

  it('reads a stored version 1 snapshot upgraded, without changing the frozen row, and uses it as the template', async () => {
    const community = await buildCommunity(app, { municipalities: 1 });
    const plan = await buildPlan(app, community.id);
    const { secretariat } = community;
    // A 2023 report frozen before version 2: what the draft read then, stored the way version 1 stored it.
    const then = await report(plan.planId, 2023, secretariat);
    const without = (record: object, ...keys: string[]) =>
      Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
    const version1 = {
      schemaVersion: 1,
      ...without(then, 'schemaVersion', 'sections'),
      sections: then.sections.map((candidate) => ({
        ...without(candidate, 'focusAreaId', 'commentaryCarriedOver', 'targets', 'measures'),
        commentary: candidate.focusAreaNumber === 1 ? 'Skrevet i 2023.' : '',
        targets: candidate.targets.map((target) => without(target, 'id')),
        measures: candidate.measures.map((measure) => without(measure, 'id')),
      })),
    };
    await app.sql(
      `INSERT INTO status_report (community_id, plan_id, year, cut_off_date, commentary, snapshot, case_reference, frozen_at, frozen_by)
       VALUES ($1, $2, 2023, '2023-12-31', '{"1": "Skrevet i 2023."}', $3, 'SSU sak 2/2024', now(), 'sekretariat@test')`,
      [community.id, plan.planId, JSON.stringify(version1)],
    );

    const read = await report(plan.planId, 2023, secretariat);
    expect(read.schemaVersion).toBe(2);
    expect(read.sections.map((candidate) => [candidate.focusAreaNumber, candidate.focusAreaId, candidate.commentary])).toEqual([
      [1, null, 'Skrevet i 2023.'],
      [2, null, ''],
    ]);
    const [stored] = await app.sql<{ snapshot: Record<string, unknown> }>(
      `SELECT snapshot FROM status_report WHERE plan_id = $1 AND year = 2023`,
      [plan.planId],
    );
    expect(stored?.snapshot.schemaVersion).toBe(1);

    const draft = await report(plan.planId, 2024, secretariat);
    expect(draft.previousReportYear).toBe(2023);
    expect(section(draft, 'Akuttmedisin')).toMatchObject({ commentary: 'Skrevet i 2023.', commentaryCarriedOver: true });
    expect(section(draft, 'Akuttmedisin')?.changes.map((change) => change.kind)).not.toContain('NEW_SECTION');
  });
});

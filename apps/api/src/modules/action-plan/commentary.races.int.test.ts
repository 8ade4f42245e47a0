import type { StatusReport } from '@helsefellesskap/status-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must } from '../../../test/factories.js';
import { buildPlan } from '../../../test/plan-factory.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { FocusAreaEntity } from './action-plan.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const WRITERS = 10;
const write = `mutation($id: ID!, $number: Int!, $text: String!, $version: Int!) {
  setStatusReportCommentary(planId: $id, year: 2024, focusAreaNumber: $number, commentary: $text, expectedVersion: $version) {
    commentaryVersions { focusAreaNumber version }
  }
}`;
const read = `query($id: ID!) { actionPlan(id: $id) { statusReport(year: 2024) { content commentaryVersions { focusAreaNumber version } } } }`;
type Read = { actionPlan: { statusReport: { content: StatusReport; commentaryVersions: { focusAreaNumber: number; version: number }[] } } };

/** A community's plan with as many focus areas as there are writers. */
async function buildReport() {
  const community = await buildCommunity(app, { organs: 0 });
  const plan = await buildPlan(app, community.id);
  for (let number = 3; number <= WRITERS; number += 1) {
    await app.repositories.actionPlans.saveFocusArea(
      Object.assign(new FocusAreaEntity(), {
        communityId: community.id,
        planId: plan.planId,
        number,
        title: `Område ${number}`,
        responsibleOrganId: null,
      }),
    );
  }
  return { community, plan };
}

describe('status report commentary written by several people at once', () => {
  it("keeps every focus area's commentary when ten are written at once", async () => {
    const { community, plan } = await buildReport();
    const responses = await Promise.all(
      Array.from({ length: WRITERS }, (_, index) =>
        app.gql(write, { id: plan.planId, number: index + 1, text: `Vurdering ${index + 1}`, version: 0 }, community.secretariat.cookie),
      ),
    );
    expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);
    const report = (await must<Read>(app, read, { id: plan.planId }, community.secretariat)).actionPlan.statusReport;
    expect(report.content.sections.map((section) => section.commentary)).toEqual(
      Array.from({ length: WRITERS }, (_, index) => `Vurdering ${index + 1}`),
    );
    expect(report.commentaryVersions).toEqual(Array.from({ length: WRITERS }, (_, index) => ({ focusAreaNumber: index + 1, version: 1 })));
  });

  it('saves one of ten writes to the same focus area and refuses the others with the text that won, overwriting nothing', async () => {
    const { community, plan } = await buildReport();
    const responses = await Promise.all(
      Array.from({ length: WRITERS }, (_, index) =>
        app.gql(write, { id: plan.planId, number: 2, text: `Forfatter ${index + 1}`, version: 0 }, community.secretariat.cookie),
      ),
    );
    const refusals = responses.flatMap((response) => response.errors ?? []);
    expect(refusals.map((refusal) => refusal.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(responses.filter((response) => !response.errors)).toHaveLength(1);
    const report = (await must<Read>(app, read, { id: plan.planId }, community.secretariat)).actionPlan.statusReport;
    const winner = report.content.sections[1]?.commentary;
    expect(winner).toMatch(/^Forfatter \d+$/);
    expect(refusals).toHaveLength(WRITERS - 1);
    for (const refusal of refusals) {
      expect(refusal.extensions).toEqual({
        code: 'CONFLICT',
        reason: 'COMMENTARY_CHANGED',
        params: { focusAreaNumber: 2, currentVersion: 1, currentText: winner },
        field: 'commentary',
      });
    }
  });

  it('refuses a write from a version someone else has saved over, and saves it once the writer has seen theirs', async () => {
    const { community, plan } = await buildReport();
    const secretariat = community.secretariat;
    await must(app, write, { id: plan.planId, number: 1, text: 'Første utkast.', version: 0 }, secretariat);
    await must(app, write, { id: plan.planId, number: 1, text: 'Andres endring.', version: 1 }, secretariat);
    const stale = await app.gql(write, { id: plan.planId, number: 1, text: 'Mitt utkast.', version: 1 }, secretariat.cookie);
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'COMMENTARY_CHANGED',
      params: { focusAreaNumber: 1, currentVersion: 2, currentText: 'Andres endring.' },
    });
    const merged = await must<{ setStatusReportCommentary: { commentaryVersions: unknown[] } }>(
      app,
      write,
      { id: plan.planId, number: 1, text: 'Andres endring. Mitt utkast.', version: 2 },
      secretariat,
    );
    expect(merged.setStatusReportCommentary.commentaryVersions).toEqual([{ focusAreaNumber: 1, version: 3 }]);
    const report = (await must<Read>(app, read, { id: plan.planId }, secretariat)).actionPlan.statusReport;
    expect(report.content.sections[0]?.commentary).toBe('Andres endring. Mitt utkast.');
    // Every save is audited, the refused one not.
    const events = await app.sql<{ action: string }>(
      `SELECT action FROM audit_event WHERE community_id = $1 AND entity_type = 'StatusReport' ORDER BY id`,
      [community.id],
    );
    expect(events.map((event) => event.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
  });
});

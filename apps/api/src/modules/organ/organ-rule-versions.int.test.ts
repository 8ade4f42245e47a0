import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const changeRules = `mutation($input: ChangeOrganRulesInput!) { changeOrganRules(input: $input) { id } }`;

function plusDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe("an organ's rules of procedure by date", () => {
  it('applies a change from its date, keeps the earlier rules for earlier dates, and lists the versions', async () => {
    const community = await buildCommunity(app, { organs: 0 });
    const { today } = await must<{ today: string }>(app, '{ today }');
    const created = await must<{ createOrgan: { id: string } }>(
      app,
      `mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }`,
      {
        input: {
          communityId: community.id,
          name: 'SSU',
          kind: 'STRATEGIC_COMMITTEE',
          establishedOn: '2021-06-01',
          rules: { meetingsPerYear: 4, caseSubmissionDeadlineDays: 28, decisionRule: 'VOTE', chairRotationYears: 2 },
        },
      },
      community.secretariat,
    );
    const from = plusDays(today, 30);
    await must(
      app,
      changeRules,
      {
        input: {
          organId: created.createOrgan.id,
          effectiveFrom: from,
          meetingsPerYear: 6,
          caseSubmissionDeadlineDays: 21,
          decisionRule: 'VOTE',
        },
      },
      community.secretariat,
    );
    const data = await must<{ community: { organs: Record<string, unknown>[] } }>(
      app,
      `query($id: ID!, $before: LocalDate!, $from: LocalDate!) { community(id: $id) { organs {
        now: rules { effectiveFrom caseSubmissionDeadlineDays chairRotationYears }
        before: rules(at: $before) { effectiveFrom caseSubmissionDeadlineDays }
        later: rules(at: $from) { effectiveFrom meetingsPerYear caseSubmissionDeadlineDays chairRotationYears }
        ruleVersions { effectiveFrom caseSubmissionDeadlineDays }
      } } }`,
      { id: community.id, before: plusDays(from, -1), from },
    );
    expect(data.community.organs[0]).toEqual({
      now: { effectiveFrom: '2021-06-01', caseSubmissionDeadlineDays: 28, chairRotationYears: 2 },
      before: { effectiveFrom: '2021-06-01', caseSubmissionDeadlineDays: 28 },
      later: { effectiveFrom: from, meetingsPerYear: 6, caseSubmissionDeadlineDays: 21, chairRotationYears: 2 },
      ruleVersions: [
        { effectiveFrom: '2021-06-01', caseSubmissionDeadlineDays: 28 },
        { effectiveFrom: from, caseSubmissionDeadlineDays: 21 },
      ],
    });
    const events = await app.sql<{ entity_id: string }>(
      `SELECT entity_id FROM audit_event WHERE entity_type = 'OrganRuleVersion' AND community_id = $1`,
      [community.id],
    );
    expect(events.map((event) => event.entity_id)).toEqual([`${created.createOrgan.id}/${from}`]);
  });

  it('refuses a change that would take effect before today, writing nothing, and a notice range upside down', async () => {
    const community = await buildCommunity(app, { organs: 1 });
    const { today } = await must<{ today: string }>(app, '{ today }');
    const [organ] = await app.sql<{ id: string }>('SELECT id FROM organ WHERE community_id = $1', [community.id]);
    const past = await app.gql(
      changeRules,
      { input: { organId: organ?.id, effectiveFrom: plusDays(today, -1), decisionRule: 'VOTE' } },
      community.secretariat.cookie,
    );
    expect(past.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'effectiveFrom',
      reason: 'RULES_CHANGE_IN_PAST',
      params: { today },
    });
    const upsideDown = await app.gql(
      changeRules,
      { input: { organId: organ?.id, effectiveFrom: today, decisionRule: 'VOTE', noticePeriodDays: 21, noticePeriodMaxDays: 14 } },
      community.secretariat.cookie,
    );
    expect(upsideDown.errors?.[0]?.extensions).toMatchObject({ field: 'noticePeriodMaxDays', reason: 'NOTICE_PERIOD_MAX_BELOW_MIN' });
    const versions = await app.sql('SELECT 1 FROM organ_rule_version WHERE organ_id = $1', [organ?.id]);
    expect(versions).toHaveLength(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must } from '../../../test/factories.js';
import { testClock } from '../../../test/clock.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const createOrgan = `mutation($input: CreateOrganInput!) {
  createOrgan(input: $input) { id name kind establishedOn dissolvedOn rules { meetingsPerYear caseSubmissionDeadlineDays minutesObjectionPeriodDays decisionRule } }
}`;

describe('organs', () => {
  it("keeps an organ's rules as data and records its dissolution", async () => {
    const community = await buildCommunity(app, { organs: 0 });
    const created = await must<{ createOrgan: { id: string } }>(
      app,
      createOrgan,
      {
        input: {
          communityId: community.id,
          name: 'SSU',
          kind: 'STRATEGIC_COMMITTEE',
          establishedOn: '2021-06-01',
          rules: { meetingsPerYear: 4, caseSubmissionDeadlineDays: 28, minutesObjectionPeriodDays: 4, decisionRule: 'VOTE' },
        },
      },
      community.secretariat,
    );
    expect(created.createOrgan).toMatchObject({
      kind: 'STRATEGIC_COMMITTEE',
      dissolvedOn: null,
      rules: { meetingsPerYear: 4, caseSubmissionDeadlineDays: 28, minutesObjectionPeriodDays: 4, decisionRule: 'VOTE' },
    });
    const dissolved = await must<{ updateOrgan: { dissolvedOn: string; name: string } }>(
      app,
      `mutation($id: ID!) { updateOrgan(id: $id, input: { dissolvedOn: "2024-12-31" }) { name dissolvedOn } }`,
      { id: created.createOrgan.id },
      community.secretariat,
    );
    expect(dissolved.updateOrgan).toEqual({ name: 'SSU', dissolvedOn: '2024-12-31' });
  });

  it('refuses negative periods, a dissolution before establishment and a duplicate name', async () => {
    const community = await buildCommunity(app, { organs: 1 });
    const negative = await app.gql(
      createOrgan,
      {
        input: { communityId: community.id, name: 'A', kind: 'OTHER', rules: { noticePeriodDays: -7, decisionRule: 'CONSENSUS' } },
      },
      community.secretariat.cookie,
    );
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(negative.errors?.[0]?.message).toBe('rules.noticePeriodDays: must be zero or more');

    const backwards = await app.gql(
      createOrgan,
      {
        input: {
          communityId: community.id,
          name: 'B',
          kind: 'OTHER',
          establishedOn: '2022-01-01',
          dissolvedOn: '2021-01-01',
          rules: { decisionRule: 'CONSENSUS' },
        },
      },
      community.secretariat.cookie,
    );
    expect(backwards.errors?.[0]).toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'DISSOLVED_BEFORE_ESTABLISHED',
        params: { establishedOn: '2022-01-01' },
        field: 'dissolvedOn',
      },
    });

    const duplicate = await app.gql(
      createOrgan,
      {
        input: { communityId: community.id, name: 'Utvalg 1', kind: 'OTHER', rules: { decisionRule: 'CONSENSUS' } },
      },
      community.secretariat.cookie,
    );
    expect(duplicate.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'ORGAN_NAME_TAKEN', params: { name: 'Utvalg 1' }, field: 'name' },
    });
  });

  it("changes only the officers' rules without a new version of the rules of procedure; a changed rule makes one from today", async () => {
    const community = await buildCommunity(app, { organs: 0 });
    const run = <TData>(query: string, variables: Record<string, unknown>) => must<TData>(app, query, variables, community.secretariat);
    const rules = { meetingsPerYear: 4, caseSubmissionDeadlineDays: 28, decisionRule: 'CONSENSUS' };
    const elector = await run<{ createOrgan: { id: string } }>(createOrgan, {
      input: { communityId: community.id, name: 'Partnerskapsmøtet', kind: 'PARTNERSHIP_MEETING', rules: { decisionRule: 'CONSENSUS' } },
    });
    const organ = await run<{ createOrgan: { id: string } }>(createOrgan, {
      input: { communityId: community.id, name: 'SSU', kind: 'STRATEGIC_COMMITTEE', establishedOn: '2021-06-01', rules },
    });
    const updateOrgan = `mutation($id: ID!, $input: UpdateOrganInput!) {
      updateOrgan(id: $id, input: $input) {
        rules { officersElectedByOrganId chairRotationYears meetingsPerYear }
        ruleVersions { effectiveFrom meetingsPerYear }
      }
    }`;
    const officers = { officersElectedByOrganId: elector.createOrgan.id, chairRotationYears: 2 };

    const sameRules = await run<{ updateOrgan: { rules: unknown; ruleVersions: unknown[] } }>(updateOrgan, {
      id: organ.createOrgan.id,
      input: { rules: { ...rules, ...officers } },
    });
    expect(sameRules.updateOrgan.rules).toEqual({ ...officers, meetingsPerYear: 4 });
    expect(sameRules.updateOrgan.ruleVersions).toEqual([{ effectiveFrom: '2021-06-01', meetingsPerYear: 4 }]);

    const changedRules = await run<{ updateOrgan: { ruleVersions: { effectiveFrom: string; meetingsPerYear: number }[] } }>(updateOrgan, {
      id: organ.createOrgan.id,
      input: { rules: { ...rules, ...officers, meetingsPerYear: 6 } },
    });
    expect(changedRules.updateOrgan.ruleVersions).toEqual([
      { effectiveFrom: '2021-06-01', meetingsPerYear: 4 },
      { effectiveFrom: testClock.today(), meetingsPerYear: 6 },
    ]);
  });

  it("refuses another community's secretariat editing an organ, and changes nothing", async () => {
    const community = await buildCommunity(app, { organs: 0 });
    const other = await buildCommunity(app, { organs: 0 });
    const organ = await must<{ createOrgan: { id: string } }>(
      app,
      createOrgan,
      { input: { communityId: community.id, name: 'FSU', kind: 'PROFESSIONAL_COMMITTEE', rules: { decisionRule: 'CONSENSUS' } } },
      community.secretariat,
    );
    const refused = await app.gql(
      `mutation($id: ID!) { updateOrgan(id: $id, input: { name: "Overtatt", dissolvedOn: "2030-01-01" }) { id } }`,
      { id: organ.createOrgan.id },
      other.secretariat.cookie,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const read = await must<{ community: { organs: { name: string; dissolvedOn: string | null }[] } }>(
      app,
      `query($id: ID!) { community(id: $id) { organs { name dissolvedOn } } }`,
      { id: community.id },
      community.secretariat,
    );
    expect(read.community.organs).toEqual([{ name: 'FSU', dissolvedOn: null }]);
  });
});

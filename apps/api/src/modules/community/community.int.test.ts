import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, signInAs } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const everything = `{
  communities {
    id name shortName
    partners { id name kind municipalityNumber population(year: 2022) populations { year population } regionalCouncil { name } }
    regionalCouncils { id name members { id name } }
    organs { id name kind rules { decisionRule } }
    coordinatorBudgets { budgetYear costLines { label amount } }
  }
}`;

describe('communities', () => {
  it('lists a community with its partners, populations, regional councils and organs', async () => {
    const fixture = await buildCommunity(app, { municipalities: 3, regionalCouncils: 2, organs: 2 });
    const data = await must<{
      communities: {
        id: string;
        partners: { name: string; kind: string; population: number | null; regionalCouncil: { name: string } | null }[];
        regionalCouncils: { name: string; members: { name: string }[] }[];
        organs: unknown[];
      }[];
    }>(app, everything);
    const community = data.communities.find((candidate) => candidate.id === fixture.id);
    expect(
      community?.partners.map((partner) => [partner.name, partner.kind, partner.population, partner.regionalCouncil?.name ?? null]),
    ).toEqual([
      ['Testsykehuset HF', 'HOSPITAL_TRUST', null, null],
      ['Kommune 1', 'MUNICIPALITY', 1000, 'Regionråd 1'],
      ['Kommune 2', 'MUNICIPALITY', 2000, 'Regionråd 2'],
      ['Kommune 3', 'MUNICIPALITY', 3000, 'Regionråd 1'],
    ]);
    expect(community?.regionalCouncils.map((council) => [council.name, council.members.map((member) => member.name)])).toEqual([
      ['Regionråd 1', ['Kommune 1', 'Kommune 3']],
      ['Regionråd 2', ['Kommune 2']],
    ]);
    expect(community?.organs).toHaveLength(2);
  });

  it('loads every community with all related data in a fixed number of statements, however many rows', async () => {
    await buildCommunity(app, { municipalities: 2 });
    const small = await app.countStatements(() => app.gql(everything));
    expect(small.result.errors).toBeUndefined();
    await buildCommunity(app, { municipalities: 12, regionalCouncils: 3, organs: 4 });
    await buildCommunity(app, { municipalities: 5, regionalCouncils: 2, organs: 2 });
    const large = await app.countStatements(() => app.gql(everything));
    expect(large.result.errors).toBeUndefined();
    expect(large.statements).toBe(small.statements);
    // communities, partners, every population, the year's populations, council of each partner, councils, members, organs,
    // the organs' rules on the day, budgets; cost lines only when there are budgets.
    expect(large.statements).toBeLessThanOrEqual(11);
  });

  it('finds one community by id and answers NOT_FOUND or BAD_USER_INPUT for a wrong id', async () => {
    const fixture = await buildCommunity(app, { municipalities: 1 });
    const found = await app.gql<{ community: { name: string } }>(`query($id: ID!) { community(id: $id) { name } }`, { id: fixture.id });
    expect(found.data?.community.name).toBe(fixture.name);

    const missing = await app.gql(`{ community(id: "6f1c0b8e-1d7a-4c1e-9a57-0c1b7c7f0000") { name } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const malformed = await app.gql(`{ community(id: "1; DROP TABLE community") { name } }`);
    expect(malformed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
  });

  it('refuses an empty or duplicate name, naming the field', async () => {
    const platform = await signInAs(app, { role: 'PLATFORM_ADMIN' });
    const empty = await app.gql(`mutation { createCommunity(input: { name: "  ", shortName: "x" }) { id } }`, undefined, platform.cookie);
    expect(empty.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
      fields: [{ field: 'name', message: 'must not be empty' }],
    });
    const fixture = await buildCommunity(app, { municipalities: 0 });
    const duplicate = await app.gql(
      `mutation($name: String!) { createCommunity(input: { name: $name, shortName: "x" }) { id } }`,
      {
        name: fixture.name,
      },
      platform.cookie,
    );
    expect(duplicate.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'COMMUNITY_NAME_TAKEN', params: { name: fixture.name }, field: 'name' },
    });
    expect(duplicate.errors?.[0]?.message).toMatch(/^name: /);
  });

  it('renames a community and keeps fields left out', async () => {
    const fixture = await buildCommunity(app, { municipalities: 0 });
    const updated = await must<{ updateCommunity: { name: string; shortName: string } }>(
      app,
      `mutation($id: ID!, $name: String!) { updateCommunity(id: $id, input: { name: $name }) { name shortName } }`,
      { id: fixture.id, name: `${fixture.name} (ny)` },
      fixture.secretariat,
    );
    expect(updated.updateCommunity).toEqual({ name: `${fixture.name} (ny)`, shortName: fixture.name.slice(0, 40) });
  });
});

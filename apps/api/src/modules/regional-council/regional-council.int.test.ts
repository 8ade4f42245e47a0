import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const councilsOf = `query($id: ID!) { community(id: $id) { regionalCouncils { name members { name } } } }`;
const createCouncil = `mutation($input: CreateRegionalCouncilInput!) { createRegionalCouncil(input: $input) { id name } }`;

describe('regional councils', () => {
  it('replaces the member list of a council', async () => {
    const community = await buildCommunity(app, { municipalities: 3, regionalCouncils: 1 });
    await must(
      app,
      `mutation($id: ID!, $members: [ID!]!) { updateRegionalCouncil(id: $id, input: { name: "Indre", memberPartnerIds: $members }) { id } }`,
      {
        id: community.regionalCouncilIds[0],
        members: [community.municipalityIds[2]],
      },
      community.secretariat,
    );
    const data = await must<{ community: { regionalCouncils: unknown[] } }>(app, councilsOf, { id: community.id });
    expect(data.community.regionalCouncils).toEqual([{ name: 'Indre', members: [{ name: 'Kommune 3' }] }]);
  });

  it('refuses a municipality that already sits in another council, and writes nothing', async () => {
    const community = await buildCommunity(app, { municipalities: 2, regionalCouncils: 1 });
    const response = await app.gql(
      createCouncil,
      {
        input: { communityId: community.id, name: 'Nytt råd', memberPartnerIds: community.municipalityIds },
      },
      community.secretariat.cookie,
    );
    expect(response.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'MUNICIPALITY_IN_ANOTHER_COUNCIL', field: 'memberPartnerIds' },
    });
    const data = await must<{ community: { regionalCouncils: { name: string }[] } }>(app, councilsOf, { id: community.id });
    expect(data.community.regionalCouncils.map((council) => council.name)).toEqual(['Regionråd 1']);
  });

  it('refuses the hospital trust, a partner of another community and a malformed id as members', async () => {
    const community = await buildCommunity(app, { municipalities: 1, regionalCouncils: 0 });
    const other = await buildCommunity(app, { municipalities: 1, regionalCouncils: 0 });
    for (const [member, reason] of [
      [community.hospitalTrustId, 'NOT_A_MUNICIPALITY'],
      [other.municipalityIds[0], 'PARTNER_NOT_IN_COMMUNITY'],
      ['not-an-id', 'INVALID_ID'],
    ]) {
      const response = await app.gql(
        createCouncil,
        { input: { communityId: community.id, name: 'Råd', memberPartnerIds: [member] } },
        community.secretariat.cookie,
      );
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason, field: 'memberPartnerIds[0]' } });
    }
    const data = await must<{ community: { regionalCouncils: unknown[] } }>(app, councilsOf, { id: community.id });
    expect(data.community.regionalCouncils).toEqual([]);
  });
});

import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app.js';

export interface CommunityFixture {
  id: string;
  name: string;
  hospitalTrustId: string;
  municipalityIds: string[];
  regionalCouncilIds: string[];
}

/** A community of the test's own, built through the API, so tests never share records. */
export async function buildCommunity(
  app: TestApp,
  options: { municipalities?: number; regionalCouncils?: number; organs?: number; populationYear?: number } = {},
): Promise<CommunityFixture> {
  const { municipalities = 3, regionalCouncils = 1, organs = 1, populationYear = 2022 } = options;
  const name = `Testfellesskap ${randomUUID()}`;
  const community = await must<{ createCommunity: { id: string } }>(
    app,
    `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }`,
    {
      input: { name, shortName: name.slice(0, 40) },
    },
  );
  const communityId = community.createCommunity.id;
  const createPartner = `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`;
  const hospital = await must<{ createPartner: { id: string } }>(app, createPartner, {
    input: { communityId, name: 'Testsykehuset HF', kind: 'HOSPITAL_TRUST' },
  });
  const municipalityIds: string[] = [];
  for (let index = 0; index < municipalities; index += 1) {
    const created = await must<{ createPartner: { id: string } }>(app, createPartner, {
      input: { communityId, name: `Kommune ${index + 1}`, kind: 'MUNICIPALITY', municipalityNumber: String(1000 + index) },
    });
    municipalityIds.push(created.createPartner.id);
    await must(app, `mutation($input: SetPopulationInput!) { setPartnerPopulation(input: $input) { id } }`, {
      input: { partnerId: created.createPartner.id, year: populationYear, population: 1000 * (index + 1) },
    });
  }
  const regionalCouncilIds: string[] = [];
  for (let index = 0; index < regionalCouncils; index += 1) {
    const members = municipalityIds.filter((_, position) => position % regionalCouncils === index);
    const created = await must<{ createRegionalCouncil: { id: string } }>(
      app,
      `mutation($input: CreateRegionalCouncilInput!) { createRegionalCouncil(input: $input) { id } }`,
      { input: { communityId, name: `Regionråd ${index + 1}`, memberPartnerIds: members } },
    );
    regionalCouncilIds.push(created.createRegionalCouncil.id);
  }
  for (let index = 0; index < organs; index += 1) {
    await must(app, `mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }`, {
      input: { communityId, name: `Utvalg ${index + 1}`, kind: 'OTHER', rules: { decisionRule: 'CONSENSUS' } },
    });
  }
  return { id: communityId, name, hospitalTrustId: hospital.createPartner.id, municipalityIds, regionalCouncilIds };
}

/** Runs an operation that must succeed, and returns its data. */
export async function must<TData = Record<string, unknown>>(
  app: TestApp,
  query: string,
  variables?: Record<string, unknown>,
): Promise<TData> {
  const response = await app.gql<TData>(query, variables);
  if (response.errors?.length || !response.data) {
    throw new Error(`Operation failed: ${JSON.stringify(response.errors)}\n${query}`);
  }
  return response.data;
}

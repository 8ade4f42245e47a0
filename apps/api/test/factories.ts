import { randomUUID } from 'node:crypto';
import { CommunityEntity } from '../src/modules/community/community.entity.js';
import { hashPassword } from '../src/modules/auth/password.js';
import type { Role } from '../src/modules/auth/permissions.js';
import { RoleAssignmentEntity, UserEntity } from '../src/modules/auth/user.entity.js';
import type { TestApp } from './test-app.js';

export const TEST_PASSWORD = 'correct horse battery staple';
let testPasswordHash: Promise<string> | undefined;

export interface Session {
  /** The Cookie header to send as this user. */
  cookie: string;
  userId: string;
  email: string;
}

export interface Grant {
  role: Role;
  communityId?: string | null;
  regionalCouncilId?: string | null;
  partnerId?: string | null;
}

/** A user of the test's own with the given roles, signed in through the API. */
export async function signInAs(app: TestApp, ...grants: Grant[]): Promise<Session> {
  const email = `user-${randomUUID()}@test.example`;
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const user = await app.repositories.users.save(
    Object.assign(new UserEntity(), {
      email,
      name: `Test ${grants.map((grant) => grant.role).join(', ')}`,
      passwordHash: await testPasswordHash,
      oidcIssuer: null,
      oidcSubject: null,
      isDemo: false,
    }),
  );
  for (const grant of grants) {
    await app.repositories.users.saveRole(
      Object.assign(new RoleAssignmentEntity(), {
        userId: user.id,
        role: grant.role,
        communityId: grant.communityId ?? null,
        regionalCouncilId: grant.regionalCouncilId ?? null,
        partnerId: grant.partnerId ?? null,
      }),
    );
  }
  return { ...(await signIn(app, email, TEST_PASSWORD)), userId: user.id, email };
}

export async function signIn(app: TestApp, email: string, password: string): Promise<{ cookie: string }> {
  const response = await app.gql(`mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }`, {
    email,
    password,
  });
  const cookie = response.setCookie?.match(/hf_session=[^;]+/)?.[0];
  if (!cookie) throw new Error(`Sign-in failed: ${JSON.stringify(response.errors)}`);
  return { cookie };
}

export interface CommunityFixture {
  id: string;
  name: string;
  /** A secretariat user of this community. */
  secretariat: Session;
  hospitalTrustId: string;
  municipalityIds: string[];
  regionalCouncilIds: string[];
}

/** A community of the test's own, registered directly and then filled through the API by its secretariat. */
export async function buildCommunity(
  app: TestApp,
  options: { municipalities?: number; regionalCouncils?: number; organs?: number; populationYear?: number } = {},
): Promise<CommunityFixture> {
  const { municipalities = 3, regionalCouncils = 1, organs = 1, populationYear = 2022 } = options;
  const name = `Testfellesskap ${randomUUID()}`;
  const community = await app.repositories.communities.save(Object.assign(new CommunityEntity(), { name, shortName: name.slice(0, 40) }));
  const communityId = community.id;
  const secretariat = await signInAs(app, { role: 'SECRETARIAT', communityId });
  const run = <TData>(query: string, variables: Record<string, unknown>) => must<TData>(app, query, variables, secretariat);

  const createPartner = `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`;
  const hospital = await run<{ createPartner: { id: string } }>(createPartner, {
    input: { communityId, name: 'Testsykehuset HF', kind: 'HOSPITAL_TRUST' },
  });
  const municipalityIds: string[] = [];
  for (let index = 0; index < municipalities; index += 1) {
    const created = await run<{ createPartner: { id: string } }>(createPartner, {
      input: { communityId, name: `Kommune ${index + 1}`, kind: 'MUNICIPALITY', municipalityNumber: String(1000 + index) },
    });
    municipalityIds.push(created.createPartner.id);
    await run(`mutation($input: SetPopulationInput!) { setPartnerPopulation(input: $input) { id } }`, {
      input: { partnerId: created.createPartner.id, year: populationYear, population: 1000 * (index + 1) },
    });
  }
  const regionalCouncilIds: string[] = [];
  for (let index = 0; index < regionalCouncils; index += 1) {
    const members = municipalityIds.filter((_, position) => position % regionalCouncils === index);
    const created = await run<{ createRegionalCouncil: { id: string } }>(
      `mutation($input: CreateRegionalCouncilInput!) { createRegionalCouncil(input: $input) { id } }`,
      {
        input: { communityId, name: `Regionråd ${index + 1}`, memberPartnerIds: members },
      },
    );
    regionalCouncilIds.push(created.createRegionalCouncil.id);
  }
  for (let index = 0; index < organs; index += 1) {
    await run(`mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }`, {
      input: { communityId, name: `Utvalg ${index + 1}`, kind: 'OTHER', rules: { decisionRule: 'CONSENSUS' } },
    });
  }
  return { id: communityId, name, secretariat, hospitalTrustId: hospital.createPartner.id, municipalityIds, regionalCouncilIds };
}

/** Runs an operation that must succeed, and returns its data. */
export async function must<TData = Record<string, unknown>>(
  app: TestApp,
  query: string,
  variables?: Record<string, unknown>,
  session?: Session,
): Promise<TData> {
  const response = await app.gql<TData>(query, variables, session?.cookie);
  if (response.errors?.length || !response.data) {
    throw new Error(`Operation failed: ${JSON.stringify(response.errors)}\n${query}`);
  }
  return response.data;
}

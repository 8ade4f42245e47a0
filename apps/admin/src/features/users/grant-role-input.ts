import type { GrantRoleInput } from '../../gql/graphql';
import { communityRoles } from '../../shared/role-labels';

/** The API's minimum for a first password. */
export const minPasswordLength = 10;

export type CommunityRole = (typeof communityRoles)[number];

export interface GrantRoleValues {
  email: string;
  name: string;
  role: CommunityRole | '';
  regionalCouncilId: string;
  initialPassword: string;
}

export const emptyGrantRoleValues: GrantRoleValues = { email: '', name: '', role: '', regionalCouncilId: '', initialPassword: '' };

export type GrantRoleField = keyof GrantRoleValues;
export type GrantRoleProblem = 'emailRequired' | 'emailInvalid' | 'nameRequired' | 'roleRequired' | 'councilRequired' | 'passwordTooShort';
export type GrantRoleProblems = Partial<Record<GrantRoleField, GrantRoleProblem>>;

export const grantRoleFields: readonly GrantRoleField[] = ['email', 'name', 'role', 'regionalCouncilId', 'initialPassword'];

export function isGrantRoleField(value: string): value is GrantRoleField {
  return grantRoleFields.some((field) => field === value);
}

export function isCommunityRole(value: string): value is CommunityRole {
  return communityRoles.some((role) => role === value);
}

/** Something, an @, something, a dot, something: the API checks the address properly. */
const roughEmail = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type GrantRoleParseResult = { ok: true; input: GrantRoleInput } | { ok: false; problems: GrantRoleProblems };

/** Checks what can be checked here, in the UI's language, and builds the API's input. */
export function buildGrantRoleInput(values: GrantRoleValues, communityId: string): GrantRoleParseResult {
  const problems: GrantRoleProblems = {};
  const email = values.email.trim();
  const name = values.name.trim();
  if (email === '') problems.email = 'emailRequired';
  else if (!roughEmail.test(email)) problems.email = 'emailInvalid';
  if (name === '') problems.name = 'nameRequired';
  if (values.role === '') problems.role = 'roleRequired';
  const needsCouncil = values.role === 'REGIONAL_COUNCIL';
  if (needsCouncil && values.regionalCouncilId === '') problems.regionalCouncilId = 'councilRequired';
  if (values.initialPassword !== '' && values.initialPassword.length < minPasswordLength) problems.initialPassword = 'passwordTooShort';
  if (Object.keys(problems).length > 0 || values.role === '') return { ok: false, problems };
  return {
    ok: true,
    input: {
      email,
      name,
      role: values.role,
      communityId,
      regionalCouncilId: needsCouncil ? values.regionalCouncilId : null,
      initialPassword: values.initialPassword === '' ? null : values.initialPassword,
    },
  };
}

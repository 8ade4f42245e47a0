import type { GrantRoleInput } from '../../gql/graphql';
import { looksLikeEmail } from '../../shared/email';
import { communityRoles } from '../../shared/role-labels';

export type CommunityRole = (typeof communityRoles)[number];

export interface GrantRoleValues {
  email: string;
  name: string;
  role: CommunityRole | '';
  regionalCouncilId: string;
  partnerId: string;
}

export const emptyGrantRoleValues: GrantRoleValues = { email: '', name: '', role: '', regionalCouncilId: '', partnerId: '' };

export type GrantRoleField = keyof GrantRoleValues;
export type GrantRoleProblem = 'emailRequired' | 'emailInvalid' | 'nameRequired' | 'roleRequired' | 'councilRequired' | 'partnerRequired';
export type GrantRoleProblems = Partial<Record<GrantRoleField, GrantRoleProblem>>;

export const grantRoleFields: readonly GrantRoleField[] = ['email', 'name', 'role', 'regionalCouncilId', 'partnerId'];

export function isGrantRoleField(value: string): value is GrantRoleField {
  return grantRoleFields.some((field) => field === value);
}

export function isCommunityRole(value: string): value is CommunityRole {
  return communityRoles.some((role) => role === value);
}

export type GrantRoleParseResult = { ok: true; input: GrantRoleInput } | { ok: false; problems: GrantRoleProblems };

/** Checks what can be checked here, in the UI's language, and builds the API's input. */
export function buildGrantRoleInput(values: GrantRoleValues, communityId: string): GrantRoleParseResult {
  const problems: GrantRoleProblems = {};
  const email = values.email.trim();
  const name = values.name.trim();
  if (email === '') problems.email = 'emailRequired';
  else if (!looksLikeEmail(email)) problems.email = 'emailInvalid';
  if (name === '') problems.name = 'nameRequired';
  if (values.role === '') problems.role = 'roleRequired';
  const needsCouncil = values.role === 'REGIONAL_COUNCIL';
  if (needsCouncil && values.regionalCouncilId === '') problems.regionalCouncilId = 'councilRequired';
  const needsPartner = values.role === 'MUNICIPALITY';
  if (needsPartner && values.partnerId === '') problems.partnerId = 'partnerRequired';
  if (Object.keys(problems).length > 0 || values.role === '') return { ok: false, problems };
  return {
    ok: true,
    input: {
      email,
      name,
      role: values.role,
      communityId,
      regionalCouncilId: needsCouncil ? values.regionalCouncilId : null,
      partnerId: needsPartner ? values.partnerId : null,
    },
  };
}

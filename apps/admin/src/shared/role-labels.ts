import type { TFunction } from 'i18next';

import type { Role } from '../gql/graphql';

/** Roles held in one community, the ones a secretariat can give. */
export const communityRoles = [
  'SECRETARIAT',
  'SSU_MEMBER',
  'REGIONAL_COUNCIL',
  'MUNICIPALITY',
  'ANALYST',
] as const satisfies readonly Role[];

export interface RoleGrantLike {
  role: Role;
  communityId?: string | null;
  regionalCouncilId?: string | null;
  partnerId?: string | null;
}

/** What a label may name: the communities (short names) and their regional councils. */
export interface CommunityNames {
  id: string;
  shortName: string;
  regionalCouncils: readonly { id: string; name: string }[];
  /** The municipalities a MUNICIPALITY grant may name; left out where no such grant is shown. */
  partners?: readonly { id: string; name: string }[];
}

export function roleName(role: Role, t: TFunction): string {
  return t(`roles.names.${role}`);
}

/**
 * A role as the UI shows it: "Sekretariat – Helgeland", "Regionråd – Indre Helgeland Regionråd",
 * "Nasjonal analytiker". Without `showCommunity` (on a page about the community) the community is
 * left out. Names that are not known are left out too.
 */
export function roleLabel(grant: RoleGrantLike, t: TFunction, communities: readonly CommunityNames[], showCommunity = true): string {
  const role = roleName(grant.role, t);
  const community = grant.communityId ? communities.find((candidate) => candidate.id === grant.communityId) : undefined;
  if (grant.regionalCouncilId) {
    const council =
      community?.regionalCouncils.find((candidate) => candidate.id === grant.regionalCouncilId) ??
      communities.flatMap((candidate) => candidate.regionalCouncils).find((candidate) => candidate.id === grant.regionalCouncilId);
    if (council) return t('roles.forCouncil', { role, council: council.name });
  }
  if (grant.partnerId) {
    const partner = communities.flatMap((candidate) => candidate.partners ?? []).find((candidate) => candidate.id === grant.partnerId);
    if (partner) return t('roles.forCouncil', { role, council: partner.name });
  }
  if (showCommunity && community) return t('roles.inCommunity', { role, community: community.shortName });
  return role;
}

/** Roles in a stable order: as in `communityRoles`, national roles last, then by label. */
export function sortRoles<T extends RoleGrantLike>(grants: readonly T[], label: (grant: T) => string): T[] {
  const order: readonly Role[] = [...communityRoles, 'NATIONAL_ANALYST', 'PLATFORM_ADMIN'];
  return [...grants].sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || label(a).localeCompare(label(b), 'nb'));
}

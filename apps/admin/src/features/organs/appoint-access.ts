import type { RoleGrantLike } from '../../shared/role-labels';

/**
 * Which appointment controls the UI offers. They mirror the API's rules only to hide what a user
 * cannot use: the API checks every appointment itself.
 */
interface UserWithRoles {
  roles: readonly RoleGrantLike[];
}

/** The regional councils of the community the user acts for. */
export function councilsActedFor(user: UserWithRoles | undefined, communityId: string): string[] {
  return (user?.roles ?? []).flatMap((grant) =>
    grant.role === 'REGIONAL_COUNCIL' && grant.communityId === communityId && grant.regionalCouncilId ? [grant.regionalCouncilId] : [],
  );
}

/**
 * Members and personal deputies of a council's seats: that council's users, and the secretariat,
 * which records the decisions of every appointing body.
 */
export function canAppointForCouncil(user: UserWithRoles | undefined, communityId: string, councilId: string): boolean {
  if (user?.roles.some((grant) => grant.role === 'SECRETARIAT' && grant.communityId === communityId)) return true;
  return councilsActedFor(user, communityId).includes(councilId);
}

/** Internal lists such as the appointments ending soon: anyone with a role in the community. */
export function canReadInternal(user: UserWithRoles | undefined, communityId: string): boolean {
  const internalRoles: readonly string[] = ['SECRETARIAT', 'SSU_MEMBER', 'REGIONAL_COUNCIL', 'ANALYST'];
  return user?.roles.some((grant) => internalRoles.includes(grant.role) && grant.communityId === communityId) ?? false;
}

import type { RoleGrantLike } from '../../shared/role-labels';

/**
 * The regional councils of the community a user holds a council role for: where "Våre seter" leads.
 * It reads the user's own roles only; what they may do on a seat the API says (`Seat.canAppoint`).
 */
export function councilsActedFor(user: { roles: readonly RoleGrantLike[] } | undefined, communityId: string): string[] {
  return (user?.roles ?? []).flatMap((grant) =>
    grant.role === 'REGIONAL_COUNCIL' && grant.communityId === communityId && grant.regionalCouncilId ? [grant.regionalCouncilId] : [],
  );
}

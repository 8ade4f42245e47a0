import type { RoleGrantLike } from '../../shared/role-labels';

/**
 * Which links and pages the UI offers. These mirror the API's permissions only to hide what a
 * user cannot use: the API checks every request itself.
 */
interface UserWithRoles {
  roles: readonly RoleGrantLike[];
}

/** Users and roles: the community's secretariat, or a platform administrator. */
export function canManageUsers(user: UserWithRoles | undefined, communityId: string): boolean {
  return (
    user?.roles.some((grant) => (grant.role === 'SECRETARIAT' && grant.communityId === communityId) || grant.role === 'PLATFORM_ADMIN') ??
    false
  );
}

/** The follow-up of decisions: the community's own users (every community role). */
export function canReadFollowUp(user: UserWithRoles | undefined, communityId: string): boolean {
  return user?.roles.some((grant) => grant.communityId === communityId) ?? false;
}

/** The audit log: the community's secretariat. */
export function canReadAuditLog(user: UserWithRoles | undefined, communityId: string): boolean {
  return user?.roles.some((grant) => grant.role === 'SECRETARIAT' && grant.communityId === communityId) ?? false;
}

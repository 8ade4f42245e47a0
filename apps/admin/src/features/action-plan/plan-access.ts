import type { Role } from '../../gql/graphql';

/**
 * What the action plan pages offer to whom. These mirror the API's permissions only to hide what a
 * user cannot use (`apps/api/src/modules/auth/permissions.ts`); the API checks every request itself.
 */
interface UserWithRoles {
  id: string;
  roles: readonly { role: Role; communityId?: string | null }[];
}

function holds(user: UserWithRoles | undefined, communityId: string, roles: readonly Role[]): boolean {
  return user?.roles.some((grant) => grant.communityId === communityId && roles.includes(grant.role)) ?? false;
}

/** Drafts and update histories are internal: every role held in the community reads them. */
export function canReadInternal(user: UserWithRoles | undefined, communityId: string): boolean {
  return holds(user, communityId, ['SECRETARIAT', 'SSU_MEMBER', 'REGIONAL_COUNCIL', 'ANALYST']);
}

/** A measure's status: the secretariat, or the SSU member who is its reporter. */
export function canReportOnMeasure(
  user: UserWithRoles | undefined,
  communityId: string,
  reporterUserId: string | null | undefined,
): boolean {
  if (holds(user, communityId, ['SECRETARIAT'])) return true;
  return user !== undefined && reporterUserId === user.id && holds(user, communityId, ['SSU_MEMBER']);
}

/** A target's indicator value: the secretariat. */
export function canRecordIndicator(user: UserWithRoles | undefined, communityId: string): boolean {
  return holds(user, communityId, ['SECRETARIAT']);
}

/** The commentary of a draft report: the secretariat and SSU members. */
export function canWriteCommentary(user: UserWithRoles | undefined, communityId: string): boolean {
  return holds(user, communityId, ['SECRETARIAT', 'SSU_MEMBER']);
}

/** Freezing a report: the secretariat. */
export function canFreezeReport(user: UserWithRoles | undefined, communityId: string): boolean {
  return holds(user, communityId, ['SECRETARIAT']);
}

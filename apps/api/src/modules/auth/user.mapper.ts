import type { UserEntity } from './user.entity.js';
import type { RoleGrantRow, UserRow } from './user.repository.js';
import { Me, RoleGrant, User } from './user.type.js';

export function toRoleGrant(grant: RoleGrantRow): RoleGrant {
  return Object.assign(new RoleGrant(), {
    id: grant.id,
    role: grant.role,
    communityId: grant.communityId,
    regionalCouncilId: grant.regionalCouncilId,
    partnerId: grant.partnerId,
  });
}

/** A user as a row of the read path, from an entity a change just wrote. */
export function userRowOf(user: UserEntity, roles: readonly RoleGrantRow[]): UserRow {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    hasPassword: user.passwordHash !== null,
    usesIdentityProvider: user.oidcSubject !== null,
    roles: [...roles],
  };
}

/** `email` is the address only when the policy lets the caller see it (null otherwise). */
export function toUser(user: UserRow, email: string | null): User {
  return Object.assign(new User(), {
    id: user.id,
    name: user.name,
    email,
    roles: user.roles.map(toRoleGrant),
    hasPassword: user.hasPassword,
    usesIdentityProvider: user.usesIdentityProvider,
  });
}

export function toMe(user: UserRow): Me {
  return Object.assign(new Me(), {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles.map(toRoleGrant),
    hasPassword: user.hasPassword,
  });
}

import type { RoleAssignmentEntity, UserEntity } from './user.entity.js';
import { Me, RoleGrant, User } from './user.type.js';
import type { UserWithRoles } from './user.service.js';

export function toRoleGrant(entity: RoleAssignmentEntity): RoleGrant {
  return Object.assign(new RoleGrant(), {
    id: entity.id,
    role: entity.role,
    communityId: entity.communityId,
    regionalCouncilId: entity.regionalCouncilId,
  });
}

export function toUser({ user, roles, email }: UserWithRoles): User {
  return Object.assign(new User(), {
    id: user.id,
    name: user.name,
    email,
    roles: roles.map(toRoleGrant),
    hasPassword: user.passwordHash !== null,
    usesIdentityProvider: user.oidcSubject !== null,
  });
}

export function toMe(user: UserEntity, roles: RoleAssignmentEntity[]): Me {
  return Object.assign(new Me(), {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: roles.map(toRoleGrant),
    hasPassword: user.passwordHash !== null,
  });
}

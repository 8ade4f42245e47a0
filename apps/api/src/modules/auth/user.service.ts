import { badUserInput, conflict, notFound } from '../../common/errors.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import type { Caller } from './caller.js';
import { hashPassword } from './password.js';
import { NATIONAL_ROLES } from './permissions.js';
import { authorize, can } from './policy.js';
import { RoleAssignmentEntity, UserEntity } from './user.entity.js';
import type { GrantRoleInput } from './user.inputs.js';

export interface UserWithRoles {
  user: UserEntity;
  roles: RoleAssignmentEntity[];
  /** Null when the caller may not see it (personal data). */
  email: string | null;
}

export class UserService {
  constructor(
    private readonly repositories: Repositories,
    private readonly inTransaction: InTransaction,
  ) {}

  /** Everyone with a role in the community. */
  async listUsers(caller: Caller, communityId: string): Promise<UserWithRoles[]> {
    authorize(caller, 'users:manage', communityId);
    const roles = await this.repositories.users.findRolesInCommunity(communityId);
    const users = await this.repositories.users.findByIds([...new Set(roles.map((role) => role.userId))]);
    return users.map((user) => ({
      user,
      roles: roles.filter((role) => role.userId === user.id),
      email: visibleEmail(caller, user, communityId),
    }));
  }

  grantRole(caller: Caller, input: GrantRoleInput, communityId: string | null, regionalCouncilId: string | null): Promise<UserWithRoles> {
    const national = NATIONAL_ROLES.includes(input.role);
    if (national && communityId) throw badUserInput('communityId', `${input.role} holds in every community: leave communityId out`);
    if (!national && !communityId) throw badUserInput('communityId', `is required for ${input.role}`);
    if (input.role === 'REGIONAL_COUNCIL' && !regionalCouncilId)
      throw badUserInput('regionalCouncilId', 'is required for REGIONAL_COUNCIL');
    if (input.role !== 'REGIONAL_COUNCIL' && regionalCouncilId) throw badUserInput('regionalCouncilId', 'is only for REGIONAL_COUNCIL');
    authorize(caller, 'users:manage', communityId);

    return this.inTransaction(async (repositories) => {
      if (communityId && !(await repositories.communities.findById(communityId))) throw notFound('community', communityId);
      if (regionalCouncilId) {
        const council = await repositories.regionalCouncils.findById(regionalCouncilId);
        if (!council || council.communityId !== communityId)
          throw badUserInput('regionalCouncilId', 'is not a regional council of this community');
      }
      const email = input.email.trim().toLowerCase();
      let user = await repositories.users.findByEmail(email);
      if (!user) {
        user = await repositories.users.save(
          Object.assign(new UserEntity(), {
            email,
            name: input.name.trim(),
            passwordHash: input.initialPassword ? await hashPassword(input.initialPassword) : null,
            oidcIssuer: null,
            oidcSubject: null,
            isDemo: false,
          }),
        );
        await repositories.audit.record(caller, { action: 'CREATE', entityType: 'User', entityId: user.id, communityId, after: user });
      }
      const role = Object.assign(new RoleAssignmentEntity(), { userId: user.id, role: input.role, communityId, regionalCouncilId });
      if (await repositories.users.findSameRole(role)) throw conflict(`${user.name} already has this role.`);
      const saved = await repositories.users.saveRole(role);
      await repositories.audit.record(caller, {
        action: 'CREATE',
        entityType: 'RoleAssignment',
        entityId: saved.id,
        communityId,
        after: saved,
      });
      const roles = (await repositories.users.findRolesOfUsers([user.id])).filter((grant) => grant.communityId === communityId);
      return { user, roles, email: visibleEmail(caller, user, communityId) };
    });
  }

  revokeRole(caller: Caller, roleAssignmentId: string): Promise<UserWithRoles> {
    return this.inTransaction(async (repositories) => {
      const role = await repositories.users.findRole(roleAssignmentId);
      if (!role) throw notFound('roleGrant', roleAssignmentId);
      authorize(caller, 'users:manage', role.communityId);
      if (role.role === 'SECRETARIAT' && role.communityId && (await repositories.users.countRole(role.communityId, 'SECRETARIAT')) <= 1) {
        throw conflict('The community must keep at least one secretariat user: give the role to someone else first.');
      }
      await repositories.users.deleteRole(role.id);
      await repositories.audit.record(caller, {
        action: 'DELETE',
        entityType: 'RoleAssignment',
        entityId: role.id,
        communityId: role.communityId,
        before: role,
      });
      const user = await repositories.users.findById(role.userId);
      if (!user) throw notFound('user', role.userId);
      const roles = (await repositories.users.findRolesOfUsers([user.id])).filter((grant) => grant.communityId === role.communityId);
      return { user, roles, email: visibleEmail(caller, user, role.communityId) };
    });
  }
}

/** Personal data: the secretariat of the community and the person themself. */
function visibleEmail(caller: Caller, user: UserEntity, communityId: string | null): string | null {
  if (caller.kind === 'user' && caller.userId === user.id) return user.email;
  return can(caller, 'personal-data:read', communityId) ? user.email : null;
}

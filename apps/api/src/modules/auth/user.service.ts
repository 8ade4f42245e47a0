import { badUserInput, conflict, forbidden, notFound } from '../../common/errors.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import type { Caller } from './caller.js';
import type { PasswordLinkService } from './password-link.service.js';
import { NATIONAL_ROLES } from './permissions.js';
import { authorize, can } from './policy.js';
import { isSelfGrant } from './role-grant.rules.js';
import { RoleAssignmentEntity, UserEntity } from './user.entity.js';
import type { GrantRoleInput } from './user.inputs.js';
import { userRowOf } from './user.mapper.js';
import type { UserRow } from './user.repository.js';

export interface UserWithRoles {
  user: UserRow;
  /** Null when the caller may not see it (personal data). */
  email: string | null;
}

export class UserService {
  constructor(
    private readonly repositories: Repositories,
    private readonly inTransaction: InTransaction,
    private readonly passwordLinks: PasswordLinkService,
  ) {}

  /** Everyone with a role in the community. */
  async listUsers(caller: Caller, communityId: string): Promise<UserWithRoles[]> {
    authorize(caller, 'users:manage', communityId);
    return (await this.repositories.users.readUsersOfCommunity(communityId)).map((user) => ({
      user,
      email: visibleEmail(caller, user, communityId),
    }));
  }

  /**
   * Gives a role; a new address gets an account without a password and an invitation to set one. An
   * existing account's credentials are never touched: only its owner sets a password.
   */
  grantRole(
    caller: Caller,
    input: GrantRoleInput,
    communityId: string | null,
    regionalCouncilId: string | null,
    partnerId: string | null,
  ): Promise<UserWithRoles> {
    const { role } = input;
    const national = NATIONAL_ROLES.includes(role);
    if (national && communityId)
      throw badUserInput('communityId', 'ROLE_IS_NATIONAL', { role }, `${role} holds in every community: leave communityId out`);
    if (!national && !communityId) throw badUserInput('communityId', 'ROLE_NEEDS_COMMUNITY', { role }, `is required for ${role}`);
    if (role === 'REGIONAL_COUNCIL' && !regionalCouncilId)
      throw badUserInput('regionalCouncilId', 'ROLE_NEEDS_REGIONAL_COUNCIL', {}, 'is required for REGIONAL_COUNCIL');
    if (role !== 'REGIONAL_COUNCIL' && regionalCouncilId)
      throw badUserInput('regionalCouncilId', 'REGIONAL_COUNCIL_ONLY_FOR_COUNCIL_ROLE', {}, 'is only for REGIONAL_COUNCIL');
    if (role === 'MUNICIPALITY' && !partnerId) throw badUserInput('partnerId', 'ROLE_NEEDS_PARTNER', {}, 'is required for MUNICIPALITY');
    if (role !== 'MUNICIPALITY' && partnerId)
      throw badUserInput('partnerId', 'PARTNER_ONLY_FOR_MUNICIPALITY_ROLE', {}, 'is only for MUNICIPALITY');
    authorize(caller, 'users:manage', communityId);
    const email = input.email.trim().toLowerCase();
    if (isSelfGrant(caller, email))
      throw forbidden('SELF_GRANT', {}, 'Nobody gives roles to their own account: ask another administrator.');

    return this.inTransaction(async (repositories) => {
      const community = communityId ? await repositories.communities.findById(communityId) : null;
      if (communityId && !community) throw notFound('community', communityId);
      if (regionalCouncilId) {
        const council = await repositories.regionalCouncils.findById(regionalCouncilId);
        if (!council || council.communityId !== communityId)
          throw badUserInput('regionalCouncilId', 'REGIONAL_COUNCIL_OF_OTHER_COMMUNITY', {}, 'is not a regional council of this community');
      }
      if (partnerId) {
        const partner = await repositories.partners.findById(partnerId);
        if (!partner || partner.communityId !== communityId || partner.kind !== 'MUNICIPALITY')
          throw badUserInput('partnerId', 'PARTNER_NOT_MUNICIPALITY_OF_COMMUNITY', {}, 'is not a municipality of this community');
      }
      let user = await repositories.users.findByEmail(email);
      // Someone who has neither a password nor an identity provider cannot sign in: a fresh invitation is their way in.
      const invite = !user?.passwordHash && !user?.oidcSubject;
      if (!user) {
        user = await repositories.users.save(
          Object.assign(new UserEntity(), {
            email,
            name: input.name.trim(),
            passwordHash: null,
            oidcIssuer: null,
            oidcSubject: null,
            isDemo: false,
          }),
        );
        await repositories.audit.record(caller, {
          action: 'CREATE',
          entityType: 'User',
          entityId: user.id,
          communityId,
          after: { ...user, invitationSent: true },
        });
      } else if (invite) {
        await repositories.audit.record(caller, {
          action: 'UPDATE',
          entityType: 'User',
          entityId: user.id,
          communityId,
          after: { id: user.id, invitationSent: true },
        });
      }
      if (invite) await this.passwordLinks.invite(repositories, caller, user, community?.name ?? null);
      const grant = Object.assign(new RoleAssignmentEntity(), { userId: user.id, role, communityId, regionalCouncilId, partnerId });
      if (await repositories.users.findSameRole(grant))
        throw conflict('ROLE_ALREADY_HELD', { name: user.name }, `${user.name} already has this role.`);
      const saved = await repositories.users.saveRole(grant);
      await repositories.audit.record(caller, {
        action: 'CREATE',
        entityType: 'RoleAssignment',
        entityId: saved.id,
        communityId,
        after: saved,
      });
      const roles = (await repositories.users.findRolesOfUsers([user.id])).filter((held) => held.communityId === communityId);
      return { user: userRowOf(user, roles), email: visibleEmail(caller, user, communityId) };
    });
  }

  revokeRole(caller: Caller, roleAssignmentId: string): Promise<UserWithRoles> {
    return this.inTransaction(async (repositories) => {
      const found = await repositories.users.findRole(roleAssignmentId);
      if (!found) throw notFound('roleGrant', roleAssignmentId);
      authorize(caller, 'users:manage', found.communityId);
      if (found.communityId) await repositories.users.lockCommunityRoles(found.communityId);
      // Read again under the lock: a revocation that went first may have taken it already.
      const role = await repositories.users.findRole(roleAssignmentId);
      if (!role) throw notFound('roleGrant', roleAssignmentId);
      if (role.role === 'SECRETARIAT' && role.communityId && (await repositories.users.countRole(role.communityId, 'SECRETARIAT')) <= 1) {
        throw conflict(
          'LAST_SECRETARIAT',
          {},
          'The community must keep at least one secretariat user: give the role to someone else first.',
        );
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
      return { user: userRowOf(user, roles), email: visibleEmail(caller, user, role.communityId) };
    });
  }
}

/** Personal data: the secretariat of the community and the person themself. */
function visibleEmail(caller: Caller, user: Pick<UserEntity, 'id' | 'email'>, communityId: string | null): string | null {
  if (caller.kind === 'user' && caller.userId === user.id) return user.email;
  return can(caller, 'personal-data:read', communityId) ? user.email : null;
}

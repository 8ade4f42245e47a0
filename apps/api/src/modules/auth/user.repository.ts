import { In, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { RoleAssignmentEntity, SignInFailureEntity, UserEntity } from './user.entity.js';

export class UserRepository {
  constructor(private readonly manager: EntityManager) {}

  findById(userId: string): Promise<UserEntity | null> {
    return this.manager.findOneBy(UserEntity, { id: userId });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.manager.findOneBy(UserEntity, { email: email.toLowerCase() });
  }

  findByOidcSubject(issuer: string, subject: string): Promise<UserEntity | null> {
    return this.manager.findOneBy(UserEntity, { oidcIssuer: issuer, oidcSubject: subject });
  }

  findByIds(userIds: readonly string[]): Promise<UserEntity[]> {
    return this.manager.find(UserEntity, { where: { id: In([...userIds]) }, order: { name: 'ASC' } });
  }

  save(user: UserEntity): Promise<UserEntity> {
    return this.manager.save(UserEntity, user);
  }

  countDemoUsers(): Promise<number> {
    return this.manager.countBy(UserEntity, { isDemo: true });
  }

  findRolesOfUsers(userIds: readonly string[]): Promise<RoleAssignmentEntity[]> {
    return this.manager.find(RoleAssignmentEntity, { where: { userId: In([...userIds]) }, order: { createdAt: 'ASC' } });
  }

  /** Every role granted in the community. */
  findRolesInCommunity(communityId: string): Promise<RoleAssignmentEntity[]> {
    return this.manager.find(RoleAssignmentEntity, { where: { communityId }, order: { createdAt: 'ASC' } });
  }

  findRole(roleAssignmentId: string): Promise<RoleAssignmentEntity | null> {
    return this.manager.findOneBy(RoleAssignmentEntity, { id: roleAssignmentId });
  }

  findSameRole(role: Omit<RoleAssignmentEntity, 'id' | 'createdAt'>): Promise<RoleAssignmentEntity | null> {
    return this.manager.findOneBy(RoleAssignmentEntity, {
      userId: role.userId,
      role: role.role,
      communityId: role.communityId ?? IsNull(),
      regionalCouncilId: role.regionalCouncilId ?? IsNull(),
    });
  }

  countRole(communityId: string, role: RoleAssignmentEntity['role']): Promise<number> {
    return this.manager.countBy(RoleAssignmentEntity, { communityId, role });
  }

  saveRole(role: RoleAssignmentEntity): Promise<RoleAssignmentEntity> {
    return this.manager.save(RoleAssignmentEntity, role);
  }

  async deleteRole(roleAssignmentId: string): Promise<void> {
    await this.manager.delete(RoleAssignmentEntity, { id: roleAssignmentId });
  }

  async recordSignInFailure(email: string, ip: string): Promise<void> {
    await this.manager.insert(SignInFailureEntity, { email: email.toLowerCase(), ip });
  }

  async countSignInFailures(email: string, ip: string, since: Date): Promise<{ forAccount: number; forAddress: number }> {
    const [forAccount, forAddress] = await Promise.all([
      this.manager.countBy(SignInFailureEntity, { email: email.toLowerCase(), at: MoreThan(since) }),
      this.manager.countBy(SignInFailureEntity, { ip, at: MoreThan(since) }),
    ]);
    return { forAccount, forAddress };
  }
}

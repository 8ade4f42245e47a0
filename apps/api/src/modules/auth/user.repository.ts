import { In, IsNull, type EntityManager } from 'typeorm';
import { RoleAssignmentEntity, UserEntity } from './user.entity.js';

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

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.manager.update(UserEntity, { id: userId }, { passwordHash });
  }

  /** Links the identity provider's subject to an account not linked yet; null when it already is. */
  async linkIdentity(userId: string, issuer: string, subject: string): Promise<UserEntity | null> {
    const [, affected] = await this.manager.query<[unknown, number]>(
      `UPDATE app_user SET oidc_issuer = $2, oidc_subject = $3, updated_at = now()
       WHERE id = $1 AND oidc_issuer IS NULL AND oidc_subject IS NULL`,
      [userId, issuer, subject],
    );
    return affected === 1 ? this.findById(userId) : null;
  }

  /**
   * Locks the community's row for the rest of the transaction: role changes in one community take
   * turns, so a rule over all of its roles (one secretariat at least) holds under parallel requests.
   */
  async lockCommunityRoles(communityId: string): Promise<void> {
    await this.manager.query(`SELECT id FROM community WHERE id = $1 FOR NO KEY UPDATE`, [communityId]);
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
}

import { In, IsNull, type EntityManager } from 'typeorm';
import { selectRows } from '../../database/rows.js';
import { RoleAssignmentEntity, UserEntity } from './user.entity.js';

export type RoleGrantRow = Pick<RoleAssignmentEntity, 'id' | 'role' | 'communityId' | 'regionalCouncilId' | 'partnerId'>;

/** A user as the read path shows them: no password hash, only whether there is one. */
export interface UserRow {
  id: string;
  name: string;
  email: string;
  hasPassword: boolean;
  usesIdentityProvider: boolean;
  /** Oldest first. */
  roles: RoleGrantRow[];
}

/** A user's role grants as one JSON array, oldest first (for a statement grouped by user). */
const ROLES_JSON = `json_agg(json_build_object('id', r.id, 'role', r.role, 'communityId', r.community_id,
  'regionalCouncilId', r.regional_council_id, 'partnerId', r.partner_id) ORDER BY r.created_at, r.id)`;
const USER_COLUMNS = `u.id, u.name, u.email, u.password_hash IS NOT NULL AS "hasPassword", u.oidc_subject IS NOT NULL AS "usesIdentityProvider"`;

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

  /** The user with every role they hold, in one statement. */
  readWithRoles(userId: string): Promise<UserRow | null> {
    return selectRows<UserRow>(
      this.manager,
      `SELECT ${USER_COLUMNS}, COALESCE(${ROLES_JSON} FILTER (WHERE r.id IS NOT NULL), '[]') AS roles
       FROM app_user u LEFT JOIN role_assignment r ON r.user_id = u.id WHERE u.id = $1 GROUP BY u.id`,
      [userId],
    ).then((rows) => rows[0] ?? null);
  }

  /** Everyone with a role in the community, by name, with their roles there: one statement. */
  readUsersOfCommunity(communityId: string): Promise<UserRow[]> {
    return selectRows<UserRow>(
      this.manager,
      `SELECT ${USER_COLUMNS}, ${ROLES_JSON} AS roles
       FROM role_assignment r JOIN app_user u ON u.id = r.user_id
       WHERE r.community_id = $1 GROUP BY u.id ORDER BY u.name, u.id`,
      [communityId],
    );
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

  findRole(roleAssignmentId: string): Promise<RoleAssignmentEntity | null> {
    return this.manager.findOneBy(RoleAssignmentEntity, { id: roleAssignmentId });
  }

  findSameRole(role: Omit<RoleAssignmentEntity, 'id' | 'createdAt'>): Promise<RoleAssignmentEntity | null> {
    return this.manager.findOneBy(RoleAssignmentEntity, {
      userId: role.userId,
      role: role.role,
      communityId: role.communityId ?? IsNull(),
      regionalCouncilId: role.regionalCouncilId ?? IsNull(),
      partnerId: role.partnerId ?? IsNull(),
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

import { In, type EntityManager } from 'typeorm';
import { selectRows } from '../../database/rows.js';
import { PARTNER_COLUMNS } from '../partner/partner.repository.js';
import type { Partner } from '../partner/partner.type.js';
import { RegionalCouncilEntity, RegionalCouncilMemberEntity } from './regional-council.entity.js';
import type { RegionalCouncil } from './regional-council.type.js';

const COUNCIL_COLUMNS = `c.id, c.community_id AS "communityId", c.name`;

export class RegionalCouncilRepository {
  constructor(private readonly manager: EntityManager) {}

  findByCommunityIds(communityIds: readonly string[]): Promise<RegionalCouncilEntity[]> {
    return this.manager.find(RegionalCouncilEntity, { where: { communityId: In([...communityIds]) }, order: { name: 'ASC' } });
  }

  /** The councils of the communities as plain rows, by name. */
  readByCommunityIds(communityIds: readonly string[]): Promise<RegionalCouncil[]> {
    return selectRows<RegionalCouncil>(
      this.manager,
      `SELECT ${COUNCIL_COLUMNS} FROM regional_council c WHERE c.community_id = ANY($1::uuid[]) ORDER BY c.name`,
      [communityIds],
    );
  }

  /** The member municipalities of the councils in one statement, by municipality number. */
  readMembers(regionalCouncilIds: readonly string[]): Promise<(Partner & { regionalCouncilId: string })[]> {
    return selectRows(
      this.manager,
      `SELECT m.regional_council_id AS "regionalCouncilId", ${PARTNER_COLUMNS}
         FROM regional_council_member m JOIN partner p ON p.id = m.partner_id
        WHERE m.regional_council_id = ANY($1::uuid[])
        ORDER BY p.municipality_number`,
      [regionalCouncilIds],
    );
  }

  /** The council of each partner that is a member of one, in one statement. */
  readCouncilsOfPartners(partnerIds: readonly string[]): Promise<(RegionalCouncil & { partnerId: string })[]> {
    return selectRows(
      this.manager,
      `SELECT m.partner_id AS "partnerId", ${COUNCIL_COLUMNS}
         FROM regional_council_member m JOIN regional_council c ON c.id = m.regional_council_id
        WHERE m.partner_id = ANY($1::uuid[])`,
      [partnerIds],
    );
  }

  findById(regionalCouncilId: string): Promise<RegionalCouncilEntity | null> {
    return this.manager.findOneBy(RegionalCouncilEntity, { id: regionalCouncilId });
  }

  findByName(communityId: string, name: string): Promise<RegionalCouncilEntity | null> {
    return this.manager.findOneBy(RegionalCouncilEntity, { communityId, name });
  }

  save(entity: RegionalCouncilEntity): Promise<RegionalCouncilEntity> {
    return this.manager.save(RegionalCouncilEntity, entity);
  }

  findMembersOfCouncils(regionalCouncilIds: readonly string[]): Promise<RegionalCouncilMemberEntity[]> {
    return this.manager.findBy(RegionalCouncilMemberEntity, { regionalCouncilId: In([...regionalCouncilIds]) });
  }

  findMembershipsOfPartners(partnerIds: readonly string[]): Promise<RegionalCouncilMemberEntity[]> {
    return this.manager.findBy(RegionalCouncilMemberEntity, { partnerId: In([...partnerIds]) });
  }

  async replaceMembers(regionalCouncilId: string, partnerIds: readonly string[]): Promise<void> {
    await this.manager.delete(RegionalCouncilMemberEntity, { regionalCouncilId });
    if (partnerIds.length > 0) {
      await this.manager.insert(
        RegionalCouncilMemberEntity,
        partnerIds.map((partnerId) => ({ partnerId, regionalCouncilId })),
      );
    }
  }

  /** Adds memberships; a municipality already in a council stays where it is. */
  async addMembersIfFree(regionalCouncilId: string, partnerIds: readonly string[]): Promise<void> {
    if (partnerIds.length === 0) return;
    await this.manager
      .createQueryBuilder()
      .insert()
      .into(RegionalCouncilMemberEntity)
      .values(partnerIds.map((partnerId) => ({ partnerId, regionalCouncilId })))
      .orIgnore()
      .execute();
  }
}

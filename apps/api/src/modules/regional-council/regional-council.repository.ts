import { In, type EntityManager } from 'typeorm';
import { RegionalCouncilEntity, RegionalCouncilMemberEntity } from './regional-council.entity.js';

export class RegionalCouncilRepository {
  constructor(private readonly manager: EntityManager) {}

  findByCommunityIds(communityIds: readonly string[]): Promise<RegionalCouncilEntity[]> {
    return this.manager.find(RegionalCouncilEntity, { where: { communityId: In([...communityIds]) }, order: { name: 'ASC' } });
  }

  findByIdsInAnyCommunity(regionalCouncilIds: readonly string[]): Promise<RegionalCouncilEntity[]> {
    return this.manager.findBy(RegionalCouncilEntity, { id: In([...regionalCouncilIds]) });
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

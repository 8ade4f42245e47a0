import { In, type EntityManager } from 'typeorm';
import { PartnerEntity, PartnerPopulationEntity } from './partner.entity.js';

export class PartnerRepository {
  constructor(private readonly manager: EntityManager) {}

  findByCommunityIds(communityIds: readonly string[]): Promise<PartnerEntity[]> {
    return this.manager.find(PartnerEntity, {
      where: { communityId: In([...communityIds]) },
      order: { kind: 'ASC', name: 'ASC' },
    });
  }

  findById(partnerId: string): Promise<PartnerEntity | null> {
    return this.manager.findOneBy(PartnerEntity, { id: partnerId });
  }

  findByIds(communityId: string, partnerIds: readonly string[]): Promise<PartnerEntity[]> {
    return this.manager.findBy(PartnerEntity, { communityId, id: In([...partnerIds]) });
  }

  /** Partners by id whatever their community: for loaders whose ids come from already-scoped rows. */
  findByIdsInAnyCommunity(partnerIds: readonly string[]): Promise<PartnerEntity[]> {
    return this.manager.findBy(PartnerEntity, { id: In([...partnerIds]) });
  }

  findByMunicipalityNumber(communityId: string, municipalityNumber: string): Promise<PartnerEntity | null> {
    return this.manager.findOneBy(PartnerEntity, { communityId, municipalityNumber });
  }

  save(entity: PartnerEntity): Promise<PartnerEntity> {
    return this.manager.save(PartnerEntity, entity);
  }

  findPopulations(partnerIds: readonly string[]): Promise<PartnerPopulationEntity[]> {
    return this.manager.find(PartnerPopulationEntity, { where: { partnerId: In([...partnerIds]) }, order: { year: 'ASC' } });
  }

  async savePopulation(partnerId: string, year: number, population: number): Promise<void> {
    await this.manager.upsert(PartnerPopulationEntity, { partnerId, year, population }, ['partnerId', 'year']);
  }
}

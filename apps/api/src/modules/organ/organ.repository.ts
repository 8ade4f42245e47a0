import { In, type EntityManager } from 'typeorm';
import { OrganEntity } from './organ.entity.js';

export class OrganRepository {
  constructor(private readonly manager: EntityManager) {}

  findByCommunityIds(communityIds: readonly string[]): Promise<OrganEntity[]> {
    return this.manager.find(OrganEntity, { where: { communityId: In([...communityIds]) }, order: { establishedOn: 'ASC', name: 'ASC' } });
  }

  findByIdsInAnyCommunity(organIds: readonly string[]): Promise<OrganEntity[]> {
    return this.manager.findBy(OrganEntity, { id: In([...organIds]) });
  }

  findById(organId: string): Promise<OrganEntity | null> {
    return this.manager.findOneBy(OrganEntity, { id: organId });
  }

  findByName(communityId: string, name: string): Promise<OrganEntity | null> {
    return this.manager.findOneBy(OrganEntity, { communityId, name });
  }

  save(entity: OrganEntity): Promise<OrganEntity> {
    return this.manager.save(OrganEntity, entity);
  }
}

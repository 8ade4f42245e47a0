import type { EntityManager } from 'typeorm';
import { CommunityEntity } from './community.entity.js';

export class CommunityRepository {
  constructor(private readonly manager: EntityManager) {}

  findAll(): Promise<CommunityEntity[]> {
    return this.manager.find(CommunityEntity, { order: { name: 'ASC' } });
  }

  findById(communityId: string): Promise<CommunityEntity | null> {
    return this.manager.findOneBy(CommunityEntity, { id: communityId });
  }

  findByName(name: string): Promise<CommunityEntity | null> {
    return this.manager.findOneBy(CommunityEntity, { name });
  }

  save(entity: CommunityEntity): Promise<CommunityEntity> {
    return this.manager.save(CommunityEntity, entity);
  }
}

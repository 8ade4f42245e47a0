import { conflict, notFound } from '../../common/errors.js';
import { CommunityEntity } from './community.entity.js';
import type { CreateCommunityInput, UpdateCommunityInput } from './community.inputs.js';
import type { Repositories } from '../../database/repositories.js';

export class CommunityService {
  constructor(private readonly repositories: Repositories) {}

  private get communities() {
    return this.repositories.communities;
  }

  list(): Promise<CommunityEntity[]> {
    return this.communities.findAll();
  }

  async get(communityId: string): Promise<CommunityEntity> {
    const community = await this.communities.findById(communityId);
    if (!community) throw notFound('community', communityId);
    return community;
  }

  async create(input: CreateCommunityInput): Promise<CommunityEntity> {
    const name = input.name.trim();
    await this.assertNameFree(name);
    return this.communities.save(Object.assign(new CommunityEntity(), { name, shortName: input.shortName.trim() }));
  }

  async update(communityId: string, input: UpdateCommunityInput): Promise<CommunityEntity> {
    const community = await this.get(communityId);
    if (input.name !== undefined && input.name.trim() !== community.name) {
      await this.assertNameFree(input.name.trim());
      community.name = input.name.trim();
    }
    if (input.shortName !== undefined) community.shortName = input.shortName.trim();
    return this.communities.save(community);
  }

  private async assertNameFree(name: string): Promise<void> {
    if (await this.communities.findByName(name)) throw conflict(`name: a community named "${name}" already exists.`, 'name');
  }
}

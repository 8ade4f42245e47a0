import { conflict, notFound } from '../../common/errors.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import type { Caller } from '../auth/caller.js';
import { authorize } from '../auth/policy.js';
import { CommunityEntity } from './community.entity.js';
import type { CreateCommunityInput, UpdateCommunityInput } from './community.inputs.js';
import type { Community } from './community.type.js';

export class CommunityService {
  constructor(
    private readonly repositories: Repositories,
    private readonly inTransaction: InTransaction,
  ) {}

  list(): Promise<Community[]> {
    return this.repositories.communities.readAll();
  }

  async get(communityId: string): Promise<Community> {
    const community = await this.repositories.communities.read(communityId);
    if (!community) throw notFound('community', communityId);
    return community;
  }

  create(caller: Caller, input: CreateCommunityInput): Promise<CommunityEntity> {
    authorize(caller, 'communities:create', null);
    return this.inTransaction(async (repositories) => {
      const name = input.name.trim();
      await assertNameFree(repositories, name);
      const community = await repositories.communities.save(
        Object.assign(new CommunityEntity(), { name, shortName: input.shortName.trim() }),
      );
      await repositories.audit.record(caller, {
        action: 'CREATE',
        entityType: 'Community',
        entityId: community.id,
        communityId: community.id,
        after: community,
      });
      return community;
    });
  }

  update(caller: Caller, communityId: string, input: UpdateCommunityInput): Promise<CommunityEntity> {
    return this.inTransaction(async (repositories) => {
      const community = await repositories.communities.findById(communityId);
      if (!community) throw notFound('community', communityId);
      authorize(caller, 'community:administer', community.id);
      const before = { ...community };
      if (input.name !== undefined && input.name.trim() !== community.name) {
        await assertNameFree(repositories, input.name.trim());
        community.name = input.name.trim();
      }
      if (input.shortName !== undefined) community.shortName = input.shortName.trim();
      const saved = await repositories.communities.save(community);
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'Community',
        entityId: saved.id,
        communityId: saved.id,
        before,
        after: saved,
      });
      return saved;
    });
  }
}

async function assertNameFree(repositories: Repositories, name: string): Promise<void> {
  if (await repositories.communities.findByName(name)) {
    throw conflict('COMMUNITY_NAME_TAKEN', { name }, `name: a community named "${name}" already exists.`, 'name');
  }
}

import type { EntityManager } from 'typeorm';
import { selectRows } from '../../database/rows.js';
import { CommunityEntity } from './community.entity.js';
import type { Community } from './community.type.js';

const COMMUNITY_COLUMNS = `id, name, short_name AS "shortName"`;

export class CommunityRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Every community as plain rows, by name. */
  readAll(): Promise<Community[]> {
    return selectRows<Community>(this.manager, `SELECT ${COMMUNITY_COLUMNS} FROM community ORDER BY name`);
  }

  async read(communityId: string): Promise<Community | null> {
    return (
      (await selectRows<Community>(this.manager, `SELECT ${COMMUNITY_COLUMNS} FROM community WHERE id = $1`, [communityId]))[0] ?? null
    );
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

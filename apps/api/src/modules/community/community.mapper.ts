import type { CommunityEntity } from './community.entity.js';
import { Community } from './community.type.js';

export function toCommunity(entity: CommunityEntity): Community {
  return Object.assign(new Community(), { id: entity.id, name: entity.name, shortName: entity.shortName });
}

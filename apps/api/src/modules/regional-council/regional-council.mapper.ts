import type { RegionalCouncilEntity } from './regional-council.entity.js';
import { RegionalCouncil } from './regional-council.type.js';

export function toRegionalCouncil(entity: RegionalCouncilEntity): RegionalCouncil {
  return Object.assign(new RegionalCouncil(), { id: entity.id, communityId: entity.communityId, name: entity.name });
}

import type { PartnerEntity } from './partner.entity.js';
import { Partner } from './partner.type.js';

/** A stored partner as the GraphQL type, for what a mutation answers; reads select `Partner` rows directly. */
export function toPartner(entity: PartnerEntity): Partner {
  return Object.assign(new Partner(), {
    id: entity.id,
    communityId: entity.communityId,
    name: entity.name,
    kind: entity.kind,
    municipalityNumber: entity.municipalityNumber,
    joinedOn: entity.joinedOn,
    leftOn: entity.leftOn,
  });
}

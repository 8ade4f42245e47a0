import type { PartnerEntity, PartnerPopulationEntity } from './partner.entity.js';
import { Partner, PopulationFigure } from './partner.type.js';

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

export function toPopulationFigure(entity: PartnerPopulationEntity): PopulationFigure {
  return Object.assign(new PopulationFigure(), { year: entity.year, population: entity.population });
}

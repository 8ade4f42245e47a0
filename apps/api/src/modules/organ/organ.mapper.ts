import type { OrganRow } from './organ.repository.js';
import { Organ, OrganRules } from './organ.type.js';

/** A stored organ (a row or an entity) as the GraphQL type, with its rules of procedure grouped. */
export function toOrgan(entity: OrganRow): Organ {
  return Object.assign(new Organ(), {
    id: entity.id,
    communityId: entity.communityId,
    name: entity.name,
    kind: entity.kind,
    establishedOn: entity.establishedOn,
    dissolvedOn: entity.dissolvedOn,
    rules: Object.assign(new OrganRules(), {
      meetingsPerYear: entity.meetingsPerYear,
      caseSubmissionDeadlineDays: entity.caseSubmissionDeadlineDays,
      noticePeriodDays: entity.noticePeriodDays,
      noticePeriodMaxDays: entity.noticePeriodMaxDays,
      extraordinaryNoticeDays: entity.extraordinaryNoticeDays,
      protocolDeadlineDays: entity.protocolDeadlineDays,
      minutesObjectionPeriodDays: entity.minutesObjectionPeriodDays,
      decisionRule: entity.decisionRule,
      officersElectedByOrganId: entity.officersElectedByOrganId,
      chairRotationYears: entity.chairRotationYears,
    }),
  });
}

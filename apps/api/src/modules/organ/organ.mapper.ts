import type { OrganEntity } from './organ.entity.js';
import { Organ, OrganRules } from './organ.type.js';

export function toOrgan(entity: OrganEntity): Organ {
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

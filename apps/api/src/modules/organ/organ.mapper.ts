import type { OrganRow, RuleVersionRow } from './organ.repository.js';
import { Organ, OrganRules, OrganRuleVersion } from './organ.type.js';

/** A stored organ (a row or an entity) as the GraphQL type; its rules are read by date (`Organ.rules(at:)`). */
export function toOrgan(entity: OrganRow): Organ {
  return Object.assign(new Organ(), {
    id: entity.id,
    communityId: entity.communityId,
    name: entity.name,
    kind: entity.kind,
    establishedOn: entity.establishedOn,
    dissolvedOn: entity.dissolvedOn,
    officersElectedByOrganId: entity.officersElectedByOrganId,
    chairRotationYears: entity.chairRotationYears,
  });
}

export function toRuleVersion(row: RuleVersionRow): OrganRuleVersion {
  return Object.assign(new OrganRuleVersion(), procedureOf(row));
}

/** The version in force with the organ's officers' rules. */
export function toOrganRules(organ: Organ, row: RuleVersionRow): OrganRules {
  return Object.assign(new OrganRules(), {
    ...procedureOf(row),
    officersElectedByOrganId: organ.officersElectedByOrganId,
    chairRotationYears: organ.chairRotationYears,
  });
}

function procedureOf(row: RuleVersionRow) {
  return {
    effectiveFrom: row.effectiveFrom,
    meetingsPerYear: row.meetingsPerYear,
    caseSubmissionDeadlineDays: row.caseSubmissionDeadlineDays,
    noticePeriodDays: row.noticePeriodDays,
    noticePeriodMaxDays: row.noticePeriodMaxDays,
    extraordinaryNoticeDays: row.extraordinaryNoticeDays,
    protocolDeadlineDays: row.protocolDeadlineDays,
    minutesObjectionPeriodDays: row.minutesObjectionPeriodDays,
    decisionRule: row.decisionRule,
  };
}

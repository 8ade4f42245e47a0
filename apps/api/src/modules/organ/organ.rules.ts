import { badUserInput } from '../../common/errors.js';
import type { OrganEntity, OrganRuleVersionEntity } from './organ.entity.js';

/** The rules that involve more than one field of an organ. */
export function assertOrganConsistent(organ: OrganEntity): void {
  if (organ.establishedOn && organ.dissolvedOn && organ.dissolvedOn < organ.establishedOn) {
    throw badUserInput(
      'dissolvedOn',
      'DISSOLVED_BEFORE_ESTABLISHED',
      { establishedOn: organ.establishedOn },
      `must not be before establishedOn (${organ.establishedOn})`,
    );
  }
}

/** The rules of procedure that involve more than one field. */
export function assertProcedureConsistent(
  rules: { noticePeriodDays?: number | null; noticePeriodMaxDays?: number | null },
  field = 'rules.noticePeriodMaxDays',
): void {
  const min = rules.noticePeriodDays ?? null;
  const max = rules.noticePeriodMaxDays ?? null;
  if (min !== null && max !== null && max < min) {
    throw badUserInput(field, 'NOTICE_PERIOD_MAX_BELOW_MIN', { noticePeriodDays: min }, `must not be less than noticePeriodDays (${min})`);
  }
}

/** The rules of procedure a version holds, without its organ and date. */
const PROCEDURE_FIELDS = [
  'meetingsPerYear',
  'caseSubmissionDeadlineDays',
  'noticePeriodDays',
  'noticePeriodMaxDays',
  'extraordinaryNoticeDays',
  'protocolDeadlineDays',
  'minutesObjectionPeriodDays',
  'decisionRule',
] as const satisfies readonly (keyof OrganRuleVersionEntity)[];

/**
 * Whether two versions hold the same rules of procedure: rules given again unchanged (say, with a new
 * officers' rule) need no new version.
 */
export function sameProcedure(
  a: Pick<OrganRuleVersionEntity, (typeof PROCEDURE_FIELDS)[number]>,
  b: Pick<OrganRuleVersionEntity, (typeof PROCEDURE_FIELDS)[number]>,
): boolean {
  return PROCEDURE_FIELDS.every((field) => a[field] === b[field]);
}

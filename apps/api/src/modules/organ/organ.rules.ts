import { badUserInput } from '../../common/errors.js';
import type { OrganEntity } from './organ.entity.js';

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

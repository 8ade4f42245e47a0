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
  if (organ.noticePeriodDays !== null && organ.noticePeriodMaxDays !== null && organ.noticePeriodMaxDays < organ.noticePeriodDays) {
    throw badUserInput(
      'rules.noticePeriodMaxDays',
      'NOTICE_PERIOD_MAX_BELOW_MIN',
      { noticePeriodDays: organ.noticePeriodDays },
      `must not be less than noticePeriodDays (${organ.noticePeriodDays})`,
    );
  }
}

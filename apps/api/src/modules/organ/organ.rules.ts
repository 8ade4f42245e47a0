import { badUserInput } from '../../common/errors.js';
import type { OrganEntity } from './organ.entity.js';

/** The rules that involve more than one field of an organ. */
export function assertOrganConsistent(organ: OrganEntity): void {
  if (organ.establishedOn && organ.dissolvedOn && organ.dissolvedOn < organ.establishedOn) {
    throw badUserInput('dissolvedOn', `must not be before establishedOn (${organ.establishedOn})`);
  }
  if (organ.noticePeriodDays !== null && organ.noticePeriodMaxDays !== null && organ.noticePeriodMaxDays < organ.noticePeriodDays) {
    throw badUserInput('rules.noticePeriodMaxDays', `must not be less than noticePeriodDays (${organ.noticePeriodDays})`);
  }
}

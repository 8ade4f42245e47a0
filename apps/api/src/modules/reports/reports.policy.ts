import { AppError } from '../../common/errors.js';
import type { Caller } from '../auth/caller.js';
import { authorize } from '../auth/policy.js';
import { permissionsOf } from '../auth/permissions.js';

/**
 * Who reads which community's reports: `reports:read` in that community (the secretariat, SSU members and
 * analysts of the community), or in every community (national analysts). Reports count exempt cases but
 * never show their content, so no other permission is involved.
 *
 * The scope of a report: the communities asked for, each checked; or, when none are asked for, every
 * community the caller reads reports of (`null`: every community, for a national role).
 */
export function reportScope(caller: Caller, requested: readonly string[] | null): readonly string[] | null {
  if (caller.kind === 'public') {
    // Refuses with sign-in required.
    authorize(caller, 'reports:read', null);
    return [];
  }
  if (requested !== null) {
    for (const communityId of requested) authorize(caller, 'reports:read', communityId);
    return requested;
  }
  const readable = caller.grants.filter((grant) => permissionsOf(grant.role).includes('reports:read'));
  if (readable.some((grant) => grant.communityId === null)) return null;
  const own = [...new Set(readable.map((grant) => grant.communityId).filter((id): id is string => id !== null))];
  if (own.length === 0)
    throw new AppError('FORBIDDEN', 'NOT_PERMITTED', { permission: 'reports:read' }, 'Your roles do not allow reading reports.');
  return own;
}

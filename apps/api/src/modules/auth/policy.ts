import { AppError, signInRequired } from '../../common/errors.js';
import type { Caller } from './caller.js';
import { grantsPermission, type Permission } from './permissions.js';

/**
 * The record-level check every service method runs before touching data: signed in, and holding
 * the permission in the record's community.
 */
export function authorize(caller: Caller, permission: Permission, communityId: string | null): void {
  if (caller.kind === 'public') throw signInRequired();
  if (!grantsPermission(caller.grants, permission, communityId)) {
    throw new AppError(
      'FORBIDDEN',
      'NOT_PERMITTED',
      { permission },
      `You do not have permission to do this${communityId ? ' in this community' : ''}.`,
    );
  }
}

export function can(caller: Caller, permission: Permission, communityId?: string | null): boolean {
  return caller.kind === 'user' && grantsPermission(caller.grants, permission, communityId);
}

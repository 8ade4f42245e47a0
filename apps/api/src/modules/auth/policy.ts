import { AppError, signInRequired } from '../../common/errors.js';
import type { Caller } from './caller.js';
import { grantsPermission, READ_PERMISSIONS, type Permission } from './permissions.js';

/**
 * The record-level check every service method runs before touching data: signed in, and holding
 * the permission in the record's community.
 */
export function authorize(caller: Caller, permission: Permission, communityId: string | null): void {
  if (caller.kind === 'public') throw signInRequired();
  if (readOnlyRefuses(caller, permission)) throw apiTokenReadOnly();
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
  return caller.kind === 'user' && !readOnlyRefuses(caller, permission) && grantsPermission(caller.grants, permission, communityId);
}

/** A request with an API token keeps only the permissions to read (ADR 0026). */
function readOnlyRefuses(caller: Caller, permission: Permission): boolean {
  return caller.kind === 'user' && caller.apiTokenId !== undefined && !READ_PERMISSIONS.has(permission);
}

export function apiTokenReadOnly(): AppError {
  return new AppError('FORBIDDEN', 'API_TOKEN_READ_ONLY', {}, 'A request with an API token can only read; sign in to make changes.');
}

type UserCaller = Extract<Caller, { kind: 'user' }>;

/** Any signed-in user, acting on their own records; `writes` also refuses a read-only API token. */
export function authorizeSignedIn(caller: Caller, options: { writes: boolean }): UserCaller {
  if (caller.kind === 'public') throw signInRequired();
  if (options.writes && caller.apiTokenId !== undefined) throw apiTokenReadOnly();
  return caller;
}

import type { Caller } from './caller.js';

/**
 * Nobody gives a role to their own account: a platform administrator would otherwise make itself the
 * secretariat of any community, and a secretariat would widen its own access unseen by anyone else.
 */
export function isSelfGrant(caller: Caller, email: string): boolean {
  return caller.kind === 'user' && caller.email.toLowerCase() === email.toLowerCase();
}

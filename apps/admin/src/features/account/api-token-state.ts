/** Whether a token still works, from its record and the current moment. */
export type ApiTokenState = 'active' | 'revoked' | 'expired';

export function apiTokenState(token: { revokedAt?: string | null; expiresAt: string }, now: Date): ApiTokenState {
  if (token.revokedAt) return 'revoked';
  return new Date(token.expiresAt).getTime() <= now.getTime() ? 'expired' : 'active';
}

/** The lifetimes offered, in days; the API allows 1–365. */
export const API_TOKEN_LIFETIMES = [30, 90, 180, 365] as const;

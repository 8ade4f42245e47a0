import { createHash, randomBytes } from 'node:crypto';

/** Every token starts with this, so a leaked one is recognisable (e.g. by secret scanners). */
export const API_TOKEN_PREFIX = 'hfk_';

/** The longest a token may live, and the most a person may hold at once (unrevoked, unexpired). */
export const API_TOKEN_MAX_DAYS = 365;
export const API_TOKEN_DEFAULT_DAYS = 90;
export const API_TOKENS_PER_USER = 10;

/** Last use is written at most this often per token, so a busy script does not write on every request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** 256 random bits after the prefix; only the hash is stored. */
export function newApiToken(): { token: string; tokenHash: string; tokenPrefix: string } {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashApiToken(token), tokenPrefix: token.slice(0, API_TOKEN_PREFIX.length + 6) };
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The bearer token of an `Authorization` header, or null when the header is absent; '' when it is not a bearer. */
export function bearerOf(header: string | undefined): string | null {
  if (header === undefined) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? '';
}

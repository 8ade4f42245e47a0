import { reason } from '../reason.js';

/** Refusals of personal API tokens (scripts reading reports with a bearer token). */
export const apiTokenReasons = {
  /** The bearer token is unknown, revoked or expired: create a new one on the account page. */
  API_TOKEN_INVALID: reason(),
  /** A request with an API token only reads: changes need a signed-in session. */
  API_TOKEN_READ_ONLY: reason(),
  /** The person already holds as many usable tokens as allowed: revoke one first. */
  API_TOKEN_LIMIT: reason<{ limit: number }>(),
} as const;

import { reason } from '../reason.js';

/** Refusals of the request itself, before any feature sees it (with the common MALFORMED_REQUEST and its kin). */
export const requestReasons = {
  /** Nothing is served at this path. */
  NO_SUCH_PATH: reason<{ path: string }>(),
  /** A page cursor that the server did not hand out. */
  INVALID_PAGE_CURSOR: reason(),
} as const;

import { reason } from '../reason.js';

/** Refusals of signing in, passwords, invitations and roles. */
export const authReasons = {
  /** Wrong e-mail or password (never telling which). */
  WRONG_CREDENTIALS: reason(),
  /** Too many password checks for the account or from the address; retry after the given seconds. */
  SIGN_IN_THROTTLED: reason<{ retryAfterSeconds: number }>(),
  /** The current password given to change it is not the right one. */
  WRONG_PASSWORD: reason(),
  /** Too many checks of the current password; retry after the given seconds. */
  PASSWORD_CHECK_THROTTLED: reason<{ retryAfterSeconds: number }>(),
  /** The link to set a password is unknown, expired or already used. */
  PASSWORD_LINK_INVALID: reason(),
  /** Too many requests for password links from the address; retry after the given seconds. */
  PASSWORD_RESET_THROTTLED: reason<{ retryAfterSeconds: number }>(),
  /** The identity provider's person has no account here, and none may be linked to it. */
  NO_ACCOUNT_FOR_IDENTITY: reason(),
  /** Nobody gives roles to their own account. */
  SELF_GRANT: reason(),
  /** The person already holds this role. */
  ROLE_ALREADY_HELD: reason<{ name: string }>(),
  /** A national role holds in every community, so no community may be named. */
  ROLE_IS_NATIONAL: reason<{ role: string }>(),
  /** A community role needs the community. */
  ROLE_NEEDS_COMMUNITY: reason<{ role: string }>(),
  /** The REGIONAL_COUNCIL role needs the council the user acts for. */
  ROLE_NEEDS_REGIONAL_COUNCIL: reason(),
  /** Only the REGIONAL_COUNCIL role names a regional council. */
  REGIONAL_COUNCIL_ONLY_FOR_COUNCIL_ROLE: reason(),
  /** The MUNICIPALITY role needs the municipality the user acts for. */
  ROLE_NEEDS_PARTNER: reason(),
  /** Only the MUNICIPALITY role names a partner. */
  PARTNER_ONLY_FOR_MUNICIPALITY_ROLE: reason(),
  /** The partner named for a MUNICIPALITY role is not a municipality of the community. */
  PARTNER_NOT_MUNICIPALITY_OF_COMMUNITY: reason(),
  /** The regional council is not one of the community's. */
  REGIONAL_COUNCIL_OF_OTHER_COMMUNITY: reason(),
  /** A community keeps at least one secretariat user. */
  LAST_SECRETARIAT: reason(),
  /** Production refuses to run while demo accounts exist. */
  DEMO_ACCOUNTS_PRESENT: reason<{ count: number }>(),
} as const;

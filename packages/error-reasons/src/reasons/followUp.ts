import { reason } from '../reason.js';

/** Refusals of recording a partner's local follow-up of a binding decision (ADR 0029). */
export const followUpReasons = {
  /** Only a current decision by consensus binds the partners and is followed up locally; names the decision's kind. */
  DECISION_NOT_BINDING: reason<{ kind: string }>(),
  /** The partner was not a partner of the community on the decision's date. */
  NOT_A_PARTNER_ON_DECISION_DATE: reason<{ decidedOn: string }>(),
  /** A municipality user records only their own municipality's follow-up. */
  FOLLOW_UP_OF_OTHER_PARTNER: reason(),
  /** The local date is before the decision it follows up. */
  LOCAL_DATE_BEFORE_DECISION: reason<{ decidedOn: string }>(),
  /** The local date is in the future. */
  LOCAL_DATE_IN_FUTURE: reason<{ today: string }>(),
  /** An adopted or declined follow-up names the local decision: its reference (e.g. "K-sak 61/2022"). */
  FOLLOW_UP_NEEDS_LOCAL_REFERENCE: reason<{ status: string }>(),
  /** An adopted or declined follow-up gives the date of the local decision. */
  FOLLOW_UP_NEEDS_LOCAL_DATE: reason<{ status: string }>(),
  /** Someone saved this follow-up since it was read; names the version now stored. */
  FOLLOW_UP_CHANGED: reason<{ currentVersion: number }>(),
} as const;

import { reason } from '../reason.js';

/** The register of a community: the community itself, its regional councils and organs. */
export const registerReasons = {
  /** Another community has this name. */
  COMMUNITY_NAME_TAKEN: reason<{ name: string }>(),
  /** Another regional council of the community has this name. */
  REGIONAL_COUNCIL_NAME_TAKEN: reason<{ name: string }>(),
  /** A member of a regional council is not a partner of its community. */
  PARTNER_NOT_IN_COMMUNITY: reason<{ partnerId: string }>(),
  /** Only municipalities can be members of a regional council (the named partner is a hospital trust). */
  NOT_A_MUNICIPALITY: reason<{ name: string }>(),
  /** A municipality belongs to one regional council at most; the named one already belongs to another. */
  MUNICIPALITY_IN_ANOTHER_COUNCIL: reason<{ municipality: string }>(),
  /** Another organ of the community has this name. */
  ORGAN_NAME_TAKEN: reason<{ name: string }>(),
  /** An organ cannot be dissolved before it was established. */
  DISSOLVED_BEFORE_ESTABLISHED: reason<{ establishedOn: string }>(),
  /** The longest notice period is shorter than the shortest. */
  NOTICE_PERIOD_MAX_BELOW_MIN: reason<{ noticePeriodDays: number }>(),
  /** The organ that elects the chair and vice-chair must be another organ of the same community. */
  ELECTING_ORGAN_INVALID: reason(),
  /** A change of an organ's rules of procedure cannot take effect before today. */
  RULES_CHANGE_IN_PAST: reason<{ today: string }>(),
} as const;

import { reason } from '../reason.js';

/** Refusals of the register of partners (municipalities and the hospital trust) and their populations. */
export const partnerReasons = {
  /** A municipality needs its four-digit municipality number. */
  MUNICIPALITY_NUMBER_REQUIRED: reason(),
  /** A hospital trust has no municipality number. */
  HOSPITAL_TRUST_HAS_NO_MUNICIPALITY_NUMBER: reason(),
  /** The date a partner left is before the date it joined. */
  LEFT_BEFORE_JOINED: reason<{ joinedOn: string }>(),
  /** Only a municipality has a population figure. */
  POPULATION_ONLY_FOR_MUNICIPALITY: reason(),
  /** Another partner of the community has the municipality number. */
  MUNICIPALITY_NUMBER_TAKEN: reason<{ municipalityNumber: string; holder: string }>(),
  /** Notice of leaving is recorded, but no last day as a member. */
  LEFT_ON_REQUIRED_WITH_NOTICE: reason<{ earliestLeftOn: string }>(),
  /** With notice given, the last day is the end of a budget year (31 December). */
  LEFT_ON_NOT_END_OF_BUDGET_YEAR: reason<{ earliestLeftOn: string }>(),
  /** The last day is earlier than one year's notice, tied to the budget year, allows. */
  NOTICE_TOO_SHORT: reason<{ noticeGivenOn: string; earliestLeftOn: string }>(),
  /** The population file has no header row starting with "region". */
  POPULATION_FILE_HEADER_MISSING: reason(),
  /** The file or the recorded figures changed between the preview and apply. */
  POPULATION_IMPORT_CHANGED: reason(),
} as const;

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
} as const;

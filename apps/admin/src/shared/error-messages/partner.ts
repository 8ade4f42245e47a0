import type { AreaMessages } from './types';

/** The register of partners and their populations. */
export const partnerMessages: AreaMessages<'partner'> = {
  nb: {
    MUNICIPALITY_NUMBER_REQUIRED: () => 'En kommune må ha kommunenummer.',
    HOSPITAL_TRUST_HAS_NO_MUNICIPALITY_NUMBER: () => 'Et helseforetak har ikke kommunenummer.',
    LEFT_BEFORE_JOINED: ({ joinedOn }, format) => `Utmeldingsdatoen kan ikke være før innmeldingsdatoen (${format.date(joinedOn)}).`,
    POPULATION_ONLY_FOR_MUNICIPALITY: () => 'Bare en kommune har innbyggertall.',
    MUNICIPALITY_NUMBER_TAKEN: ({ municipalityNumber, holder }) => `Kommunenummer ${municipalityNumber} tilhører allerede ${holder}.`,
  },
  en: {
    MUNICIPALITY_NUMBER_REQUIRED: () => 'A municipality needs its municipality number.',
    HOSPITAL_TRUST_HAS_NO_MUNICIPALITY_NUMBER: () => 'A hospital trust has no municipality number.',
    LEFT_BEFORE_JOINED: ({ joinedOn }, format) => `The date it left cannot be before the date it joined (${format.date(joinedOn)}).`,
    POPULATION_ONLY_FOR_MUNICIPALITY: () => 'Only a municipality has a population figure.',
    MUNICIPALITY_NUMBER_TAKEN: ({ municipalityNumber, holder }) =>
      `Municipality number ${municipalityNumber} already belongs to ${holder}.`,
  },
};

import type { AreaMessages } from './types';

/** The register of partners and their populations. */
export const partnerMessages: AreaMessages<'partner'> = {
  nb: {
    MUNICIPALITY_NUMBER_REQUIRED: () => 'En kommune må ha kommunenummer.',
    HOSPITAL_TRUST_HAS_NO_MUNICIPALITY_NUMBER: () => 'Et helseforetak har ikke kommunenummer.',
    LEFT_BEFORE_JOINED: ({ joinedOn }, format) => `Utmeldingsdatoen kan ikke være før innmeldingsdatoen (${format.date(joinedOn)}).`,
    POPULATION_ONLY_FOR_MUNICIPALITY: () => 'Bare en kommune har innbyggertall.',
    MUNICIPALITY_NUMBER_TAKEN: ({ municipalityNumber, holder }) => `Kommunenummer ${municipalityNumber} tilhører allerede ${holder}.`,
    LEFT_ON_REQUIRED_WITH_NOTICE: ({ earliestLeftOn }, format) =>
      `Når oppsigelse er gitt, må siste dag som deltaker fylles ut (tidligst ${format.date(earliestLeftOn)}).`,
    LEFT_ON_NOT_END_OF_BUDGET_YEAR: ({ earliestLeftOn }, format) =>
      `Oppsigelsestiden følger budsjettåret: siste dag som deltaker må være 31. desember (tidligst ${format.date(earliestLeftOn)}).`,
    NOTICE_TOO_SHORT: ({ noticeGivenOn, earliestLeftOn }, format) =>
      `Med ett års skriftlig varsel fra ${format.date(noticeGivenOn)}, knyttet til budsjettåret, kan siste dag som deltaker tidligst være ${format.date(earliestLeftOn)}.`,
    POPULATION_FILE_HEADER_MISSING: () =>
      'Fant ingen overskriftslinje som begynner med «region». Last ned tabellen fra SSB som semikolonseparert CSV.',
    POPULATION_IMPORT_CHANGED: () => 'Filen eller de registrerte tallene er endret etter forhåndsvisningen. Forhåndsvis filen på nytt.',
  },
  en: {
    MUNICIPALITY_NUMBER_REQUIRED: () => 'A municipality needs its municipality number.',
    HOSPITAL_TRUST_HAS_NO_MUNICIPALITY_NUMBER: () => 'A hospital trust has no municipality number.',
    LEFT_BEFORE_JOINED: ({ joinedOn }, format) => `The date it left cannot be before the date it joined (${format.date(joinedOn)}).`,
    POPULATION_ONLY_FOR_MUNICIPALITY: () => 'Only a municipality has a population figure.',
    MUNICIPALITY_NUMBER_TAKEN: ({ municipalityNumber, holder }) =>
      `Municipality number ${municipalityNumber} already belongs to ${holder}.`,
    LEFT_ON_REQUIRED_WITH_NOTICE: ({ earliestLeftOn }, format) =>
      `With notice given, the last day as a member is required (at the earliest ${format.date(earliestLeftOn)}).`,
    LEFT_ON_NOT_END_OF_BUDGET_YEAR: ({ earliestLeftOn }, format) =>
      `Notice is tied to the budget year: the last day as a member must be 31 December (at the earliest ${format.date(earliestLeftOn)}).`,
    NOTICE_TOO_SHORT: ({ noticeGivenOn, earliestLeftOn }, format) =>
      `With one year's written notice from ${format.date(noticeGivenOn)}, tied to the budget year, the last day as a member is ${format.date(earliestLeftOn)} at the earliest.`,
    POPULATION_FILE_HEADER_MISSING: () =>
      'No header row starting with "region" was found. Download the table from SSB as semicolon-separated CSV.',
    POPULATION_IMPORT_CHANGED: () => 'The file or the recorded figures have changed since the preview. Preview the file again.',
  },
};

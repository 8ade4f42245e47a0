import type { AreaMessages } from './types';

/** The register of a community: communities, regional councils and organs. */
export const registerMessages: AreaMessages<'register'> = {
  nb: {
    COMMUNITY_NAME_TAKEN: ({ name }) => `Det finnes allerede et helsefellesskap som heter «${name}».`,
    REGIONAL_COUNCIL_NAME_TAKEN: ({ name }) => `Det finnes allerede et regionråd som heter «${name}» i dette helsefellesskapet.`,
    PARTNER_NOT_IN_COMMUNITY: () => 'Kommunen er ikke partner i dette helsefellesskapet.',
    NOT_A_MUNICIPALITY: ({ name }) => `${name} er ikke en kommune. Bare kommuner kan være medlemmer av et regionråd.`,
    MUNICIPALITY_IN_ANOTHER_COUNCIL: ({ municipality }) => `${municipality} er allerede medlem av et annet regionråd.`,
    ORGAN_NAME_TAKEN: ({ name }) => `Det finnes allerede et organ som heter «${name}» i dette helsefellesskapet.`,
    DISSOLVED_BEFORE_ESTABLISHED: ({ establishedOn }, format) =>
      `Et organ kan ikke oppløses før det ble opprettet (${format.date(establishedOn)}).`,
    NOTICE_PERIOD_MAX_BELOW_MIN: ({ noticePeriodDays }, format) =>
      `Lengste innkallingsfrist kan ikke være kortere enn korteste (${format.integer(noticePeriodDays)} dager).`,
    ELECTING_ORGAN_INVALID: () => 'Organet som velger leder og nestleder, må være et annet organ i samme helsefellesskap.',
    RULES_CHANGE_IN_PAST: ({ today }, format) =>
      `Endrede regler kan tidligst gjelde fra i dag (${format.date(today)}): møter og frister før det beholder reglene de hadde.`,
  },
  en: {
    COMMUNITY_NAME_TAKEN: ({ name }) => `A health community named “${name}” already exists.`,
    REGIONAL_COUNCIL_NAME_TAKEN: ({ name }) => `A regional council named “${name}” already exists in this health community.`,
    PARTNER_NOT_IN_COMMUNITY: () => 'The municipality is not a partner of this health community.',
    NOT_A_MUNICIPALITY: ({ name }) => `${name} is not a municipality. Only municipalities can be members of a regional council.`,
    MUNICIPALITY_IN_ANOTHER_COUNCIL: ({ municipality }) => `${municipality} is already a member of another regional council.`,
    ORGAN_NAME_TAKEN: ({ name }) => `An organ named “${name}” already exists in this health community.`,
    DISSOLVED_BEFORE_ESTABLISHED: ({ establishedOn }, format) =>
      `An organ cannot be dissolved before it was established (${format.date(establishedOn)}).`,
    NOTICE_PERIOD_MAX_BELOW_MIN: ({ noticePeriodDays }, format) =>
      `The longest notice period cannot be shorter than the shortest (${format.integer(noticePeriodDays)} days).`,
    ELECTING_ORGAN_INVALID: () => 'The organ that elects the chair and vice-chair must be another organ of the same health community.',
    RULES_CHANGE_IN_PAST: ({ today }, format) =>
      `Changed rules can take effect from today (${format.date(today)}) at the earliest: meetings and deadlines before keep the rules they had.`,
  },
};

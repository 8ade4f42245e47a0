import type { AreaMessages } from './types';

/** The follow-up of binding decisions: recording a partner's local handling. */
export const followUpMessages: AreaMessages<'followUp'> = {
  nb: {
    DECISION_NOT_BINDING: () => 'Bare vedtak i konsensus binder partnerne og følges opp lokalt.',
    NOT_A_PARTNER_ON_DECISION_DATE: ({ decidedOn }, format) => `Partneren var ikke partner i helsefellesskapet ${format.date(decidedOn)}.`,
    FOLLOW_UP_OF_OTHER_PARTNER: () => 'Du kan bare registrere oppfølgingen i din egen kommune.',
    LOCAL_DATE_BEFORE_DECISION: ({ decidedOn }, format) => `Den lokale datoen kan ikke være før vedtaket (${format.date(decidedOn)}).`,
    LOCAL_DATE_IN_FUTURE: ({ today }, format) => `Den lokale datoen kan ikke være etter i dag (${format.date(today)}).`,
    FOLLOW_UP_NEEDS_LOCAL_REFERENCE: () => 'Oppgi den lokale saken, for eksempel «K-sak 61/2022, Rødøy kommunestyre».',
    FOLLOW_UP_NEEDS_LOCAL_DATE: () => 'Oppgi datoen for det lokale vedtaket.',
    FOLLOW_UP_CHANGED: () => 'Noen har registrert oppfølgingen etter at du åpnet den. Last inn på nytt og prøv igjen.',
  },
  en: {
    DECISION_NOT_BINDING: () => 'Only decisions by consensus bind the partners and are followed up locally.',
    NOT_A_PARTNER_ON_DECISION_DATE: ({ decidedOn }, format) =>
      `The partner was not a partner of the health community on ${format.date(decidedOn)}.`,
    FOLLOW_UP_OF_OTHER_PARTNER: () => "You can only record your own municipality's follow-up.",
    LOCAL_DATE_BEFORE_DECISION: ({ decidedOn }, format) => `The local date cannot be before the decision (${format.date(decidedOn)}).`,
    LOCAL_DATE_IN_FUTURE: ({ today }, format) => `The local date cannot be after today (${format.date(today)}).`,
    FOLLOW_UP_NEEDS_LOCAL_REFERENCE: () => 'Give the local case, e.g. "K-sak 61/2022, Rødøy kommunestyre".',
    FOLLOW_UP_NEEDS_LOCAL_DATE: () => 'Give the date of the local decision.',
    FOLLOW_UP_CHANGED: () => 'Someone recorded this follow-up after you opened it. Reload and try again.',
  },
};

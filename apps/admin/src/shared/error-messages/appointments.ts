import type { AreaMessages } from './types';

type Words = Readonly<Record<string, string>>;

/** A server value in words; an unknown one (a newer API) as it came, a missing one as nothing. */
const word = (words: Words, value: string | null | undefined) => (value ? (words[value] ?? value) : '');

const roleNb: Words = {
  MEMBER: 'medlem',
  PERSONAL_DEPUTY: 'personlig vara',
  DEPUTY: 'vararepresentant på sykehusets liste',
  OBSERVER: 'observatør',
  CHAIR: 'leder',
  VICE_CHAIR: 'nestleder',
  SECRETARY: 'sekretær',
};
const roleEn: Words = {
  MEMBER: 'member',
  PERSONAL_DEPUTY: 'personal deputy',
  DEPUTY: "deputy on the hospital's list",
  OBSERVER: 'observer',
  CHAIR: 'chair',
  VICE_CHAIR: 'vice-chair',
  SECRETARY: 'secretary',
};
const seatNb: Words = { HOSPITAL: 'et sykehussete', MUNICIPAL: 'et kommunalt sete', OBSERVER: 'et observatørsete' };
const seatEn: Words = { HOSPITAL: 'a hospital seat', MUNICIPAL: 'a municipal seat', OBSERVER: 'an observer seat' };
const sideNb: Words = { HOSPITAL: 'sykehuset', MUNICIPAL: 'kommunene' };
const sideEn: Words = { HOSPITAL: 'the hospital', MUNICIPAL: 'the municipalities' };
const bodyNb: Words = { REGIONAL_COUNCIL: 'et regionråd', PARTNER: 'en partner', ORGAN: 'et organ', EXTERNAL: 'et eksternt organ' };
const bodyEn: Words = { REGIONAL_COUNCIL: 'a regional council', PARTNER: 'a partner', ORGAN: 'an organ', EXTERNAL: 'an outside body' };

/** Seats, appointments and offices: the register's rules of who sits where. */
export const appointmentMessages: AreaMessages<'appointments'> = {
  nb: {
    OBSERVER_CANNOT_VOTE: () => 'Observatører har talerett, ikke stemmerett.',
    SEAT_LABEL_TAKEN: ({ label }) =>
      label ? `Organet har allerede et sete som heter «${label}».` : 'Organet har allerede et sete med dette navnet.',
    APPOINTING_BODY_EXTRA_IDS: ({ kind }) => `Oppgi bare det ${word(bodyNb, kind)} trenger.`,
    APPOINTING_BODY_NOT_IN_COMMUNITY: ({ kind }) => `Velg ${word(bodyNb, kind)} i dette helsefellesskapet.`,
    APPOINTED_BY_OTHER_BODY: ({ body }) => `Bare ${body} oppnevner til dette setet. Du handler for et annet organ.`,
    PERSON_APPOINTED_BY_OTHER_BODY: () =>
      'Bare sekretariatet, eller regionrådet som alene har oppnevnt personen, kan rette opplysningene om henne eller ham.',
    PERSON_CONTACT_BY_SECRETARIAT: () => 'Bare sekretariatet kan endre e-post og telefon.',
    ROLE_NOT_FOR_SEAT: ({ role, seatSide }) => `Rollen «${word(roleNb, role)}» hører ikke hjemme på ${word(seatNb, seatSide)}.`,
    APPOINTMENT_ENDS_BEFORE_START: ({ startsOn }, format) => `Kan ikke slutte før oppnevningen begynner (${format.date(startsOn)}).`,
    PERSON_ID_AND_NEW_PERSON: () => 'Velg en registrert person eller registrer en ny, ikke begge.',
    PERSON_NOT_IN_COMMUNITY: () => 'Personen er ikke registrert i dette helsefellesskapet.',
    SEAT_TAKEN: ({ holderName, startsOn, endsOn }, format) =>
      holderName && startsOn
        ? `Setet er besatt fra ${format.date(startsOn)}${endsOn ? ` til ${format.date(endsOn)}` : ''} (${holderName}). Avslutt den oppnevningen først, eller erstatt vedkommende.`
        : 'Setet er besatt i denne perioden. Last inn siden på nytt for å se hvem som har det.',
    HOLDER_STARTS_SAME_DAY_OR_LATER: ({ holderName, holderStartsOn }, format) =>
      `Kan ikke erstatte ${holderName}: oppnevningen begynner ${format.date(holderStartsOn)}, ikke før denne. Velg en senere startdato.`,
    MEMBER_HOLDS_OFFICE: ({ office, holderName, officeEndsOn, electedBy }, format) =>
      `${holderName} er ${word(roleNb, office)}${officeEndsOn ? ` til og med ${format.date(officeEndsOn)}` : ''}, valgt av ${electedBy}. ${electedBy} må avslutte vervet først; sekretariatet registrerer det vedtaket.`,
    PERSON_ALREADY_MEMBER: ({ seatLabel }) =>
      seatLabel
        ? `Personen er allerede medlem av organet på setet «${seatLabel}» i denne perioden.`
        : 'Personen er allerede medlem av organet i denne perioden.',
    DEPUTY_MEMBER_NOT_ON_SEAT: () => 'Velg et medlem på dette setet som varaen skal høre til.',
    DEPUTY_OUTSIDE_MEMBER_TERM: ({ memberStartsOn, memberEndsOn }, format) =>
      `En personlig vara sitter innenfor medlemmets periode (${format.date(memberStartsOn)}–${memberEndsOn ? format.date(memberEndsOn) : 'uten sluttdato'}).`,
    DEPUTY_ALREADY_APPOINTED: ({ holderName }) =>
      holderName
        ? `Medlemmet har allerede en personlig vara (${holderName}) i denne perioden.`
        : 'Medlemmet har allerede en personlig vara i denne perioden.',
    DEPUTY_RANK_REQUIRED: () => 'Oppgi plassen på sykehusets vararepresentantliste.',
    DEPUTY_RANK_TAKEN: ({ rank, holderName }) =>
      `${rank === null ? 'Plassen' : `Plass ${rank}`} på vararepresentantlisten er besatt i denne perioden${holderName ? ` (${holderName})` : ''}.`,
    OFFICER_NOT_VOTING_MEMBER: ({ office, date }, format) =>
      `${capitalise(word(roleNb, office))} velges blant medlemmene med stemmerett: personen må være medlem på dette setet ${format.date(date)}.`,
    OFFICE_TAKEN: ({ office, holderName }) =>
      `Organet har allerede ${office ? `en ${word(roleNb, office)}` : 'dette vervet besatt'}${holderName ? ` (${holderName})` : ''} i denne perioden.`,
    NO_ELECTING_ORGAN: ({ organName }) => `${organName} har ikke noe organ som velger leder og nestleder. Sekretariatet kan legge det inn.`,
    CHAIR_TERM_TOO_LONG: ({ rotationYears, latestEndsOn }, format) =>
      `Ledervervet varer høyst ${format.integer(rotationYears)} år, så det må slutte senest ${format.date(latestEndsOn)}.`,
    CHAIR_SAME_SIDE: ({ previousSide }) =>
      `Ledervervet går på omgang mellom kommunene og sykehuset. Forrige leder kom fra ${word(sideNb, previousSide)}, så denne kan ikke gjøre det.`,
    SEAT_RETIRED: ({ retiredOn }, format) => `Setet ble lagt ned ${format.date(retiredOn)} og kan ikke ha oppnevninger etter det.`,
    SEAT_HELD_AFTER_RETIREMENT: ({ holderName, endsOn }, format) =>
      `${holderName} sitter på setet ${endsOn ? `til og med ${format.date(endsOn)}` : 'uten sluttdato'}. Avslutt eller annuller den oppnevningen før setet legges ned.`,
    APPOINTMENT_ALREADY_CANCELLED: ({ cancelledOn }, format) =>
      `Oppnevningen ble allerede annullert ${format.date(cancelledOn)}. Last inn siden på nytt for å se den.`,
    APPOINTMENT_CANCELLED: () => 'Oppnevningen er annullert og kan ikke avsluttes.',
    PERSON_PARTNER_NOT_IN_COMMUNITY: () => 'Velg en kommune eller et helseforetak i dette helsefellesskapet som arbeidsgiver.',
  },
  en: {
    OBSERVER_CANNOT_VOTE: () => 'Observers have the right to speak, not to vote.',
    SEAT_LABEL_TAKEN: ({ label }) =>
      label ? `The organ already has a seat named “${label}”.` : 'The organ already has a seat with this name.',
    APPOINTING_BODY_EXTRA_IDS: ({ kind }) => `Give only what ${word(bodyEn, kind)} needs.`,
    APPOINTING_BODY_NOT_IN_COMMUNITY: ({ kind }) => `Choose ${word(bodyEn, kind)} of this health community.`,
    APPOINTED_BY_OTHER_BODY: ({ body }) => `Only ${body} appoints to this seat. You act for another body.`,
    PERSON_APPOINTED_BY_OTHER_BODY: () =>
      'Only the secretariat, or the regional council that alone appointed this person, can correct them.',
    PERSON_CONTACT_BY_SECRETARIAT: () => 'Only the secretariat can change e-mail and phone.',
    ROLE_NOT_FOR_SEAT: ({ role, seatSide }) => `The role “${word(roleEn, role)}” does not belong on ${word(seatEn, seatSide)}.`,
    APPOINTMENT_ENDS_BEFORE_START: ({ startsOn }, format) => `Cannot end before the appointment starts (${format.date(startsOn)}).`,
    PERSON_ID_AND_NEW_PERSON: () => 'Choose a registered person or register a new one, not both.',
    PERSON_NOT_IN_COMMUNITY: () => 'The person is not registered in this health community.',
    SEAT_TAKEN: ({ holderName, startsOn, endsOn }, format) =>
      holderName && startsOn
        ? `The seat is held from ${format.date(startsOn)}${endsOn ? ` to ${format.date(endsOn)}` : ''} (${holderName}). End that appointment first, or replace the holder.`
        : 'The seat is held in this period. Reload the page to see by whom.',
    HOLDER_STARTS_SAME_DAY_OR_LATER: ({ holderName, holderStartsOn }, format) =>
      `Cannot replace ${holderName}: their appointment starts on ${format.date(holderStartsOn)}, not before this one. Choose a later start date.`,
    MEMBER_HOLDS_OFFICE: ({ office, holderName, officeEndsOn, electedBy }, format) =>
      `${holderName} is the ${word(roleEn, office)}${officeEndsOn ? ` until ${format.date(officeEndsOn)}` : ''}, elected by ${electedBy}. ${electedBy} must end that office first; the secretariat records that decision.`,
    PERSON_ALREADY_MEMBER: ({ seatLabel }) =>
      seatLabel
        ? `The person is already a member of this organ on the seat “${seatLabel}” in this period.`
        : 'The person is already a member of this organ in this period.',
    DEPUTY_MEMBER_NOT_ON_SEAT: () => 'Choose a member on this seat for the deputy to belong to.',
    DEPUTY_OUTSIDE_MEMBER_TERM: ({ memberStartsOn, memberEndsOn }, format) =>
      `A personal deputy serves within the member's period (${format.date(memberStartsOn)}–${memberEndsOn ? format.date(memberEndsOn) : 'open-ended'}).`,
    DEPUTY_ALREADY_APPOINTED: ({ holderName }) =>
      holderName
        ? `The member already has a personal deputy (${holderName}) in this period.`
        : 'The member already has a personal deputy in this period.',
    DEPUTY_RANK_REQUIRED: () => "Give the place on the hospital's deputy list.",
    DEPUTY_RANK_TAKEN: ({ rank, holderName }) =>
      `${rank === null ? 'The place' : `Place ${rank}`} on the deputy list is taken in this period${holderName ? ` (${holderName})` : ''}.`,
    OFFICER_NOT_VOTING_MEMBER: ({ office, date }, format) =>
      `The ${word(roleEn, office)} is elected among the voting members: the person must hold this seat as a member on ${format.date(date)}.`,
    OFFICE_TAKEN: ({ office, holderName }) =>
      `The organ already has ${office ? `a ${word(roleEn, office)}` : 'this officer'}${holderName ? ` (${holderName})` : ''} in this period.`,
    NO_ELECTING_ORGAN: ({ organName }) => `${organName} has no organ set to elect its chair and vice-chair. The secretariat can set one.`,
    CHAIR_TERM_TOO_LONG: ({ rotationYears, latestEndsOn }, format) =>
      `A chair's term is at most ${format.integer(rotationYears)} years, so it must end by ${format.date(latestEndsOn)}.`,
    CHAIR_SAME_SIDE: ({ previousSide }) =>
      `The chair alternates between the municipalities and the hospital. The previous chair came from ${word(sideEn, previousSide)}, so this one cannot.`,
    SEAT_RETIRED: ({ retiredOn }, format) => `The seat was retired on ${format.date(retiredOn)} and takes no appointments after that.`,
    SEAT_HELD_AFTER_RETIREMENT: ({ holderName, endsOn }, format) =>
      `${holderName} holds the seat ${endsOn ? `until ${format.date(endsOn)}` : 'without an end date'}. End or cancel that appointment before retiring the seat.`,
    APPOINTMENT_ALREADY_CANCELLED: ({ cancelledOn }, format) =>
      `The appointment was already cancelled on ${format.date(cancelledOn)}. Reload the page to see it.`,
    APPOINTMENT_CANCELLED: () => 'The appointment is cancelled and cannot be ended.',
    PERSON_PARTNER_NOT_IN_COMMUNITY: () => 'Choose a municipality or hospital trust of this health community as the employer.',
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

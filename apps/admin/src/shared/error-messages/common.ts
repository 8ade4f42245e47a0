import type { EntityName } from '@helsefellesskap/error-reasons';

import type { AreaMessages } from './types';

const entityNb: Record<EntityName, string> = {
  community: 'helsefellesskapet',
  partner: 'partneren',
  regionalCouncil: 'regionrådet',
  organ: 'organet',
  seat: 'setet',
  person: 'personen',
  appointment: 'oppnevningen',
  budget: 'budsjettet',
  actionPlan: 'handlingsplanen',
  focusArea: 'innsatsområdet',
  target: 'målet',
  measure: 'tiltaket',
  statusReport: 'statusrapporten',
  statusUpdate: 'statusoppdateringen',
  user: 'brukeren',
  roleGrant: 'rollen',
  invitation: 'invitasjonen',
  meeting: 'møtet',
  meetingAbsence: 'forfallet',
};

const entityEn: Record<EntityName, string> = {
  community: 'health community',
  partner: 'partner',
  regionalCouncil: 'regional council',
  organ: 'organ',
  seat: 'seat',
  person: 'person',
  appointment: 'appointment',
  budget: 'budget',
  actionPlan: 'action plan',
  focusArea: 'focus area',
  target: 'target',
  measure: 'measure',
  statusReport: 'status report',
  statusUpdate: 'status update',
  user: 'user',
  roleGrant: 'role',
  invitation: 'invitation',
  meeting: 'meeting',
  meetingAbsence: 'absence',
};

export const commonMessages: AreaMessages<'common'> = {
  nb: {
    SIGN_IN_REQUIRED: () => 'Du må logge inn for å gjøre dette.',
    NOT_PERMITTED: () => 'Rollene dine gir ikke tilgang til dette.',
    NOT_FOUND: ({ entity }) => `Fant ikke ${entityNb[entity]}. Den kan være slettet, eller du har ikke tilgang.`,
    CONCURRENT_CHANGE: () => 'Noen andre endret dette samtidig. Last inn siden på nytt og prøv igjen.',
    INVALID_INPUT: () => 'Noen felt er ikke riktig utfylt.',
    MALFORMED_REQUEST: () => 'Forespørselen kunne ikke leses.',
    REQUEST_TOO_LARGE: ({ limitBytes }, format) => `Forespørselen er for stor (grensen er ${format.integer(limitBytes)} byte).`,
    REQUEST_TOO_COSTLY: () => 'Forespørselen ber om for mye på én gang. Be om mindre.',
    REQUEST_TIMED_OUT: () => 'Forespørselen tok for lang tid og ble avbrutt. Prøv igjen, eventuelt med et mindre utvalg.',
    INTERNAL: () => 'Noe gikk galt hos oss. Ingenting ble endret. Prøv igjen senere.',
  },
  en: {
    SIGN_IN_REQUIRED: () => 'Sign in to do this.',
    NOT_PERMITTED: () => 'Your roles do not allow this.',
    NOT_FOUND: ({ entity }) => `The ${entityEn[entity]} was not found. It may have been deleted, or you do not have access.`,
    CONCURRENT_CHANGE: () => 'Someone else changed this at the same time. Reload the page and try again.',
    INVALID_INPUT: () => 'Some fields are not filled in correctly.',
    MALFORMED_REQUEST: () => 'The request could not be read.',
    REQUEST_TOO_LARGE: ({ limitBytes }, format) => `The request is too large (the limit is ${format.integer(limitBytes)} bytes).`,
    REQUEST_TOO_COSTLY: () => 'The request asks for too much at once. Ask for less.',
    REQUEST_TIMED_OUT: () => 'The request took too long and was stopped. Try again, perhaps with a smaller selection.',
    INTERNAL: () => 'Something went wrong on our side. Nothing was changed. Try again later.',
  },
};

import type { AreaMessages } from './types';

const stateNb: Record<string, string> = {
  DRAFT: 'et utkast',
  SENT: 'sendt på høring',
  OBJECTED: 'har merknader',
  APPROVED: 'godkjent',
  PUBLISHED: 'publisert',
  PLANNED: 'planlagt',
  NOTICE_SENT: 'innkalt',
  HELD: 'avholdt',
  CANCELLED: 'avlyst',
};
const stateEn: Record<string, string> = {
  DRAFT: 'a draft',
  SENT: 'sent for objections',
  OBJECTED: 'objected to',
  APPROVED: 'approved',
  PUBLISHED: 'published',
  PLANNED: 'planned',
  NOTICE_SENT: 'called',
  HELD: 'held',
  CANCELLED: 'cancelled',
};

/** A meeting's minutes: drafting, editing, sending, objections, publication and corrections. */
export const minutesMessages: AreaMessages<'minutes'> = {
  nb: {
    MEETING_NOT_HELD: ({ state }) => `Protokollen kan først skrives når møtet er avholdt. Møtet er ${stateNb[state] ?? state}.`,
    MINUTES_ALREADY_DRAFTED: () => 'Møtet har allerede en protokoll. Rediger den i stedet.',
    MINUTES_NOT_DRAFTED: () => 'Møtet har ingen protokoll ennå. Lag et utkast først.',
    MINUTES_NOT_EDITABLE: ({ state }) =>
      `Protokollen er ${stateNb[state] ?? state} og kan ikke redigeres. Sendt protokoll kan bare endres etter en merknad, og godkjent protokoll bare rettes.`,
    MINUTES_NOT_SENDABLE: ({ state, unresolved }, format) =>
      unresolved > 0
        ? `Protokollen har ${format.integer(unresolved)} ubehandlede merknader. Behandle dem før du sender på nytt.`
        : `Protokollen er ${stateNb[state] ?? state} og kan ikke sendes nå.`,
    NO_MINUTES_RECIPIENTS: () => 'Ingen av deltakerne har registrert e-postadresse. Registrer adressene først.',
    OBJECTION_PERIOD_OVER: ({ deadline }, format) =>
      deadline
        ? `Fristen for merknader gikk ut ${format.date(deadline)}.`
        : 'Protokollen er ikke sendt på høring, så det kan ikke gis merknader nå.',
    NOT_A_PARTICIPANT: () => 'Bare deltakerne på møtet kan gi merknader. Sekretariatet kan registrere en merknad mottatt på e-post.',
    OBJECTION_ALREADY_RESOLVED: () => 'Merknaden er allerede behandlet.',
    MINUTES_NOT_APPROVED: ({ state }) => `Bare godkjent protokoll kan publiseres. Protokollen er ${stateNb[state] ?? state}.`,
    MINUTES_ALREADY_PUBLISHED: () => 'Protokollen er allerede publisert.',
  },
  en: {
    MEETING_NOT_HELD: ({ state }) => `Minutes are written once the meeting is held. The meeting is ${stateEn[state] ?? state}.`,
    MINUTES_ALREADY_DRAFTED: () => 'The meeting has minutes already. Edit them instead.',
    MINUTES_NOT_DRAFTED: () => 'The meeting has no minutes yet. Draft them first.',
    MINUTES_NOT_EDITABLE: ({ state }) =>
      `The minutes are ${stateEn[state] ?? state} and cannot be edited. Sent minutes change only after an objection, approved ones only by a correction.`,
    MINUTES_NOT_SENDABLE: ({ state, unresolved }, format) =>
      unresolved > 0
        ? `The minutes have ${format.integer(unresolved)} unresolved objections. Resolve them before sending again.`
        : `The minutes are ${stateEn[state] ?? state} and cannot be sent now.`,
    NO_MINUTES_RECIPIENTS: () => 'None of the participants has an e-mail address. Record the addresses first.',
    OBJECTION_PERIOD_OVER: ({ deadline }, format) =>
      deadline
        ? `The period for objections ended ${format.date(deadline)}.`
        : 'The minutes are not out for objections, so none can be raised now.',
    NOT_A_PARTICIPANT: () => 'Only the participants of the meeting can object. The secretariat can record an objection received by e-mail.',
    OBJECTION_ALREADY_RESOLVED: () => 'The objection is resolved already.',
    MINUTES_NOT_APPROVED: ({ state }) => `Only approved minutes are published. The minutes are ${stateEn[state] ?? state}.`,
    MINUTES_ALREADY_PUBLISHED: () => 'The minutes are published already.',
  },
};

import type { AreaMessages } from './types';

/** A meeting's notice and attendance: sending the notice, absences (forfall) and deputies. */
export const noticeMessages: AreaMessages<'notice'> = {
  nb: {
    NOTICE_TOO_LATE: ({ latestOn, requiredDays }, format) =>
      `Det er for sent å sende innkallingen: den skal sendes minst ${requiredDays} dager før møtet, senest ${format.date(latestOn)}. Flytt møtet eller innkall til et ekstraordinært møte.`,
    NOTICE_ALREADY_SENT: () => 'Innkallingen til dette møtet er allerede sendt.',
    MEETING_NOT_OPEN_FOR_NOTICE: () => 'Møtet er avlyst eller avholdt.',
    NO_NOTICE_RECIPIENTS: () => 'Ingen av dem som skal innkalles, har registrert e-postadresse. Registrer adressene først.',
    NOTICE_ATTACHMENTS_TOO_LARGE: ({ totalBytes, maxBytes }, format) =>
      `Vedleggene til sakene på sakslisten er til sammen ${format.integer(Math.ceil(totalBytes / 1_048_576))} MB, men en innkalling kan ha høyst ${format.integer(Math.round(maxBytes / 1_048_576))} MB vedlegg. Fjern eller del opp vedlegg før du sender.`,
    NOT_CALLED_TO_MEETING: () => 'Personen er ikke medlem av organet på møtedatoen.',
    ABSENCE_ALREADY_REPORTED: () => 'Forfall er allerede meldt for dette medlemmet.',
    NOT_OWN_ABSENCE: () => 'Du kan bare melde ditt eget forfall. Sekretariatet melder forfall for andre.',
    DEPUTY_NOT_ELIGIBLE: () => 'Varaen kan ikke møte for dette medlemmet på møtedatoen.',
    DEPUTY_ALREADY_CALLED_IN: () => 'Varaen er allerede innkalt for et annet medlem til dette møtet.',
  },
  en: {
    NOTICE_TOO_LATE: ({ latestOn, requiredDays }, format) =>
      `It is too late to send the notice: it must go out at least ${requiredDays} days before the meeting, by ${format.date(latestOn)}. Move the meeting or call an extraordinary one.`,
    NOTICE_ALREADY_SENT: () => 'The notice of this meeting has been sent already.',
    MEETING_NOT_OPEN_FOR_NOTICE: () => 'The meeting is cancelled or has been held.',
    NO_NOTICE_RECIPIENTS: () => 'Nobody called to the meeting has an e-mail address. Record the addresses first.',
    NOTICE_ATTACHMENTS_TOO_LARGE: ({ totalBytes, maxBytes }, format) =>
      `The attachments of the cases on the agenda add up to ${format.integer(Math.ceil(totalBytes / 1_048_576))} MB, but a notice can carry at most ${format.integer(Math.round(maxBytes / 1_048_576))} MB of attachments. Remove or split attachments before sending.`,
    NOT_CALLED_TO_MEETING: () => 'The person is not a member of the organ on the meeting date.',
    ABSENCE_ALREADY_REPORTED: () => 'Absence is already reported for this member.',
    NOT_OWN_ABSENCE: () => 'You can only report your own absence. The secretariat reports it for others.',
    DEPUTY_NOT_ELIGIBLE: () => 'The deputy cannot stand in for this member on the meeting date.',
    DEPUTY_ALREADY_CALLED_IN: () => 'The deputy is already called in for another member at this meeting.',
  },
};

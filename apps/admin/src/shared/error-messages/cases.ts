import type { AreaMessages } from './types';

/** The case register: registering, numbering, public access, texts, attachments and links. */
export const caseMessages: AreaMessages<'cases'> = {
  nb: {
    CASE_YEAR_IN_FUTURE: ({ currentYear }) => `En sak registreres i inneværende år (${currentYear}) eller et tidligere år.`,
    CASE_NUMBER_ONLY_FOR_PAST_YEAR: ({ currentYear }) =>
      `Saksnummer kan bare oppgis for saker fra tidligere år enn ${currentYear}; nye saker får neste ledige nummer.`,
    CASE_NUMBER_TAKEN: ({ number, year }) =>
      number === null ? 'Organet har allerede en sak med dette nummeret.' : `Organet har allerede sak ${number}/${year ?? ''}.`,
    CASE_ORGAN_DISSOLVED: ({ dissolvedOn }, format) => `Organet ble nedlagt ${format.date(dissolvedOn)}.`,
    EXEMPTION_BASIS_REQUIRED: () => 'Oppgi hjemmel for unntak fra offentlighet, for eksempel «Offl. § 14».',
    EXEMPTION_ONLY_FOR_EXEMPT: () => 'Bare en sak eller et vedlegg som er unntatt offentlighet, har hjemmel og offentlig tittel.',
    CASE_NOT_EDITABLE: ({ status }) => `Saken kan ikke endres når den har status ${status}.`,
    CASE_STATUS_CHANGE_NOT_ALLOWED: ({ from, to }) => `Saken kan ikke gå fra status ${from} til ${to}.`,
    EXTERNAL_REFERENCE_ONLY_FOR_OTHER_BODIES: () => 'Ekstern referanse gjelder bare saker i andre organer enn helsefellesskapets egne.',
    CASE_LINK_TO_ITSELF: () => 'En sak kan ikke lenke til seg selv.',
    LINKED_CASE_NOT_IN_COMMUNITY: () => 'En lenket sak må være en sak i samme helsefellesskap.',
    ATTACHMENT_TOO_LARGE: ({ limitBytes }, format) =>
      `Filen er for stor. Et vedlegg kan være på høyst ${format.integer(Math.round(limitBytes / 1_048_576))} MB.`,
    ATTACHMENT_TYPE_NOT_ALLOWED: () => 'Filtypen er ikke tillatt. Last opp PDF, Word, Excel, PowerPoint, PNG, JPEG eller ren tekst.',
    ATTACHMENT_EMPTY: () => 'Filen er tom.',
    TOO_MANY_ATTACHMENTS: ({ limit }) => `En sak kan ha høyst ${limit} vedlegg.`,
    CASE_SEARCH_TOO_LONG: ({ maxLength }) => `Søketeksten kan være på høyst ${maxLength} tegn.`,
  },
  en: {
    CASE_YEAR_IN_FUTURE: ({ currentYear }) => `A case is registered in the current year (${currentYear}) or an earlier one.`,
    CASE_NUMBER_ONLY_FOR_PAST_YEAR: ({ currentYear }) =>
      `A case number can be given only for cases of years before ${currentYear}; new cases get the next free number.`,
    CASE_NUMBER_TAKEN: ({ number, year }) =>
      number === null ? 'The organ already has a case with this number.' : `The organ already has case ${number}/${year ?? ''}.`,
    CASE_ORGAN_DISSOLVED: ({ dissolvedOn }, format) => `The organ was dissolved on ${format.date(dissolvedOn)}.`,
    EXEMPTION_BASIS_REQUIRED: () => 'Give the legal basis of the exemption from public access, e.g. "Offl. § 14".',
    EXEMPTION_ONLY_FOR_EXEMPT: () => 'Only a case or attachment exempt from public access has a legal basis and a public title.',
    CASE_NOT_EDITABLE: ({ status }) => `The case cannot be changed in status ${status}.`,
    CASE_STATUS_CHANGE_NOT_ALLOWED: ({ from, to }) => `The case cannot move from status ${from} to ${to}.`,
    EXTERNAL_REFERENCE_ONLY_FOR_OTHER_BODIES: () =>
      "An external reference is only for cases of bodies other than the community's own organs.",
    CASE_LINK_TO_ITSELF: () => 'A case cannot link to itself.',
    LINKED_CASE_NOT_IN_COMMUNITY: () => 'A linked case must be a case of the same community.',
    ATTACHMENT_TOO_LARGE: ({ limitBytes }, format) =>
      `The file is too large. An attachment may be at most ${format.integer(Math.round(limitBytes / 1_048_576))} MB.`,
    ATTACHMENT_TYPE_NOT_ALLOWED: () => 'This type of file is not allowed. Upload PDF, Word, Excel, PowerPoint, PNG, JPEG or plain text.',
    ATTACHMENT_EMPTY: () => 'The file is empty.',
    TOO_MANY_ATTACHMENTS: ({ limit }) => `A case has at most ${limit} attachments.`,
    CASE_SEARCH_TOO_LONG: ({ maxLength }) => `The search text may be at most ${maxLength} characters.`,
  },
};

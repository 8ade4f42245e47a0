import { reason } from '../reason.js';

/** Refusals of the case register: registering, numbering, public access, texts, attachments and links. */
export const caseReasons = {
  /** A case is registered in the current year or, for papers recorded from the archive, an earlier one. */
  CASE_YEAR_IN_FUTURE: reason<{ currentYear: number }>(),
  /** A number is given at registration only for a case of a past year recorded from the archive. */
  CASE_NUMBER_ONLY_FOR_PAST_YEAR: reason<{ currentYear: number }>(),
  /** The organ already has a case with this number in the year. */
  CASE_NUMBER_TAKEN: reason<{ number: number | null; year: number | null }>(),
  /** The organ was dissolved before the year of the case. */
  CASE_ORGAN_DISSOLVED: reason<{ dissolvedOn: string }>(),
  /** An exempt case or attachment needs its legal basis, e.g. "Offl. § 14". */
  EXEMPTION_BASIS_REQUIRED: reason(),
  /** Only an exempt record has a legal basis or a public title. */
  EXEMPTION_ONLY_FOR_EXEMPT: reason(),
  /** A case in this status is no longer changed (decided or withdrawn). */
  CASE_NOT_EDITABLE: reason<{ status: string }>(),
  /** The case cannot move from its status to the one asked for. */
  CASE_STATUS_CHANGE_NOT_ALLOWED: reason<{ from: string; to: string }>(),
  /** An external reference is for a case of a body outside the community's own organs (kind OTHER). */
  EXTERNAL_REFERENCE_ONLY_FOR_OTHER_BODIES: reason(),
  /** A case cannot link to itself. */
  CASE_LINK_TO_ITSELF: reason(),
  /** A linked case must be a case of the same community. */
  LINKED_CASE_NOT_IN_COMMUNITY: reason<{ caseId: string }>(),
  /** The file is larger than an attachment may be. */
  ATTACHMENT_TOO_LARGE: reason<{ limitBytes: number }>(),
  /** The file's content is not of a kind an attachment may be (PDF, Word, Excel, PowerPoint, PNG, JPEG, plain text). */
  ATTACHMENT_TYPE_NOT_ALLOWED: reason(),
  /** The file is empty. */
  ATTACHMENT_EMPTY: reason(),
  /** A case has at most this many attachments. */
  TOO_MANY_ATTACHMENTS: reason<{ limit: number }>(),
  /** A search text is at most this long. */
  CASE_SEARCH_TOO_LONG: reason<{ maxLength: number }>(),
} as const;

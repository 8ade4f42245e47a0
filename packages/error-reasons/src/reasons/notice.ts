import { reason } from '../reason.js';

/** Refusals of a meeting's notice and attendance: sending the notice, absences (forfall) and deputies. */
export const noticeReasons = {
  /** The notice goes out at least the organ's notice period before the meeting; the last day was `latestOn`. */
  NOTICE_TOO_LATE: reason<{ latestOn: string; requiredDays: number }>(),
  /** The meeting's notice was sent already. */
  NOTICE_ALREADY_SENT: reason(),
  /** Only a planned meeting gets a notice, and only a coming one takes absences: this one is cancelled or held. */
  MEETING_NOT_OPEN_FOR_NOTICE: reason<{ state: string }>(),
  /** Nobody called to the meeting has an e-mail address: record the members' addresses first. */
  NO_NOTICE_RECIPIENTS: reason(),
  /** The agenda's public case attachments add up to more than one notice carries (`maxBytes`); `totalBytes` is their sum. */
  NOTICE_ATTACHMENTS_TOO_LARGE: reason<{ totalBytes: number; maxBytes: number }>(),
  /** The appointment is not a member of the organ on the meeting date. */
  NOT_CALLED_TO_MEETING: reason(),
  /** The member's absence from this meeting is reported already. */
  ABSENCE_ALREADY_REPORTED: reason(),
  /** A member reports their own absence; the secretariat reports for others. */
  NOT_OWN_ABSENCE: reason(),
  /** The deputy is not the member's personal deputy, nor on the hospital's list, on the meeting date. */
  DEPUTY_NOT_ELIGIBLE: reason(),
  /** The deputy is called in already for another absent member at this meeting. */
  DEPUTY_ALREADY_CALLED_IN: reason(),
} as const;

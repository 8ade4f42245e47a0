import { reason } from '../reason.js';

/**
 * Seats, appointments and offices. Dates are ISO `YYYY-MM-DD`; an `endsOn` of null is an open end.
 * `role` and `seatSide` are the GraphQL enum values (`MEMBER`, `HOSPITAL`, …). When PostgreSQL
 * rather than the service caught the clash, the holder is not known: their params are null.
 */
export const appointmentReasons = {
  /** Observers have the right to speak, not to vote. */
  OBSERVER_CANNOT_VOTE: reason(),
  /** The organ already has a seat with this name. */
  SEAT_LABEL_TAKEN: reason<{ label: string | null }>(),
  /** The appointing body names ids that its kind does not use (a regional council's seat with a partner id). */
  APPOINTING_BODY_EXTRA_IDS: reason<{ kind: string }>(),
  /** The appointing body is not a body of this community. */
  APPOINTING_BODY_NOT_IN_COMMUNITY: reason<{ kind: string }>(),
  /** Only the seat's own body appoints to it (a regional council: members and personal deputies on its own seats). */
  APPOINTED_BY_OTHER_BODY: reason<{ body: string }>(),
  /** A regional council corrects only people it alone appointed (the secretariat corrects anyone). */
  PERSON_APPOINTED_BY_OTHER_BODY: reason(),
  /** A person's e-mail and phone are personal data: only the secretariat, who reads them, changes them. */
  PERSON_CONTACT_BY_SECRETARIAT: reason(),
  /** The role does not belong on this kind of seat (an observer on a voting seat, a personal deputy on a hospital seat, …). */
  ROLE_NOT_FOR_SEAT: reason<{ role: string; seatSide: string }>(),
  /** An appointment cannot end before it starts. */
  APPOINTMENT_ENDS_BEFORE_START: reason<{ startsOn: string }>(),
  /** Both a registered person and a new one were given. */
  PERSON_ID_AND_NEW_PERSON: reason(),
  /** The person is not registered in this community. */
  PERSON_NOT_IN_COMMUNITY: reason(),
  /** The seat is held in the period: end that appointment first, or replace the holder. */
  SEAT_TAKEN: reason<{ holderName: string | null; startsOn: string | null; endsOn: string | null }>(),
  /** A replacement must start after the holder's appointment does. */
  HOLDER_STARTS_SAME_DAY_OR_LATER: reason<{ holderName: string; holderStartsOn: string }>(),
  /**
   * The member holds an office the electing organ gave them (`office`: CHAIR or VICE_CHAIR): that
   * organ ends it first; a replacement or end of the membership does not.
   */
  MEMBER_HOLDS_OFFICE: reason<{ office: string; holderName: string; officeEndsOn: string | null; electedBy: string }>(),
  /** The person is already a member of this organ on another seat in the period. */
  PERSON_ALREADY_MEMBER: reason<{ seatLabel: string | null }>(),
  /** A personal deputy must belong to a member appointment on this seat. */
  DEPUTY_MEMBER_NOT_ON_SEAT: reason(),
  /** A personal deputy serves within the member's period. */
  DEPUTY_OUTSIDE_MEMBER_TERM: reason<{ memberStartsOn: string; memberEndsOn: string | null }>(),
  /** The member already has a personal deputy in the period. */
  DEPUTY_ALREADY_APPOINTED: reason<{ holderName: string | null }>(),
  /** A place on the hospital's deputy list is needed. */
  DEPUTY_RANK_REQUIRED: reason(),
  /** The place on the hospital's deputy list is held in the period. */
  DEPUTY_RANK_TAKEN: reason<{ rank: number | null; holderName: string | null }>(),
  /** The chair and vice-chair are elected among the voting members: the person must hold this seat as a member on the date. */
  OFFICER_NOT_VOTING_MEMBER: reason<{ office: string; date: string }>(),
  /** The organ already has a chair (or vice-chair, `office`) in the period. */
  OFFICE_TAKEN: reason<{ office: string | null; holderName: string | null }>(),
  /** The organ has no organ set to elect its chair and vice-chair. */
  NO_ELECTING_ORGAN: reason<{ organName: string }>(),
  /** A chair's term is at most the rotation's years, so it must end by the date. */
  CHAIR_TERM_TOO_LONG: reason<{ rotationYears: number; latestEndsOn: string }>(),
  /** The chair alternates between the sides: the previous chair came from `previousSide` (HOSPITAL or MUNICIPAL). */
  CHAIR_SAME_SIDE: reason<{ previousSide: string }>(),
  /** The seat was retired on `retiredOn`: it takes no appointments after that day. */
  SEAT_RETIRED: reason<{ retiredOn: string }>(),
  /** Someone holds the seat after the day it would be retired: end (or cancel) that appointment first. */
  SEAT_HELD_AFTER_RETIREMENT: reason<{ holderName: string; endsOn: string | null }>(),
  /** The appointment was already cancelled, on `cancelledOn` (perhaps by a colleague at the same moment). */
  APPOINTMENT_ALREADY_CANCELLED: reason<{ cancelledOn: string }>(),
  /** A cancelled appointment never counted: it cannot be ended. */
  APPOINTMENT_CANCELLED: reason(),
  /** The partner a person works for must be a partner of the same community. */
  PERSON_PARTNER_NOT_IN_COMMUNITY: reason(),
} as const;

import { forbidden } from '../../common/errors.js';
import type { Caller } from '../auth/caller.js';
import { actsForRegionalCouncil } from '../auth/permissions.js';
import { authorize, can } from '../auth/policy.js';
import type { AppointmentRole, PersonEntity, SeatEntity } from './appointment.entity.js';

/**
 * The secretariat records the decisions of every appointing body; a regional council records its own
 * decisions (members and personal deputies on its seats) and nothing else.
 */
export function assertMayAppoint(caller: Caller, seat: SeatEntity, role: AppointmentRole, appointingBodyName: string): void {
  if (can(caller, 'community:administer', seat.communityId)) return;
  authorize(caller, 'seats:appoint', seat.communityId);
  if (!mayAppoint(caller, seat, role)) {
    throw forbidden(
      'APPOINTED_BY_OTHER_BODY',
      { body: appointingBodyName },
      `Only ${appointingBodyName} appoints to this seat: you act for another body.`,
    );
  }
}

/** Whether the caller records (and ends or cancels) appointments in this role on the seat: the rule `assertMayAppoint` enforces. */
export function mayAppoint(
  caller: Caller,
  seat: Pick<SeatEntity, 'communityId' | 'appointingRegionalCouncilId'>,
  role: AppointmentRole,
): boolean {
  if (can(caller, 'community:administer', seat.communityId)) return true;
  return (
    can(caller, 'seats:appoint', seat.communityId) &&
    seat.appointingRegionalCouncilId !== null &&
    caller.kind === 'user' &&
    actsForRegionalCouncil(caller.grants, seat.appointingRegionalCouncilId) &&
    (role === 'MEMBER' || role === 'PERSONAL_DEPUTY')
  );
}

/**
 * Correcting a person's name, employer and partner (their side): the secretariat of the person's
 * community, for anyone; a regional council, for people it appointed and no other body did (every
 * seat they hold or held an appointment on is one the council appoints to), so it cannot rename
 * the hospital's director or a person another council appointed. E-mail and phone are personal data
 * the council does not see: only the secretariat (who reads them) changes them.
 */
export function mayUpdatePerson(
  caller: Caller,
  person: Pick<PersonEntity, 'communityId'>,
  seatsAppointedTo: readonly Pick<SeatEntity, 'appointingRegionalCouncilId'>[],
): boolean {
  if (can(caller, 'community:administer', person.communityId)) return true;
  return (
    can(caller, 'seats:appoint', person.communityId) &&
    caller.kind === 'user' &&
    seatsAppointedTo.length > 0 &&
    seatsAppointedTo.every(
      (seat) => seat.appointingRegionalCouncilId !== null && actsForRegionalCouncil(caller.grants, seat.appointingRegionalCouncilId),
    )
  );
}

export function assertMayUpdatePerson(
  caller: Caller,
  person: Pick<PersonEntity, 'communityId'>,
  seatsAppointedTo: readonly Pick<SeatEntity, 'appointingRegionalCouncilId'>[],
  changesContactData: boolean,
): void {
  authorize(caller, 'seats:appoint', person.communityId);
  if (!mayUpdatePerson(caller, person, seatsAppointedTo))
    throw forbidden(
      'PERSON_APPOINTED_BY_OTHER_BODY',
      {},
      'Only the secretariat, or the regional council that appointed this person alone, corrects them.',
    );
  if (changesContactData && !can(caller, 'personal-data:read', person.communityId))
    throw forbidden('PERSON_CONTACT_BY_SECRETARIAT', {}, "Only the secretariat changes a person's e-mail and phone.");
}

/** Seats are created and retired by the secretariat. */
export function mayManageSeats(caller: Caller, communityId: string): boolean {
  return can(caller, 'community:administer', communityId);
}

/**
 * A person's name, title and employer are public (who sits where); their e-mail and phone are
 * personal data: only holders of `personal-data:read` in the person's community (the secretariat) see them.
 */
export function visiblePerson<P extends Pick<PersonEntity, 'communityId' | 'email' | 'phone'>>(caller: Caller, person: P): P {
  if (can(caller, 'personal-data:read', person.communityId)) return person;
  return { ...person, email: null, phone: null };
}

/** An appointment read with its person, the person as `visiblePerson` lets the caller see it. */
export function visibleHolder<A extends { heldBy: Pick<PersonEntity, 'communityId' | 'email' | 'phone'> }>(
  caller: Caller,
  appointment: A,
): A {
  const heldBy = visiblePerson(caller, appointment.heldBy);
  return heldBy === appointment.heldBy ? appointment : { ...appointment, heldBy };
}

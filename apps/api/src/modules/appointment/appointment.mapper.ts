import type { AppointmentEntity, PersonEntity } from './appointment.entity.js';
import { AppointingBody, Appointment, Person, type Seat } from './appointment.type.js';

/**
 * Stored records as GraphQL types, for what services answer (mutations); reads select rows of the
 * types' shape directly. The person as the policy lets the caller see it (`visiblePerson`): the mapper only copies.
 */
export function toPerson(entity: PersonEntity): Person {
  return Object.assign(new Person(), {
    id: entity.id,
    communityId: entity.communityId,
    name: entity.name,
    title: entity.title,
    employer: entity.employer,
    email: entity.email,
    phone: entity.phone,
    partnerId: entity.partnerId,
  });
}

export function toAppointingBody(seat: Seat): AppointingBody {
  return Object.assign(new AppointingBody(), {
    kind: seat.appointingBodyKind,
    name: seat.appointingBodyName,
    regionalCouncilId: seat.appointingRegionalCouncilId,
    partnerId: seat.appointingPartnerId,
    organId: seat.appointingOrganId,
  });
}

export function toAppointment(entity: AppointmentEntity): Appointment {
  return Object.assign(new Appointment(), {
    id: entity.id,
    communityId: entity.communityId,
    seatId: entity.seatId,
    personId: entity.personId,
    role: entity.role,
    deputyForAppointmentId: entity.deputyForAppointmentId,
    deputyRank: entity.deputyRank,
    startsOn: entity.startsOn,
    endsOn: entity.endsOn,
    appointedBy: entity.appointedBy,
    decisionReference: entity.decisionReference,
    cancelledAt: entity.cancelledAt,
    cancellationReason: entity.cancellationReason,
    replacedByAppointmentId: entity.replacedByAppointmentId,
  });
}

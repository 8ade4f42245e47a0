import type { SeatAppointing } from './appointing-body.js';
import type { AppointmentEntity, PersonEntity, SeatEntity } from './appointment.entity.js';
import { AppointingBody, Appointment, Person, Seat } from './appointment.type.js';

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
  });
}

export function toSeat(entity: SeatEntity): Seat {
  return Object.assign(new Seat(), {
    id: entity.id,
    communityId: entity.communityId,
    organId: entity.organId,
    position: entity.position,
    label: entity.label,
    side: entity.side,
    voting: entity.voting,
    appointingBodyKind: entity.appointingBodyKind,
    appointingRegionalCouncilId: entity.appointingRegionalCouncilId,
    appointingPartnerId: entity.appointingPartnerId,
    appointingOrganId: entity.appointingOrganId,
    appointingBodyName: entity.appointingBodyName,
  });
}

export function toAppointingBody(entity: SeatAppointing, name: string): AppointingBody {
  return Object.assign(new AppointingBody(), {
    kind: entity.appointingBodyKind,
    name,
    regionalCouncilId: entity.appointingRegionalCouncilId,
    partnerId: entity.appointingPartnerId,
    organId: entity.appointingOrganId,
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
  });
}

import type { AppointmentEntity, PersonEntity, SeatEntity } from './appointment.entity.js';
import { AppointingBody, Appointment, Person, Seat } from './appointment.type.js';

/** The person as the policy lets the caller see it (`visiblePerson`): the mapper only copies. */
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

export function toSeat(entity: SeatEntity): Seat {
  return Object.assign(new Seat(), {
    id: entity.id,
    communityId: entity.communityId,
    organId: entity.organId,
    position: entity.position,
    label: entity.label,
    side: entity.side,
    voting: entity.voting,
    retiredOn: entity.retiredOn,
    entity,
  });
}

export function toAppointingBody(entity: SeatEntity, name: string): AppointingBody {
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
    cancelledAt: entity.cancelledAt,
    cancellationReason: entity.cancellationReason,
    replacedByAppointmentId: entity.replacedByAppointmentId,
  });
}

import { Between, In, IsNull, type EntityManager } from 'typeorm';
import { OrganEntity } from '../organ/organ.entity.js';
import { AppointmentEntity, PersonEntity, SeatEntity } from './appointment.entity.js';

export class AppointmentRepository {
  constructor(private readonly manager: EntityManager) {}

  findSeat(seatId: string): Promise<SeatEntity | null> {
    return this.manager.findOneBy(SeatEntity, { id: seatId });
  }

  findSeatsByIds(seatIds: readonly string[]): Promise<SeatEntity[]> {
    return this.manager.findBy(SeatEntity, { id: In([...seatIds]) });
  }

  findSeatsOfOrgans(organIds: readonly string[]): Promise<SeatEntity[]> {
    return this.manager.find(SeatEntity, { where: { organId: In([...organIds]) }, order: { position: 'ASC' } });
  }

  findSeatsOfRegionalCouncils(regionalCouncilIds: readonly string[]): Promise<SeatEntity[]> {
    return this.manager.find(SeatEntity, {
      where: { appointingRegionalCouncilId: In([...regionalCouncilIds]) },
      order: { position: 'ASC' },
    });
  }

  async nextSeatPosition(organId: string): Promise<number> {
    const last = await this.manager.findOne(SeatEntity, { where: { organId }, order: { position: 'DESC' } });
    return (last?.position ?? 0) + 1;
  }

  findSeatByLabel(organId: string, label: string): Promise<SeatEntity | null> {
    return this.manager.findOneBy(SeatEntity, { organId, label });
  }

  saveSeat(seat: SeatEntity): Promise<SeatEntity> {
    return this.manager.save(SeatEntity, seat);
  }

  findPerson(personId: string): Promise<PersonEntity | null> {
    return this.manager.findOneBy(PersonEntity, { id: personId });
  }

  findPersonsByIds(personIds: readonly string[]): Promise<PersonEntity[]> {
    return this.manager.findBy(PersonEntity, { id: In([...personIds]) });
  }

  findPersonsOfCommunity(communityId: string): Promise<PersonEntity[]> {
    return this.manager.find(PersonEntity, { where: { communityId }, order: { name: 'ASC' } });
  }

  findPersonByName(communityId: string, name: string): Promise<PersonEntity | null> {
    return this.manager.findOneBy(PersonEntity, { communityId, name });
  }

  savePerson(person: PersonEntity): Promise<PersonEntity> {
    return this.manager.save(PersonEntity, person);
  }

  findAppointment(appointmentId: string): Promise<AppointmentEntity | null> {
    return this.manager.findOneBy(AppointmentEntity, { id: appointmentId });
  }

  /** The appointments that count (not cancelled) on the seats: every rule and composition reads these. */
  findAppointmentsOfSeats(seatIds: readonly string[]): Promise<AppointmentEntity[]> {
    return this.manager.find(AppointmentEntity, {
      where: { seatId: In([...seatIds]), cancelledAt: IsNull() },
      order: { startsOn: 'ASC', deputyRank: 'ASC', createdAt: 'ASC' },
    });
  }

  /** Every appointment on the seats, the cancelled ones too: a seat's history. */
  findHistoryOfSeats(seatIds: readonly string[]): Promise<AppointmentEntity[]> {
    return this.manager.find(AppointmentEntity, {
      where: { seatId: In([...seatIds]) },
      order: { startsOn: 'ASC', deputyRank: 'ASC', createdAt: 'ASC' },
    });
  }

  findAppointmentsOfPersons(personIds: readonly string[]): Promise<AppointmentEntity[]> {
    return this.manager.find(AppointmentEntity, {
      where: { personId: In([...personIds]), cancelledAt: IsNull() },
      order: { startsOn: 'DESC' },
    });
  }

  findDeputiesOf(memberAppointmentId: string): Promise<AppointmentEntity[]> {
    return this.manager.findBy(AppointmentEntity, { deputyForAppointmentId: memberAppointmentId, cancelledAt: IsNull() });
  }

  /** Appointments that end between the two dates (inclusive), soonest first. */
  findEndingBetween(communityId: string, from: string, to: string): Promise<AppointmentEntity[]> {
    return this.manager.find(AppointmentEntity, {
      where: { communityId, endsOn: Between(from, to), cancelledAt: IsNull() },
      order: { endsOn: 'ASC' },
    });
  }

  /**
   * Locks the organ row until the transaction ends, so changes to the organ's appointments are
   * decided one at a time and each sees the one before. NO KEY UPDATE leaves inserts that only
   * reference the organ (a new seat) free.
   */
  async lockAppointmentsOfOrgan(organId: string): Promise<void> {
    await this.manager.findOne(OrganEntity, { where: { id: organId }, lock: { mode: 'for_no_key_update' } });
  }

  saveAppointment(appointment: AppointmentEntity): Promise<AppointmentEntity> {
    return this.manager.save(AppointmentEntity, appointment);
  }
}

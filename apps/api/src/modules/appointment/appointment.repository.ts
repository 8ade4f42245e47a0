import { In, IsNull, type EntityManager } from 'typeorm';
import { selectRows } from '../../database/rows.js';
import { OrganEntity } from '../organ/organ.entity.js';
import { AppointmentEntity, PersonEntity, SeatEntity } from './appointment.entity.js';
import type { Appointment, Person, Seat } from './appointment.type.js';

/**
 * A `Seat` row: the seat's columns and the name of the body that appoints to it, joined in the same
 * statement (its council, partner or organ; an outside body's name is stored on the seat).
 */
const SEAT_FROM = `SELECT s.id, s.community_id AS "communityId", s.organ_id AS "organId", s.position, s.label, s.side, s.voting,
    s.retired_on AS "retiredOn", seat_organ.officers_elected_by_organ_id IS NOT NULL AS "officersElected",
    s.appointing_body_kind AS "appointingBodyKind", s.appointing_regional_council_id AS "appointingRegionalCouncilId",
    s.appointing_partner_id AS "appointingPartnerId", s.appointing_organ_id AS "appointingOrganId",
    COALESCE(body_council.name, body_partner.name, body_organ.name, s.appointing_body_name) AS "appointingBodyName"
  FROM seat s
  JOIN organ seat_organ ON seat_organ.id = s.organ_id
  LEFT JOIN regional_council body_council ON body_council.id = s.appointing_regional_council_id
  LEFT JOIN partner body_partner ON body_partner.id = s.appointing_partner_id
  LEFT JOIN organ body_organ ON body_organ.id = s.appointing_organ_id`;

const PERSON_COLUMNS = `id, community_id AS "communityId", name, title, employer, email, phone, partner_id AS "partnerId"`;

const APPOINTMENT_COLUMNS = `a.id, a.community_id AS "communityId", a.seat_id AS "seatId", a.person_id AS "personId", a.role,
  a.deputy_for_appointment_id AS "deputyForAppointmentId", a.deputy_rank AS "deputyRank", a.starts_on AS "startsOn",
  a.ends_on AS "endsOn", a.appointed_by AS "appointedBy", a.decision_reference AS "decisionReference",
  a.cancelled_at AS "cancelledAt", a.cancellation_reason AS "cancellationReason", a.replaced_by_appointment_id AS "replacedByAppointmentId"`;

/** What counts: an appointment cancelled as registered in error is in the history only (ADR 0016). */
const COUNTING = `a.cancelled_at IS NULL`;

/**
 * An appointment with its person joined in, so `Appointment.person` costs no further read: contact
 * data included, which the loader or service then filters for the caller (`visibleHolder`).
 */
export type AppointmentWithPerson = Appointment & { heldBy: Person };

const WITH_PERSON = `${APPOINTMENT_COLUMNS}, json_build_object('id', pe.id, 'communityId', pe.community_id, 'name', pe.name,
  'title', pe.title, 'employer', pe.employer, 'email', pe.email, 'phone', pe.phone, 'partnerId', pe.partner_id) AS "heldBy"
  FROM appointment a JOIN person pe ON pe.id = a.person_id`;

/** A seat's appointments in the order its history shows them; the id decides between rows made in one transaction. */
const SEAT_ORDER = `a.starts_on, a.deputy_rank, a.created_at, a.id`;

export class AppointmentRepository {
  constructor(private readonly manager: EntityManager) {}

  findSeat(seatId: string): Promise<SeatEntity | null> {
    return this.manager.findOneBy(SeatEntity, { id: seatId });
  }

  findSeatsOfOrgans(organIds: readonly string[]): Promise<SeatEntity[]> {
    return this.manager.find(SeatEntity, { where: { organId: In([...organIds]) }, order: { position: 'ASC' } });
  }

  /** Seats by id as plain rows: for loaders whose ids come from already-scoped rows. */
  readSeatsByIds(seatIds: readonly string[]): Promise<Seat[]> {
    return selectRows<Seat>(this.manager, `${SEAT_FROM} WHERE s.id = ANY($1::uuid[])`, [seatIds]);
  }

  /** The seats of the organs as plain rows, in order. */
  readSeatsOfOrgans(organIds: readonly string[]): Promise<Seat[]> {
    return selectRows<Seat>(this.manager, `${SEAT_FROM} WHERE s.organ_id = ANY($1::uuid[]) ORDER BY s.position`, [organIds]);
  }

  /** The seats the councils appoint to, as plain rows, in order. */
  readSeatsOfRegionalCouncils(regionalCouncilIds: readonly string[]): Promise<Seat[]> {
    return selectRows<Seat>(this.manager, `${SEAT_FROM} WHERE s.appointing_regional_council_id = ANY($1::uuid[]) ORDER BY s.position`, [
      regionalCouncilIds,
    ]);
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

  /** The person, locked until the transaction ends: corrections of one person take turns. */
  findPersonForUpdate(personId: string): Promise<PersonEntity | null> {
    return this.manager.findOne(PersonEntity, { where: { id: personId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The seats the person holds or held an appointment on (cancelled ones left out): who appointed them. */
  findSeatsAppointedTo(personId: string): Promise<SeatEntity[]> {
    return this.manager
      .createQueryBuilder(SeatEntity, 'seat')
      .where('seat.id IN (SELECT a.seat_id FROM appointment a WHERE a.person_id = :personId AND a.cancelled_at IS NULL)', { personId })
      .getMany();
  }

  findPersonsByIds(personIds: readonly string[]): Promise<PersonEntity[]> {
    return this.manager.findBy(PersonEntity, { id: In([...personIds]) });
  }

  /** People by id as plain rows, every column the type has: the caller's policy filters contact data after. */
  readPersonsByIds(personIds: readonly string[]): Promise<Person[]> {
    return selectRows<Person>(this.manager, `SELECT ${PERSON_COLUMNS} FROM person WHERE id = ANY($1::uuid[])`, [personIds]);
  }

  readPersonsOfCommunity(communityId: string): Promise<Person[]> {
    return selectRows<Person>(this.manager, `SELECT ${PERSON_COLUMNS} FROM person WHERE community_id = $1 ORDER BY name`, [communityId]);
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

  /** The appointments that count (not cancelled) on the seats: what the rules read. */
  findAppointmentsOfSeats(seatIds: readonly string[]): Promise<AppointmentEntity[]> {
    return this.manager.find(AppointmentEntity, {
      where: { seatId: In([...seatIds]), cancelledAt: IsNull() },
      order: { startsOn: 'ASC', deputyRank: 'ASC', createdAt: 'ASC' },
    });
  }

  /** Every appointment of the seats (their history, the cancelled ones too) as plain rows. */
  readAppointmentsOfSeats(seatIds: readonly string[]): Promise<AppointmentWithPerson[]> {
    return selectRows<AppointmentWithPerson>(
      this.manager,
      `SELECT ${WITH_PERSON} WHERE a.seat_id = ANY($1::uuid[]) ORDER BY ${SEAT_ORDER}`,
      [seatIds],
    );
  }

  /**
   * The appointments of the seats that run on `date` (as `isActiveOn` decides: first and last day
   * included), filtered by PostgreSQL on the index (seat_id, starts_on): history is not read.
   */
  readHoldersOn(seatIds: readonly string[], date: string): Promise<AppointmentWithPerson[]> {
    return selectRows<AppointmentWithPerson>(
      this.manager,
      `SELECT ${WITH_PERSON}
        WHERE a.seat_id = ANY($1::uuid[]) AND a.starts_on <= $2 AND (a.ends_on IS NULL OR a.ends_on >= $2) AND ${COUNTING}
        ORDER BY ${SEAT_ORDER}`,
      [seatIds, date],
    );
  }

  readAppointmentsOfPersons(personIds: readonly string[]): Promise<Appointment[]> {
    return selectRows<Appointment>(
      this.manager,
      `SELECT ${APPOINTMENT_COLUMNS} FROM appointment a WHERE a.person_id = ANY($1::uuid[]) AND ${COUNTING} ORDER BY a.starts_on DESC`,
      [personIds],
    );
  }

  findDeputiesOf(memberAppointmentId: string): Promise<AppointmentEntity[]> {
    return this.manager.findBy(AppointmentEntity, { deputyForAppointmentId: memberAppointmentId, cancelledAt: IsNull() });
  }

  /** Appointments that end between the two dates (inclusive), soonest first; with a council, only on its seats. */
  readEndingBetween(communityId: string, from: string, to: string, regionalCouncilId: string | null): Promise<AppointmentWithPerson[]> {
    return selectRows<AppointmentWithPerson>(
      this.manager,
      `SELECT ${WITH_PERSON}
        WHERE a.community_id = $1 AND a.ends_on BETWEEN $2 AND $3 AND ${COUNTING}
          AND ($4::uuid IS NULL OR a.seat_id IN (SELECT s.id FROM seat s WHERE s.appointing_regional_council_id = $4))
        ORDER BY a.ends_on`,
      [communityId, from, to, regionalCouncilId],
    );
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

import DataLoader from 'dataloader';
import { argumentLoader } from '../../common/argument-loader.js';
import { groupByKeys } from '../../common/group.js';
import type { Repositories } from '../../database/repositories.js';
import type { Caller } from '../auth/caller.js';
import type { PartnerEntity } from '../partner/partner.entity.js';
import { visibleHolder, visiblePerson } from './appointment.policy.js';
import type { Appointment, Person, Seat } from './appointment.type.js';

function byId<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

/** Made per request for its caller: people come with only the contact data the policy lets the caller see. */
export function createAppointmentLoaders(repositories: Repositories, caller: Caller) {
  return {
    seatsByOrgan: new DataLoader<string, Seat[]>(async (organIds) =>
      groupByKeys(organIds, await repositories.appointments.readSeatsOfOrgans(organIds), (seat) => seat.organId),
    ),
    seatsByRegionalCouncil: new DataLoader<string, Seat[]>(async (councilIds) =>
      groupByKeys(
        councilIds,
        await repositories.appointments.readSeatsOfRegionalCouncils(councilIds),
        (seat) => seat.appointingRegionalCouncilId ?? '',
      ),
    ),
    seatById: new DataLoader<string, Seat | null>(async (seatIds) =>
      byId(seatIds, await repositories.appointments.readSeatsByIds(seatIds)),
    ),
    /** Every appointment of a seat: its history, cancelled ones included. */
    appointmentsBySeat: new DataLoader<string, Appointment[]>(async (seatIds) =>
      groupByKeys(
        seatIds,
        (await repositories.appointments.readAppointmentsOfSeats(seatIds)).map((appointment) => visibleHolder(caller, appointment)),
        (appointment) => appointment.seatId,
      ),
    ),
    /** The appointments of a seat on a date: `holders(at:)`, and an organ's `members`, `vacancies` and `parity` on a date. */
    holdersBySeatOn: argumentLoader<string, Appointment[]>(async (seatIds, date) =>
      groupByKeys(
        seatIds,
        (await repositories.appointments.readHoldersOn(seatIds, date)).map((appointment) => visibleHolder(caller, appointment)),
        (appointment) => appointment.seatId,
      ),
    ),
    appointmentsByPerson: new DataLoader<string, Appointment[]>(async (personIds) =>
      groupByKeys(personIds, await repositories.appointments.readAppointmentsOfPersons(personIds), (appointment) => appointment.personId),
    ),
    /** The partner a person works for: their side. */
    partnerById: new DataLoader<string, PartnerEntity | null>(async (partnerIds) =>
      byId(partnerIds, await repositories.partners.findByIdsInAnyCommunity(partnerIds)),
    ),
    personById: new DataLoader<string, Person | null>(async (personIds) =>
      byId(
        personIds,
        (await repositories.appointments.readPersonsByIds(personIds)).map((person) => visiblePerson(caller, person)),
      ),
    ),
  };
}

import DataLoader from 'dataloader';
import { groupByKeys } from '../../common/group.js';
import type { Repositories } from '../../database/repositories.js';
import type { Caller } from '../auth/caller.js';
import type { OrganEntity } from '../organ/organ.entity.js';
import type { PartnerEntity } from '../partner/partner.entity.js';
import type { RegionalCouncilEntity } from '../regional-council/regional-council.entity.js';
import type { AppointmentEntity, PersonEntity, SeatEntity } from './appointment.entity.js';
import { visiblePerson } from './appointment.policy.js';

function byId<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

/** Made per request for its caller: people come with only the contact data the policy lets the caller see. */
export function createAppointmentLoaders(repositories: Repositories, caller: Caller) {
  return {
    seatsByOrgan: new DataLoader<string, SeatEntity[]>(async (organIds) =>
      groupByKeys(organIds, await repositories.appointments.findSeatsOfOrgans(organIds), (seat) => seat.organId),
    ),
    seatsByRegionalCouncil: new DataLoader<string, SeatEntity[]>(async (councilIds) =>
      groupByKeys(
        councilIds,
        await repositories.appointments.findSeatsOfRegionalCouncils(councilIds),
        (seat) => seat.appointingRegionalCouncilId ?? '',
      ),
    ),
    seatById: new DataLoader<string, SeatEntity | null>(async (seatIds) =>
      byId(seatIds, await repositories.appointments.findSeatsByIds(seatIds)),
    ),
    appointmentsBySeat: new DataLoader<string, AppointmentEntity[]>(async (seatIds) =>
      groupByKeys(seatIds, await repositories.appointments.findAppointmentsOfSeats(seatIds), (appointment) => appointment.seatId),
    ),
    /** The seat's history: every appointment, the cancelled ones too. */
    historyBySeat: new DataLoader<string, AppointmentEntity[]>(async (seatIds) =>
      groupByKeys(seatIds, await repositories.appointments.findHistoryOfSeats(seatIds), (appointment) => appointment.seatId),
    ),
    appointmentsByPerson: new DataLoader<string, AppointmentEntity[]>(async (personIds) =>
      groupByKeys(personIds, await repositories.appointments.findAppointmentsOfPersons(personIds), (appointment) => appointment.personId),
    ),
    personById: new DataLoader<string, PersonEntity | null>(async (personIds) =>
      byId(
        personIds,
        (await repositories.appointments.findPersonsByIds(personIds)).map((person) => visiblePerson(caller, person)),
      ),
    ),
    regionalCouncilById: new DataLoader<string, RegionalCouncilEntity | null>(async (ids) =>
      byId(ids, await repositories.regionalCouncils.findByIdsInAnyCommunity(ids)),
    ),
    partnerById: new DataLoader<string, PartnerEntity | null>(async (ids) =>
      byId(ids, await repositories.partners.findByIdsInAnyCommunity(ids)),
    ),
    organById: new DataLoader<string, OrganEntity | null>(async (ids) => byId(ids, await repositories.organs.findByIdsInAnyCommunity(ids))),
  };
}

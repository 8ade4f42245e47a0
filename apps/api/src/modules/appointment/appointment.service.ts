import { randomUUID } from 'node:crypto';
import { addDays, dayBefore, isActiveOn, overlaps } from '@helsefellesskap/calendar';
import type { Clock } from '../../common/clock.js';
import { badUserInput, conflict, notFound, type AppError } from '../../common/errors.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import type { Caller } from '../auth/caller.js';
import { authorize } from '../auth/policy.js';
import { AppointmentEntity, PersonEntity, SeatEntity } from './appointment.entity.js';
import type { AppointInput, AppointingBodyInput, CreateSeatInput, PersonInput, UpdatePersonInput } from './appointment.inputs.js';
import { assertMayAppoint, assertMayUpdatePerson, visibleHolder, visiblePerson } from './appointment.policy.js';
import { appointingBodyName } from './appointing-body.js';
import type { Appointment, Person } from './appointment.type.js';
import {
  assertChairRotation,
  assertRoleFitsSeat,
  assertWithinMemberPeriod,
  isSeatRole,
  seatTaken,
  type Period,
} from './appointment.rules.js';

/**
 * How far ahead "ending soon" looks: two years, the longest a secretariat plans re-appointments ahead
 * (the chair alternates every two years). Further is not "soon", and the list stays a planning list.
 */
export const ENDING_SOON_MAX_DAYS = 731;

/** The longest reason a cancellation keeps. */
export const CANCELLATION_REASON_MAX = 500;

export interface AppointIds {
  seatId: string;
  personId: string | null;
  deputyForAppointmentId: string | null;
  /** The partner a new person works for. */
  newPersonPartnerId?: string | null;
}

export class AppointmentService {
  constructor(
    private readonly repositories: Repositories,
    private readonly inTransaction: InTransaction,
    private readonly clock: Clock,
  ) {}

  createSeat(
    caller: Caller,
    organId: string,
    input: CreateSeatInput,
    body: { regionalCouncilId: string | null; partnerId: string | null; organId: string | null },
  ): Promise<SeatEntity> {
    return this.inTransaction(async (repositories) => {
      const organ = await repositories.organs.findById(organId);
      if (!organ) throw notFound('organ', organId);
      authorize(caller, 'community:administer', organ.communityId);
      if (input.side === 'OBSERVER' && input.voting)
        throw badUserInput('voting', 'OBSERVER_CANNOT_VOTE', {}, 'observers have the right to speak, not to vote');
      const label = input.label.trim();
      // Seats of one organ are added in turn, so the name check and the next position see each other.
      await repositories.appointments.lockAppointmentsOfOrgan(organId);
      if (await repositories.appointments.findSeatByLabel(organId, label))
        throw conflict('SEAT_LABEL_TAKEN', { label }, `label: the organ already has a seat named "${label}".`, 'label');
      await assertAppointingBody(repositories, organ.communityId, input.appointingBody, body);
      const seat = await repositories.appointments.saveSeat(
        Object.assign(new SeatEntity(), {
          communityId: organ.communityId,
          organId,
          position: await repositories.appointments.nextSeatPosition(organId),
          label,
          side: input.side,
          voting: input.voting,
          appointingBodyKind: input.appointingBody.kind,
          appointingRegionalCouncilId: input.appointingBody.kind === 'REGIONAL_COUNCIL' ? body.regionalCouncilId : null,
          appointingPartnerId: input.appointingBody.kind === 'PARTNER' ? body.partnerId : null,
          appointingOrganId: input.appointingBody.kind === 'ORGAN' ? body.organId : null,
          appointingBodyName: input.appointingBody.kind === 'EXTERNAL' ? (input.appointingBody.name?.trim() ?? null) : null,
        }),
      );
      await repositories.audit.record(caller, {
        action: 'CREATE',
        entityType: 'Seat',
        entityId: seat.id,
        communityId: seat.communityId,
        after: seat,
      });
      return seat;
    });
  }

  async createPerson(caller: Caller, communityId: string, input: PersonInput, partnerId: string | null): Promise<PersonEntity> {
    authorize(caller, 'seats:appoint', communityId);
    const person = await this.inTransaction(async (repositories) => {
      if (!(await repositories.communities.findById(communityId))) throw notFound('community', communityId);
      return registerPerson(repositories, caller, communityId, input, partnerId);
    });
    return visiblePerson(caller, person);
  }

  /**
   * Corrects a person's name, title, employer, partner (their side) and, for the secretariat, e-mail
   * and phone: who may is the policy's (`assertMayUpdatePerson`); audited with before and after in
   * the same transaction. The person's appointments keep pointing at them, so the correction shows
   * wherever they sit or sat.
   */
  async updatePerson(
    caller: Caller,
    personId: string,
    input: UpdatePersonInput,
    partnerId: string | null | undefined,
  ): Promise<PersonEntity> {
    const person = await this.inTransaction(async (repositories) => {
      const found = await repositories.appointments.findPersonForUpdate(personId);
      if (!found) throw notFound('person', personId);
      const changesContactData = input.email !== undefined || input.phone !== undefined;
      assertMayUpdatePerson(caller, found, await repositories.appointments.findSeatsAppointedTo(found.id), changesContactData);
      if (
        partnerId !== undefined &&
        partnerId !== null &&
        (await repositories.partners.findById(partnerId))?.communityId !== found.communityId
      )
        throw badUserInput('partnerId', 'PERSON_PARTNER_NOT_IN_COMMUNITY', {}, 'must be a partner of this community');
      const before = { ...found };
      if (input.name !== undefined) found.name = input.name.trim();
      if (input.title !== undefined) found.title = input.title?.trim() || null;
      if (input.employer !== undefined) found.employer = input.employer?.trim() || null;
      if (input.email !== undefined) found.email = input.email?.trim().toLowerCase() || null;
      if (input.phone !== undefined) found.phone = input.phone?.trim() || null;
      if (partnerId !== undefined) found.partnerId = partnerId;
      const saved = await repositories.appointments.savePerson(found);
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'Person',
        entityId: saved.id,
        communityId: saved.communityId,
        before,
        after: saved,
      });
      return saved;
    });
    return visiblePerson(caller, person);
  }

  async listPersons(caller: Caller, communityId: string): Promise<Person[]> {
    authorize(caller, 'seats:appoint', communityId);
    return (await this.repositories.appointments.readPersonsOfCommunity(communityId)).map((person) => visiblePerson(caller, person));
  }

  async getPerson(caller: Caller, personId: string): Promise<Person> {
    const [person] = await this.repositories.appointments.readPersonsByIds([personId]);
    if (!person) throw notFound('person', personId);
    return visiblePerson(caller, person);
  }

  /** Appointments of the community that end within `days` from today, soonest first. */
  async endingWithin(caller: Caller, communityId: string, days: number, regionalCouncilId: string | null): Promise<Appointment[]> {
    authorize(caller, 'community:read-internal', communityId);
    if (days < 0 || days > ENDING_SOON_MAX_DAYS)
      throw badUserInput(
        'withinDays',
        'OUT_OF_RANGE',
        { min: 0, max: ENDING_SOON_MAX_DAYS },
        `must be between 0 and ${ENDING_SOON_MAX_DAYS}`,
      );
    if (regionalCouncilId) {
      const council = await this.repositories.regionalCouncils.findById(regionalCouncilId);
      if (!council || council.communityId !== communityId) throw notFound('regionalCouncil', regionalCouncilId);
    }
    const today = this.clock.today();
    return (await this.repositories.appointments.readEndingBetween(communityId, today, addDays(today, days), regionalCouncilId)).map(
      (appointment) => visibleHolder(caller, appointment),
    );
  }

  appoint(caller: Caller, input: AppointInput, ids: AppointIds): Promise<AppointmentEntity> {
    return this.inTransaction(async (repositories) => {
      const seat = await repositories.appointments.findSeat(ids.seatId);
      if (!seat) throw notFound('seat', ids.seatId);
      const organ = await repositories.organs.findById(seat.organId);
      if (!organ) throw notFound('organ', seat.organId);
      const appointedBy = await appointingBodyOf(repositories, seat, input.role, organ);
      assertMayAppoint(caller, seat, input.role, appointedBy);
      assertRoleFitsSeat(input.role, seat);
      const period = { startsOn: input.startsOn, endsOn: input.endsOn ?? null };
      if (period.endsOn !== null && period.endsOn < period.startsOn)
        throw badUserInput(
          'endsOn',
          'APPOINTMENT_ENDS_BEFORE_START',
          { startsOn: period.startsOn },
          `must not be before startsOn (${period.startsOn})`,
        );

      // Every rule below reads the organ's appointments: parallel requests take turns from here on.
      await repositories.appointments.lockAppointmentsOfOrgan(organ.id);
      // Read again under the lock: a seat retired by a parallel request takes nothing after its last day.
      const retiredOn = (await repositories.appointments.findSeat(seat.id))?.retiredOn ?? null;
      if (retiredOn !== null && (period.endsOn === null || period.endsOn > retiredOn))
        throw conflict(
          'SEAT_RETIRED',
          { retiredOn },
          `The seat was retired on ${retiredOn}: it takes no appointments after that.`,
          'endsOn',
        );
      const person = await resolvePerson(repositories, caller, seat.communityId, ids, input.newPerson ?? null);
      const onSeat = await repositories.appointments.findAppointmentsOfSeats([seat.id]);
      const names = new Map(
        (await repositories.appointments.findPersonsByIds([...new Set(onSeat.map((appointment) => appointment.personId))])).map(
          (holder) => [holder.id, holder.name],
        ),
      );
      // The new appointment's id is known before it is saved, so what it replaces before starting can point to it.
      const appointmentId = randomUUID();
      const today = this.clock.today();
      const endBefore = async (others: AppointmentEntity[]) => {
        for (const other of others) {
          if (other.startsOn >= period.startsOn && other.startsOn > today) {
            // Not started yet: it never takes effect, so it is cancelled (kept, pointing to its replacement), not ended.
            await cancelAppointment(repositories, caller, other, { reason: null, replacedByAppointmentId: appointmentId });
            continue;
          }
          if (other.startsOn >= period.startsOn) {
            const holderName = names.get(other.personId) ?? 'the holder';
            throw conflict(
              'HOLDER_STARTS_SAME_DAY_OR_LATER',
              { holderName, holderStartsOn: other.startsOn },
              `Cannot replace ${holderName}: their appointment starts on ${other.startsOn}, not before this one.`,
              'startsOn',
            );
          }
          await endAppointment(repositories, caller, other, dayBefore(period.startsOn));
        }
      };

      const slot = await slotFor({ repositories, seat, organ, onSeat, personId: person.id, input, ids, period });
      const [first] = slot.clashing;
      if (first) {
        if (!input.replaceCurrent) {
          // An officer in the way may sit on another seat of the organ.
          const holder = names.get(first.personId) ?? (await repositories.appointments.findPerson(first.personId))?.name;
          throw slot.clash(first, holder ?? 'someone');
        }
        const [office] = slot.officesHeld;
        if (office) throw await officeHeld(repositories, organ, office, names.get(office.personId) ?? 'the member', 'replaceCurrent');
        await endBefore([...slot.alsoEnding, ...slot.clashing]);
      }
      const deputyForAppointmentId = slot.deputyForAppointmentId;

      const appointment = await repositories.appointments.saveAppointment(
        Object.assign(new AppointmentEntity(), {
          id: appointmentId,
          communityId: seat.communityId,
          seatId: seat.id,
          personId: person.id,
          role: input.role,
          deputyForAppointmentId,
          deputyRank: input.role === 'DEPUTY' ? (input.deputyRank ?? null) : null,
          startsOn: period.startsOn,
          endsOn: period.endsOn,
          appointedBy,
          decisionReference: input.decisionReference.trim(),
          cancelledAt: null,
          cancellationReason: null,
          replacedByAppointmentId: null,
        }),
      );
      await repositories.audit.record(caller, {
        action: 'CREATE',
        entityType: 'Appointment',
        entityId: appointment.id,
        communityId: seat.communityId,
        after: appointment,
      });
      return appointment;
    });
  }

  /** Ends an appointment on a date (and a member's personal deputies with it). */
  end(caller: Caller, appointmentId: string, endsOn: string): Promise<AppointmentEntity> {
    return this.inTransaction(async (repositories) => {
      const found = await repositories.appointments.findAppointment(appointmentId);
      if (!found) throw notFound('appointment', appointmentId);
      const seat = await repositories.appointments.findSeat(found.seatId);
      const organ = seat ? await repositories.organs.findById(seat.organId) : null;
      if (!seat || !organ) throw notFound('seat', found.seatId);
      assertMayAppoint(caller, seat, found.role, await appointingBodyOf(repositories, seat, found.role, organ));
      // Taken in turn with appointments to the organ (a new personal deputy of this member), then read afresh.
      await repositories.appointments.lockAppointmentsOfOrgan(organ.id);
      const appointment = await repositories.appointments.findAppointment(appointmentId);
      if (!appointment) throw notFound('appointment', appointmentId);
      if (appointment.cancelledAt)
        throw conflict('APPOINTMENT_CANCELLED', {}, 'The appointment is cancelled: it never counted, so it cannot be ended.');
      if (endsOn < appointment.startsOn)
        throw badUserInput(
          'endsOn',
          'APPOINTMENT_ENDS_BEFORE_START',
          { startsOn: appointment.startsOn },
          `must not be before the appointment starts (${appointment.startsOn})`,
        );
      if (appointment.role === 'MEMBER') {
        // The member's office is the electing organ's decision: it ends first, by that organ's decision.
        const onSeat = await repositories.appointments.findAppointmentsOfSeats([seat.id]);
        const office = officesOf(onSeat, appointment.personId, { startsOn: endsOn, endsOn: null }).find(
          (held) => held.endsOn === null || held.endsOn > endsOn,
        );
        if (office) {
          const holder = await repositories.appointments.findPerson(office.personId);
          throw await officeHeld(repositories, organ, office, holder?.name ?? 'the member', 'endsOn');
        }

        for (const deputy of await repositories.appointments.findDeputiesOf(appointment.id)) {
          if (deputy.endsOn === null || deputy.endsOn > endsOn)
            await endAppointment(repositories, caller, deputy, deputy.startsOn > endsOn ? deputy.startsOn : endsOn);
        }
      }
      return endAppointment(repositories, caller, appointment, endsOn);
    });
  }

  /**
   * Cancels an appointment registered in error (ADR 0016): kept with the reason, audited, and counted
   * nowhere from then on. A member's personal deputies belonged to that membership and are cancelled
   * with it; an office the member holds is the electing organ's decision and must go first.
   */
  cancel(caller: Caller, appointmentId: string, reason: string): Promise<AppointmentEntity> {
    const text = reason.trim();
    if (text === '') throw badUserInput('reason', 'REQUIRED', {}, 'say why the appointment is cancelled');
    if (text.length > CANCELLATION_REASON_MAX)
      throw badUserInput('reason', 'TOO_LONG', { max: CANCELLATION_REASON_MAX }, `must be at most ${CANCELLATION_REASON_MAX} characters`);
    return this.inTransaction(async (repositories) => {
      const found = await repositories.appointments.findAppointment(appointmentId);
      if (!found) throw notFound('appointment', appointmentId);
      const seat = await repositories.appointments.findSeat(found.seatId);
      const organ = seat ? await repositories.organs.findById(seat.organId) : null;
      if (!seat || !organ) throw notFound('seat', found.seatId);
      assertMayAppoint(caller, seat, found.role, await appointingBodyOf(repositories, seat, found.role, organ));
      // In turn with every other change to the organ's appointments; a parallel cancel is then seen.
      await repositories.appointments.lockAppointmentsOfOrgan(organ.id);
      const appointment = await repositories.appointments.findAppointment(appointmentId);
      if (!appointment) throw notFound('appointment', appointmentId);
      if (appointment.cancelledAt) {
        const cancelledOn = appointment.cancelledAt.toISOString().slice(0, 10);
        throw conflict('APPOINTMENT_ALREADY_CANCELLED', { cancelledOn }, `The appointment was already cancelled on ${cancelledOn}.`);
      }
      if (appointment.role === 'MEMBER') {
        const onSeat = await repositories.appointments.findAppointmentsOfSeats([seat.id]);
        const [office] = officesOf(onSeat, appointment.personId, appointment);
        if (office) {
          const holder = await repositories.appointments.findPerson(office.personId);
          throw await officeHeld(repositories, organ, office, holder?.name ?? 'the member', 'id');
        }
        for (const deputy of await repositories.appointments.findDeputiesOf(appointment.id))
          await cancelAppointment(repositories, caller, deputy, { reason: text, replacedByAppointmentId: null });
      }
      return cancelAppointment(repositories, caller, appointment, { reason: text, replacedByAppointmentId: null });
    });
  }

  /** Retires a seat from the day after `retiredOn`: its history stays; nobody may hold it after that day. */
  retireSeat(caller: Caller, seatId: string, retiredOn: string): Promise<SeatEntity> {
    return this.inTransaction(async (repositories) => {
      const found = await repositories.appointments.findSeat(seatId);
      if (!found) throw notFound('seat', seatId);
      authorize(caller, 'community:administer', found.communityId);
      await repositories.appointments.lockAppointmentsOfOrgan(found.organId);
      const seat = await repositories.appointments.findSeat(seatId);
      if (!seat) throw notFound('seat', seatId);
      if (seat.retiredOn !== null)
        throw conflict('SEAT_RETIRED', { retiredOn: seat.retiredOn }, `The seat was already retired on ${seat.retiredOn}.`, 'retiredOn');
      const after = (await repositories.appointments.findAppointmentsOfSeats([seat.id])).find(
        (appointment) => appointment.endsOn === null || appointment.endsOn > retiredOn,
      );
      if (after) {
        const holderName = (await repositories.appointments.findPerson(after.personId))?.name ?? 'someone';
        throw conflict(
          'SEAT_HELD_AFTER_RETIREMENT',
          { holderName, endsOn: after.endsOn },
          `${holderName} holds the seat after ${retiredOn}: end or cancel that appointment first.`,
          'retiredOn',
        );
      }
      const before = { ...seat };
      seat.retiredOn = retiredOn;
      const saved = await repositories.appointments.saveSeat(seat);
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'Seat',
        entityId: saved.id,
        communityId: saved.communityId,
        before,
        after: saved,
      });
      return saved;
    });
  }
}

/** What an appointment competes with on its seat or organ, and what a replacement ends along with it. */
interface Slot {
  clashing: AppointmentEntity[];
  alsoEnding: AppointmentEntity[];
  /** Offices the replaced members hold in the period: the electing organ ends them, not a replacement. */
  officesHeld: AppointmentEntity[];
  /** The refusal when the slot is taken and the holder is not to be replaced. */
  clash: (holder: AppointmentEntity, holderName: string) => AppError;
  deputyForAppointmentId: string | null;
}

interface SlotContext {
  repositories: Repositories;
  seat: SeatEntity;
  organ: { id: string; chairRotationYears: number | null };
  onSeat: AppointmentEntity[];
  personId: string;
  input: AppointInput;
  ids: AppointIds;
  period: { startsOn: string; endsOn: string | null };
}

async function slotFor({ repositories, seat, organ, onSeat, personId, input, ids, period }: SlotContext): Promise<Slot> {
  const overlapping = (role: AppointmentEntity['role']) =>
    onSeat.filter((appointment) => appointment.role === role && overlaps(appointment, period));
  const none = { alsoEnding: [], officesHeld: [], deputyForAppointmentId: null };
  switch (input.role) {
    case 'MEMBER': {
      await assertNotMemberElsewhere(repositories, organ.id, seat.id, personId, period);
      const members = overlapping('MEMBER');
      // A member's personal deputy goes with them: the seat's body appointed both.
      const deputies = overlapping('PERSONAL_DEPUTY').filter((deputy) =>
        members.some((member) => member.id === deputy.deputyForAppointmentId),
      );
      return {
        clashing: members,
        alsoEnding: deputies,
        officesHeld: members.flatMap((member) => officesOf(onSeat, member.personId, period)),
        clash: seatTaken,
        deputyForAppointmentId: null,
      };
    }
    case 'OBSERVER':
      return { ...none, clashing: overlapping('OBSERVER'), clash: seatTaken };
    case 'PERSONAL_DEPUTY': {
      const member = onSeat.find((appointment) => appointment.id === ids.deputyForAppointmentId && appointment.role === 'MEMBER');
      if (!member)
        throw badUserInput('deputyForAppointmentId', 'DEPUTY_MEMBER_NOT_ON_SEAT', {}, 'must be a member appointment on this seat');
      assertWithinMemberPeriod(period, member);
      return {
        clashing: overlapping('PERSONAL_DEPUTY').filter((deputy) => deputy.deputyForAppointmentId === member.id),
        alsoEnding: [],
        officesHeld: [],
        clash: (_holder, holderName) =>
          conflict(
            'DEPUTY_ALREADY_APPOINTED',
            { holderName },
            `The member already has a personal deputy (${holderName}) in this period.`,
            'deputyForAppointmentId',
          ),
        deputyForAppointmentId: member.id,
      };
    }
    case 'DEPUTY': {
      const rank = input.deputyRank;
      if (!rank) throw badUserInput('deputyRank', 'DEPUTY_RANK_REQUIRED', {}, "is required for the hospital's deputy list");
      return {
        ...none,
        clashing: overlapping('DEPUTY').filter((deputy) => deputy.deputyRank === rank),
        clash: (_holder, holderName) =>
          conflict(
            'DEPUTY_RANK_TAKEN',
            { rank, holderName },
            `Place ${rank} on the deputy list is taken in this period (${holderName}).`,
            'deputyRank',
          ),
      };
    }
    case 'CHAIR':
    case 'VICE_CHAIR': {
      const office = input.role === 'CHAIR' ? 'chair' : 'vice-chair';
      const isMember = onSeat.some(
        (appointment) => appointment.role === 'MEMBER' && appointment.personId === personId && isActiveOn(appointment, period.startsOn),
      );
      if (!isMember || !seat.voting) {
        throw badUserInput(
          'personId',
          'OFFICER_NOT_VOTING_MEMBER',
          { office: input.role, date: period.startsOn },
          `the ${office} is elected among the voting members: the person must hold this seat as a member on ${period.startsOn}`,
        );
      }
      const organSeats = await repositories.appointments.findSeatsOfOrgans([organ.id]);
      const officers = (await repositories.appointments.findAppointmentsOfSeats(organSeats.map((organSeat) => organSeat.id))).filter(
        (appointment) => appointment.role === input.role,
      );
      if (input.role === 'CHAIR') {
        const sides = new Map(organSeats.map((organSeat) => [organSeat.id, organSeat.side]));
        const previous = officers
          .filter((appointment) => appointment.endsOn !== null && appointment.endsOn < period.startsOn)
          .sort((a, b) => (a.endsOn ?? '').localeCompare(b.endsOn ?? ''))
          .at(-1);
        assertChairRotation(
          { ...period, side: seat.side },
          previous ? { startsOn: previous.startsOn, endsOn: previous.endsOn, side: sides.get(previous.seatId) ?? seat.side } : null,
          organ.chairRotationYears,
        );
      }
      return {
        ...none,
        clashing: officers.filter((appointment) => overlaps(appointment, period)),
        clash: (_holder, holderName) =>
          conflict(
            'OFFICE_TAKEN',
            { office: input.role, holderName },
            `The organ already has a ${office} (${holderName}) in this period.`,
            'startsOn',
          ),
      };
    }
    case 'SECRETARY':
      // An organ has any number of secretaries: nothing competes, so there is no clash to refuse.
      return {
        ...none,
        clashing: [],
        clash: () => {
          throw new Error('A secretary competes with no one.');
        },
      };
  }
}

/** The chair or vice-chair a person holds on a seat in a period. */
function officesOf(onSeat: readonly AppointmentEntity[], personId: string, period: Period): AppointmentEntity[] {
  return onSeat.filter(
    (appointment) =>
      (appointment.role === 'CHAIR' || appointment.role === 'VICE_CHAIR') &&
      appointment.personId === personId &&
      overlaps(appointment, period),
  );
}

/** The refusal when a member's office stands in the way: it names the office and the organ that must end it. */
async function officeHeld(
  repositories: Repositories,
  organ: { officersElectedByOrganId: string | null },
  office: AppointmentEntity,
  holderName: string,
  field: 'replaceCurrent' | 'endsOn' | 'id',
): Promise<AppError> {
  const elector = organ.officersElectedByOrganId ? await repositories.organs.findById(organ.officersElectedByOrganId) : null;
  const electedBy = elector?.name ?? office.appointedBy;
  const title = office.role === 'CHAIR' ? 'chair' : 'vice-chair';
  return conflict(
    'MEMBER_HOLDS_OFFICE',
    { office: office.role, holderName, officeEndsOn: office.endsOn, electedBy },
    `${holderName} is the ${title}${office.endsOn ? ` until ${office.endsOn}` : ''}, elected by ${electedBy}: ${electedBy} must end that office first.`,
    field,
  );
}

/** One person holds one member seat in an organ at a time. */
async function assertNotMemberElsewhere(
  repositories: Repositories,
  organId: string,
  seatId: string,
  personId: string,
  period: { startsOn: string; endsOn: string | null },
): Promise<void> {
  const otherSeats = (await repositories.appointments.findSeatsOfOrgans([organId])).filter((seat) => seat.id !== seatId);
  const elsewhere = (await repositories.appointments.findAppointmentsOfSeats(otherSeats.map((seat) => seat.id))).find(
    (appointment) => appointment.role === 'MEMBER' && appointment.personId === personId && overlaps(appointment, period),
  );
  if (elsewhere) {
    const label = otherSeats.find((seat) => seat.id === elsewhere.seatId)?.label ?? null;
    throw conflict(
      'PERSON_ALREADY_MEMBER',
      { seatLabel: label },
      `The person is already a member of this organ on ${label} in this period.`,
      'personId',
    );
  }
}

async function endAppointment(
  repositories: Repositories,
  caller: Caller,
  appointment: AppointmentEntity,
  endsOn: string,
): Promise<AppointmentEntity> {
  const before = { ...appointment };
  appointment.endsOn = endsOn;
  const saved = await repositories.appointments.saveAppointment(appointment);
  await repositories.audit.record(caller, {
    action: 'UPDATE',
    entityType: 'Appointment',
    entityId: saved.id,
    communityId: saved.communityId,
    before,
    after: saved,
  });
  return saved;
}

/** Marks an appointment cancelled (kept, never counted again), with its audit event. */
async function cancelAppointment(
  repositories: Repositories,
  caller: Caller,
  appointment: AppointmentEntity,
  why: { reason: string | null; replacedByAppointmentId: string | null },
): Promise<AppointmentEntity> {
  const before = { ...appointment };
  appointment.cancelledAt = new Date();
  appointment.cancellationReason = why.reason;
  appointment.replacedByAppointmentId = why.replacedByAppointmentId;
  const saved = await repositories.appointments.saveAppointment(appointment);
  await repositories.audit.record(caller, {
    action: 'UPDATE',
    entityType: 'Appointment',
    entityId: saved.id,
    communityId: saved.communityId,
    before,
    after: saved,
  });
  return saved;
}

async function registerPerson(
  repositories: Repositories,
  caller: Caller,
  communityId: string,
  input: PersonInput,
  partnerId: string | null,
): Promise<PersonEntity> {
  if (partnerId !== null && (await repositories.partners.findById(partnerId))?.communityId !== communityId)
    throw badUserInput('partnerId', 'PERSON_PARTNER_NOT_IN_COMMUNITY', {}, 'must be a partner of this community');
  const person = await repositories.appointments.savePerson(
    Object.assign(new PersonEntity(), {
      communityId,
      partnerId,
      name: input.name.trim(),
      title: input.title?.trim() || null,
      employer: input.employer?.trim() || null,
      email: input.email?.trim().toLowerCase() || null,
      phone: input.phone?.trim() || null,
    }),
  );
  await repositories.audit.record(caller, { action: 'CREATE', entityType: 'Person', entityId: person.id, communityId, after: person });
  return person;
}

async function resolvePerson(
  repositories: Repositories,
  caller: Caller,
  communityId: string,
  { personId, newPersonPartnerId }: AppointIds,
  newPerson: PersonInput | null,
): Promise<PersonEntity> {
  if (personId && newPerson) throw badUserInput('personId', 'PERSON_ID_AND_NEW_PERSON', {}, 'give either personId or newPerson, not both');
  if (newPerson) return registerPerson(repositories, caller, communityId, newPerson, newPersonPartnerId ?? null);
  if (!personId) throw badUserInput('personId', 'REQUIRED', {}, 'give the person: personId or newPerson');
  const person = await repositories.appointments.findPerson(personId);
  if (!person || person.communityId !== communityId)
    throw badUserInput('personId', 'PERSON_NOT_IN_COMMUNITY', {}, 'is not a person of this community');
  return person;
}

/** Members and deputies are appointed by the seat's body; officers by the organ's electing organ; the secretary by the organ. */
async function appointingBodyOf(
  repositories: Repositories,
  seat: SeatEntity,
  role: AppointingRoleLike,
  organ: { id: string; name: string; officersElectedByOrganId: string | null },
): Promise<string> {
  if (isSeatRole(role)) {
    return appointingBodyName(seat, {
      regionalCouncil: (id) => repositories.regionalCouncils.findById(id),
      partner: (id) => repositories.partners.findById(id),
      organ: (id) => repositories.organs.findById(id),
    });
  }
  if (role === 'SECRETARY') return organ.name;
  if (!organ.officersElectedByOrganId)
    throw badUserInput(
      'role',
      'NO_ELECTING_ORGAN',
      { organName: organ.name },
      `${organ.name} has no organ set to elect its chair and vice-chair`,
    );
  const elector = await repositories.organs.findById(organ.officersElectedByOrganId);
  return elector?.name ?? 'the electing organ';
}

type AppointingRoleLike = Parameters<typeof isSeatRole>[0];

async function assertAppointingBody(
  repositories: Repositories,
  communityId: string,
  input: AppointingBodyInput,
  ids: { regionalCouncilId: string | null; partnerId: string | null; organId: string | null },
): Promise<void> {
  const given = { REGIONAL_COUNCIL: ids.regionalCouncilId, PARTNER: ids.partnerId, ORGAN: ids.organId, EXTERNAL: input.name ?? null };
  const extra = Object.entries(given).filter(([kind, value]) => kind !== input.kind && value);
  if (extra.length > 0)
    throw badUserInput('appointingBody', 'APPOINTING_BODY_EXTRA_IDS', { kind: input.kind }, `give only what a ${input.kind} body needs`);
  const owner =
    input.kind === 'REGIONAL_COUNCIL'
      ? await repositories.regionalCouncils.findById(ids.regionalCouncilId ?? '00000000-0000-0000-0000-000000000000')
      : input.kind === 'PARTNER'
        ? await repositories.partners.findById(ids.partnerId ?? '00000000-0000-0000-0000-000000000000')
        : input.kind === 'ORGAN'
          ? await repositories.organs.findById(ids.organId ?? '00000000-0000-0000-0000-000000000000')
          : { communityId };
  if (!owner || owner.communityId !== communityId)
    throw badUserInput(
      'appointingBody',
      'APPOINTING_BODY_NOT_IN_COMMUNITY',
      { kind: input.kind },
      `must name a ${input.kind.toLowerCase().replace('_', ' ')} of this community`,
    );
}

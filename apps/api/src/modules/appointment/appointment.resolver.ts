import { isActiveOn } from '@helsefellesskap/calendar';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../common/errors.js';
import { parseId } from '../../common/ids.js';
import { LocalDate } from '../../common/local-date.js';
import type { Context } from '../../context.js';
import type { Access } from '../auth/access.js';
import { Organ } from '../organ/organ.type.js';
import { toPartner } from '../partner/partner.mapper.js';
import { Partner } from '../partner/partner.type.js';
import { RegionalCouncil } from '../regional-council/regional-council.type.js';
import type { SeatEntity } from './appointment.entity.js';
import { AppointInput, CreateSeatInput, PersonInput } from './appointment.inputs.js';
import { ENDING_SOON_MAX_DAYS } from './appointment.service.js';
import { toAppointingBody, toAppointment, toPerson, toSeat } from './appointment.mapper.js';
import { mayAppoint, mayManageSeats } from './appointment.policy.js';
import { parityOf, rolesForSeat, sideMismatch, sideOfPartnerKind } from './appointment.rules.js';
import { appointingBodyName } from './appointing-body.js';
import {
  AppointingBody,
  Appointment,
  AppointmentRole,
  AppointmentWarning,
  ParityReport,
  Person,
  Seat,
  SeatSide,
} from './appointment.type.js';
import type { AppointmentRole as AppointmentRoleValue, SeatSide as SeatSideValue } from './appointment.entity.js';

const optionalId = (value: string | null | undefined, field: string) => (value ? parseId(value, field) : null);

@Resolver(() => Appointment)
export class AppointmentResolver {
  @Authorized<Access>('seats:appoint')
  @Mutation(() => Appointment, {
    description:
      "Appoints a person to a seat by decision of the seat's body (a regional council: its own seats only); with replaceCurrent, the current holder's term ends the day before.",
  })
  async appoint(
    @Arg('input', () => AppointInput, { description: 'The values; each field is described on the input type.' }) input: AppointInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Appointment> {
    const ids = {
      seatId: parseId(input.seatId, 'seatId'),
      personId: optionalId(input.personId, 'personId'),
      deputyForAppointmentId: optionalId(input.deputyForAppointmentId, 'deputyForAppointmentId'),
      newPersonPartnerId: optionalId(input.newPerson?.partnerId, 'newPerson.partnerId'),
    };
    return toAppointment(await services.appointments.appoint(caller, input, ids));
  }

  @Authorized<Access>('seats:appoint')
  @Mutation(() => Appointment, {
    description:
      "Cancels an appointment registered in error: it is kept with the reason and shown in the seat's history as cancelled, and counts nowhere else; a member's personal deputy is cancelled with them.",
  })
  async cancelAppointment(
    @Arg('id', () => ID, { description: 'The appointment to cancel.' }) id: string,
    @Arg('reason', () => String, { description: 'Why it is cancelled (at most 500 characters), e.g. "Registrert på feil sete".' })
    reason: string,
    @Ctx() { services, caller }: Context,
  ): Promise<Appointment> {
    return toAppointment(await services.appointments.cancel(caller, parseId(id, 'id'), reason));
  }

  @Authorized<Access>('seats:appoint')
  @Mutation(() => Appointment, { description: "Ends an appointment on a date; a member's personal deputy ends with them." })
  async endAppointment(
    @Arg('id', () => ID, { description: 'The appointment to end.' }) id: string,
    @Arg('endsOn', () => LocalDate, { description: 'The last day of the appointment (YYYY-MM-DD).' }) endsOn: string,
    @Ctx() { services, caller }: Context,
  ): Promise<Appointment> {
    return toAppointment(await services.appointments.end(caller, parseId(id, 'id'), endsOn));
  }

  @Authorized<Access>('community:read-internal')
  @Query(() => [Appointment], {
    description: "Appointments of the community that end within the coming days, soonest first; optionally only one council's seats.",
  })
  async appointmentsEndingSoon(
    @Arg('communityId', () => ID, { description: 'The community.' }) communityId: string,
    @Arg('withinDays', () => Int, { defaultValue: 90, description: `How many days ahead to look, 0–${ENDING_SOON_MAX_DAYS}.` })
    withinDays: number,
    @Arg('regionalCouncilId', () => ID, { nullable: true, description: 'Only the seats of this regional council (of the same community).' })
    regionalCouncilId: string | null | undefined,
    @Ctx() { services, caller }: Context,
  ): Promise<Appointment[]> {
    const ending = await services.appointments.endingWithin(
      caller,
      parseId(communityId, 'communityId'),
      withinDays,
      optionalId(regionalCouncilId, 'regionalCouncilId'),
    );
    return ending.map(toAppointment);
  }

  @FieldResolver(() => Person, { description: 'Who holds the appointment.' })
  async person(@Root() appointment: Appointment, @Ctx() { loaders }: Context): Promise<Person> {
    const person = await loaders.personById.load(appointment.personId);
    if (!person) throw notFound('person', appointment.personId);
    return toPerson(person);
  }

  @FieldResolver(() => Seat, { description: 'The seat.' })
  async seat(@Root() appointment: Appointment, @Ctx() { loaders }: Context): Promise<Seat> {
    const seat = await loaders.seatById.load(appointment.seatId);
    if (!seat) throw notFound('seat', appointment.seatId);
    return toSeat(seat);
  }

  @FieldResolver(() => [AppointmentWarning], {
    description: 'What the appointing body may want to check (the person works for the other side); empty when nothing.',
  })
  async warnings(@Root() appointment: Appointment, @Ctx() { loaders }: Context): Promise<AppointmentWarning[]> {
    const [seat, person] = await Promise.all([loaders.seatById.load(appointment.seatId), loaders.personById.load(appointment.personId)]);
    if (!seat || !person?.partnerId) return [];
    const personSide = sideOfPartnerKind((await loaders.partnerById.load(person.partnerId))?.kind ?? null);
    if (!sideMismatch(seat.side, personSide)) return [];
    return [Object.assign(new AppointmentWarning(), { kind: 'SIDE_MISMATCH', seatSide: seat.side, personSide })];
  }

  @FieldResolver(() => Boolean, {
    description: 'Not public: whether the caller may end or cancel this appointment (the body that made it, or the secretariat).',
  })
  async canChange(@Root() appointment: Appointment, @Ctx() { loaders, caller }: Context): Promise<boolean> {
    const seat = await loaders.seatById.load(appointment.seatId);
    return seat !== null && appointment.cancelledAt === null && mayAppoint(caller, seat, appointment.role);
  }
}

@Resolver(() => Seat)
export class SeatResolver {
  @Authorized<Access>('community:administer')
  @Mutation(() => Seat, { description: 'Adds a seat to an organ, with the body that appoints to it (secretariat).' })
  async createSeat(
    @Arg('input', () => CreateSeatInput, { description: 'The values; each field is described on the input type.' }) input: CreateSeatInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Seat> {
    const body = input.appointingBody;
    const seat = await services.appointments.createSeat(caller, parseId(input.organId, 'organId'), input, {
      regionalCouncilId: optionalId(body.regionalCouncilId, 'appointingBody.regionalCouncilId'),
      partnerId: optionalId(body.partnerId, 'appointingBody.partnerId'),
      organId: optionalId(body.organId, 'appointingBody.organId'),
    });
    return toSeat(seat);
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Seat, {
    description: 'Retires a seat after its last day (secretariat): its history stays; it takes no appointments after that day.',
  })
  async retireSeat(
    @Arg('id', () => ID, { description: 'The seat.' }) id: string,
    @Arg('retiredOn', () => LocalDate, { description: 'The last day of the seat (YYYY-MM-DD); nobody may hold it after it.' })
    retiredOn: string,
    @Ctx() { services, caller }: Context,
  ): Promise<Seat> {
    return toSeat(await services.appointments.retireSeat(caller, parseId(id, 'id'), retiredOn));
  }

  @FieldResolver(() => [AppointmentRole], {
    description:
      'Not public: the roles the caller may appoint to on this seat (those the seat takes, of the bodies the caller records for); empty for a retired seat.',
  })
  async appointableRoles(@Root() seat: Seat, @Ctx() { loaders, caller }: Context): Promise<AppointmentRoleValue[]> {
    return appointableRolesOf(seat, caller, loaders);
  }

  @FieldResolver(() => Boolean, { description: 'Not public: whether the caller may appoint to this seat in any role.' })
  async canAppoint(@Root() seat: Seat, @Ctx() { loaders, caller }: Context): Promise<boolean> {
    return (await appointableRolesOf(seat, caller, loaders)).length > 0;
  }

  @FieldResolver(() => AppointingBody, { description: 'The only body that appoints members to the seat.' })
  async appointingBody(@Root() seat: Seat, @Ctx() { loaders }: Context): Promise<AppointingBody> {
    return toAppointingBody(
      seat.entity,
      await appointingBodyName(seat.entity, {
        regionalCouncil: (id) => loaders.regionalCouncilById.load(id),
        partner: (id) => loaders.partnerById.load(id),
        organ: (id) => loaders.organById.load(id),
      }),
    );
  }

  @FieldResolver(() => [Appointment], {
    description: 'Everyone who held the seat, in any role, oldest first; cancelled appointments too, marked by cancelledAt.',
  })
  async history(@Root() seat: Seat, @Ctx() { loaders }: Context): Promise<Appointment[]> {
    return (await loaders.historyBySeat.load(seat.id)).map(toAppointment);
  }

  @FieldResolver(() => [Appointment], { description: 'Appointments on the seat on a date (default today).' })
  async holders(
    @Root() seat: Seat,
    @Arg('at', () => LocalDate, { nullable: true, description: 'The date (YYYY-MM-DD); today when left out.' })
    at: string | null | undefined,
    @Ctx() { loaders, services }: Context,
  ): Promise<Appointment[]> {
    const date = at ?? services.clock.today();
    return (await loaders.appointmentsBySeat.load(seat.id)).filter((appointment) => isActiveOn(appointment, date)).map(toAppointment);
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @Authorized<Access>('PUBLIC')
  @Query(() => Person, { description: 'A person who holds or held a seat; contact data for the secretariat only.' })
  async person(
    @Arg('id', () => ID, { description: "The person's id." }) id: string,
    @Ctx() { services, caller }: Context,
  ): Promise<Person> {
    return toPerson(await services.appointments.getPerson(caller, parseId(id, 'id')));
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'The partner the person works for, when registered.' })
  async partner(@Root() person: Person, @Ctx() { loaders }: Context): Promise<Partner | null> {
    const partner = person.partnerId ? await loaders.partnerById.load(person.partnerId) : null;
    return partner ? toPartner(partner) : null;
  }

  @FieldResolver(() => SeatSide, {
    nullable: true,
    description: 'The side the person belongs to, from the partner they work for; null when neither (a user representative, a GP).',
  })
  async side(@Root() person: Person, @Ctx() { loaders }: Context): Promise<SeatSideValue | null> {
    return person.partnerId ? sideOfPartnerKind((await loaders.partnerById.load(person.partnerId))?.kind ?? null) : null;
  }

  @Authorized<Access>('seats:appoint')
  @Query(() => [Person], { description: 'People registered in the community, by name (for appointing).' })
  async persons(
    @Arg('communityId', () => ID, { description: 'The community.' }) communityId: string,
    @Ctx() { services, caller }: Context,
  ): Promise<Person[]> {
    return (await services.appointments.listPersons(caller, parseId(communityId, 'communityId'))).map(toPerson);
  }

  @Authorized<Access>('seats:appoint')
  @Mutation(() => Person, { description: 'Registers a person who can then be appointed.' })
  async createPerson(
    @Arg('communityId', () => ID, { description: 'The community.' }) communityId: string,
    @Arg('input', () => PersonInput, { description: 'The values; each field is described on the input type.' }) input: PersonInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Person> {
    return toPerson(
      await services.appointments.createPerson(
        caller,
        parseId(communityId, 'communityId'),
        input,
        optionalId(input.partnerId, 'partnerId'),
      ),
    );
  }

  @FieldResolver(() => [Appointment], { description: "The person's appointments, newest first." })
  async appointments(@Root() person: Person, @Ctx() { loaders }: Context): Promise<Appointment[]> {
    return (await loaders.appointmentsByPerson.load(person.id)).map(toAppointment);
  }
}

@Resolver(() => Organ)
export class OrganCompositionResolver {
  @FieldResolver(() => [Seat], { description: 'The seats, in order, retired ones too (see retiredOn).' })
  async seats(@Root() organ: Organ, @Ctx() { loaders }: Context): Promise<Seat[]> {
    return (await loaders.seatsByOrgan.load(organ.id)).map(toSeat);
  }

  @FieldResolver(() => Boolean, {
    description: 'Not public: whether the caller may create and retire seats of the organ (the secretariat).',
  })
  canManageSeats(@Root() organ: Organ, @Ctx() { caller }: Context): boolean {
    return mayManageSeats(caller, organ.communityId);
  }

  @FieldResolver(() => [Appointment], {
    description: 'The composition on a date (default today): members, deputies, observers and officers.',
  })
  async members(
    @Root() organ: Organ,
    @Arg('at', () => LocalDate, { nullable: true, description: 'The date (YYYY-MM-DD); today when left out.' })
    at: string | null | undefined,
    @Ctx() { loaders, services }: Context,
  ): Promise<Appointment[]> {
    const date = at ?? services.clock.today();
    const seats = await loaders.seatsByOrgan.load(organ.id);
    const appointments = await loaders.appointmentsBySeat.loadMany(seats.map((seat) => seat.id));
    return appointments
      .flatMap((list) => (list instanceof Error ? [] : list))
      .filter((appointment) => isActiveOn(appointment, date))
      .map(toAppointment);
  }

  @FieldResolver(() => [Seat], { description: 'Seats without a member (or observer) on a date (default today).' })
  async vacancies(
    @Root() organ: Organ,
    @Arg('at', () => LocalDate, { nullable: true, description: 'The date (YYYY-MM-DD); today when left out.' })
    at: string | null | undefined,
    @Ctx() { loaders, services }: Context,
  ): Promise<Seat[]> {
    const date = at ?? services.clock.today();
    const seats = (await loaders.seatsByOrgan.load(organ.id)).filter((seat) => inUseOn(seat, date));
    const filled = await filledSeats(seats, date, loaders);
    return seats.filter((seat) => !filled.has(seat.id) && seatNeedsHolder(seat)).map(toSeat);
  }

  @FieldResolver(() => ParityReport, {
    description: 'Whether hospital and municipal voting members are as many on a date (default today).',
  })
  async parity(
    @Root() organ: Organ,
    @Arg('at', () => LocalDate, { nullable: true, description: 'The date (YYYY-MM-DD); today when left out.' })
    at: string | null | undefined,
    @Ctx() { loaders, services }: Context,
  ): Promise<ParityReport> {
    const date = at ?? services.clock.today();
    const seats = (await loaders.seatsByOrgan.load(organ.id)).filter((seat) => inUseOn(seat, date));
    const filled = await filledSeats(seats, date, loaders);
    return Object.assign(
      new ParityReport(),
      parityOf(seats.map((seat) => ({ side: seat.side, voting: seat.voting, filled: filled.has(seat.id) }))),
    );
  }
}

@Resolver(() => RegionalCouncil)
export class RegionalCouncilSeatsResolver {
  @FieldResolver(() => [Seat], { description: 'The seats this council appoints to.' })
  async seats(@Root() council: RegionalCouncil, @Ctx() { loaders }: Context): Promise<Seat[]> {
    return (await loaders.seatsByRegionalCouncil.load(council.id)).map(toSeat);
  }
}

/** A retired seat is counted up to and including its last day. */
function inUseOn(seat: SeatEntity, date: string): boolean {
  return seat.retiredOn === null || seat.retiredOn >= date;
}

/** The roles the seat takes that the caller records; none on a retired seat. */
async function appointableRolesOf(seat: Seat, caller: Context['caller'], loaders: Context['loaders']): Promise<AppointmentRoleValue[]> {
  if (seat.retiredOn !== null) return [];
  const organ = await loaders.organById.load(seat.organId);
  return rolesForSeat(seat, organ?.officersElectedByOrganId != null).filter((role) => mayAppoint(caller, seat.entity, role));
}

/** Deputy-list seats are never vacant in this sense: they have no member. */
function seatNeedsHolder(seat: SeatEntity): boolean {
  return seat.side === 'OBSERVER' || seat.voting;
}

async function filledSeats(seats: SeatEntity[], date: string, loaders: Context['loaders']): Promise<Set<string>> {
  const lists = await loaders.appointmentsBySeat.loadMany(seats.map((seat) => seat.id));
  const filled = new Set<string>();
  lists.forEach((list, index) => {
    if (list instanceof Error) return;
    if (list.some((appointment) => (appointment.role === 'MEMBER' || appointment.role === 'OBSERVER') && isActiveOn(appointment, date)))
      filled.add(seats[index]?.id ?? '');
  });
  return filled;
}
